package org.ewcstation.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes, per module, which tests were skipped because their peer is missing: one line "package TAB test" each in
 * the file named by {@code ewcstation.peers.report} (the module's {@code target/peers-missing.txt}, set by the parent
 * pom). The test JVM's output goes to surefire's report files, so the console summary is printed by
 * {@link PeersSummary} at the end of the build. Registered through META-INF/services in every module that depends
 * on this jar.
 */
public final class PeersListener implements TestExecutionListener {

    /** The report file's system property. */
    public static final String REPORT = "ewcstation.peers.report";

    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private volatile TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        // not cleared: should surefire run several plans in one JVM, the report keeps them all
        plan = testPlan;
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Optional<PeerMissing> missing = result.getThrowable().flatMap(PeersListener::peerMissing);
        if (result.getStatus() != TestExecutionResult.Status.ABORTED || missing.isEmpty()) {
            return;
        }
        // an abort in @BeforeAll skips the whole class: every test under it counts (a leaf container, say a
        // parameterized method never expanded, counts as one)
        List<TestIdentifier> skipped = plan.getDescendants(id).stream()
                .filter(d -> plan.getChildren(d).isEmpty())
                .toList();
        for (TestIdentifier t : skipped.isEmpty() ? List.of(id) : skipped) {
            lines.add(missing.get().debianPackage() + "\t" + name(t));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String file = System.getProperty(REPORT, "");
        if (file.isBlank()) {
            return;
        }
        try {
            Path report = Path.of(file);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.write(report, lines.stream().sorted().toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<PeerMissing> peerMissing(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PeerMissing p) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static String name(TestIdentifier t) {
        return t.getSource()
                .map(s -> switch (s) {
                    case MethodSource m -> m.getClassName() + "#" + m.getMethodName();
                    case ClassSource c -> c.getClassName();
                    default -> t.getDisplayName();
                })
                .orElse(t.getDisplayName());
    }
}
