import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes the app-image's AOT cache (JDK 25, JEP 483/514/515: classes loaded and linked, and method profiles, kept
 * from one training run) by starting the app once without a display until its first frame.
 *
 * <p>Run by the installer build with the JDK's source launcher, on every OS:
 * {@code java AotTraining.java <launcher> <data-dir>}. The launcher's .cfg names the cache with
 * {@code -XX:AOTCache=$APPDIR/...}, and the JVM refuses to load one cache and write another in the same run. So
 * the training runs a copy of the launcher next to it, whose own .cfg (a jpackage launcher reads the .cfg of its
 * own name) says {@code -XX:AOTCacheOutput} instead; everything else, the class path above all, stays identical,
 * as the cache requires. Both copies are removed afterwards. The .deb's postinst does the same in sh.
 */
public final class AotTraining {

    private static final String SUFFIX = "-aot-training";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java AotTraining.java <launcher> <data-dir>");
            System.exit(2);
        }
        Path launcher = Path.of(args[0]).toAbsolutePath();
        Path dataDir = Path.of(args[1]).toAbsolutePath();
        String file = launcher.getFileName().toString();
        String exe = file.endsWith(".exe") ? ".exe" : "";
        String name = file.substring(0, file.length() - exe.length());
        Path cfg = findCfg(launcher, name);
        Path appDir = cfg.getParent();
        List<String> lines = Files.readAllLines(cfg);
        String option = lines.stream()
                .filter(l -> l.startsWith("java-options=-XX:AOTCache="))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(cfg + " names no -XX:AOTCache"));
        Path cache = Path.of(option.substring(option.indexOf('=', "java-options=".length()) + 1)
                .replace("$APPDIR", appDir.toString()));

        Path trainingLauncher = launcher.resolveSibling(name + SUFFIX + exe);
        Path trainingCfg = appDir.resolve(name + SUFFIX + ".cfg");
        Files.deleteIfExists(cache);
        try {
            Files.copy(launcher, trainingLauncher, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.write(trainingCfg, lines.stream()
                    .map(l -> l.replace("-XX:AOTCache=", "-XX:AOTCacheOutput="))
                    .toList());
            ProcessBuilder pb = new ProcessBuilder(trainingLauncher.toString(), "--data-dir", dataDir.toString())
                    .inheritIO();
            pb.environment().put("JAVA_TOOL_OPTIONS", "-Dglass.platform=Headless -Dewcstation.exitAfterFirstFrame=true");
            pb.environment().put("EWC_STATION_LOG_LEVEL", "WARN");
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("the training run did not reach its first frame in 5 minutes");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("the training run ended with exit code " + p.exitValue());
            }
        } finally {
            Files.deleteIfExists(trainingLauncher);
            Files.deleteIfExists(trainingCfg);
        }
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            throw new IllegalStateException("no AOT cache was written at " + cache);
        }
        System.out.printf("AOT cache: %s (%d MB)%n", cache, Files.size(cache) >> 20);
    }

    /** Linux: bin/x → lib/app/x.cfg; Windows: x.exe → app/x.cfg; macOS: Contents/MacOS/x → Contents/app/x.cfg. */
    private static Path findCfg(Path launcher, String name) throws IOException {
        Path dir = launcher.getParent();
        for (Path candidate : List.of(
                dir.resolveSibling("lib").resolve("app").resolve(name + ".cfg"),
                dir.resolve("app").resolve(name + ".cfg"),
                dir.resolveSibling("app").resolve(name + ".cfg"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException("no " + name + ".cfg found beside " + launcher);
    }
}
