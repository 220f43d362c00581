package org.ewcstation.services.ewc.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ewcstation.services.ewc.model.ApImageReport;
import org.ewcstation.services.ewc.parse.Parsed;
import org.ewcstation.services.ewc.parse.ShowApImageParser;
import org.ewcstation.services.ewc.testing.ApImageText;

/**
 * Benchmark (not a test): parses a 6000-AP {@code show ap image} (repeated headers, drift, long names) and
 * prints the median time. Run by tests/bench/show-ap-image-parse.sh, which also times the reference tool on
 * the same file and prints the ratio. Args: output file for the generated text, AP count, iterations.
 */
public final class ShowApImageBench {

    private ShowApImageBench() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "show-ap-image-6000.txt");
        int aps = args.length > 1 ? Integer.parseInt(args[1]) : 6000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String text = ApImageText.of(aps, 50);
        Files.writeString(out, text, StandardCharsets.UTF_8);
        ShowApImageParser parser = new ShowApImageParser();
        for (int i = 0; i < 100; i++) { // let the JIT compile the parser first
            check(parser.parse(text), aps);
        }
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Parsed<ApImageReport> p = parser.parse(text);
            ns[i] = System.nanoTime() - t0;
            check(p, aps);
        }
        Arrays.sort(ns);
        System.out.printf(
                "ours_median_ms=%.3f%nours_p95_ms=%.3f%nbytes=%d%naps=%d%n",
                ns[runs / 2] / 1e6, ns[(int) (runs * 0.95)] / 1e6, text.getBytes(StandardCharsets.UTF_8).length, aps);
    }

    private static void check(Parsed<ApImageReport> p, int aps) {
        if (p.value().aps().size() != aps || !p.problems().isEmpty()) {
            throw new IllegalStateException("parse lost rows: "
                    + p.value().aps().size() + " " + p.problems().size());
        }
    }
}
