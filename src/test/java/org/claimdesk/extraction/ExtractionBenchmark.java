package org.claimdesk.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Single-thread throughput over all corpus, seed and demo articles, and the latency of one ~5 KB article.
 * Run from the project directory: {@code java -cp target/classes:target/test-classes org.claimdesk.extraction.ExtractionBenchmark}.
 * Prints wall-clock figures and the same figures in thread CPU time (robust to other processes on the cores).
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("src/test/resources/corpus", "src/main/resources/demo", "../shared/seed")) {
            Path d = Path.of(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> files = Files.list(d)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        texts.add(Files.readString(p));
                    }
                }
            }
        }
        if (texts.isEmpty()) {
            texts.add(syntheticArticle());
        }
        ClaimExtractor engine = ClaimExtractor.standard();
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        long sink = 0;
        for (int i = 0; i < 30; i++) {
            for (String t : texts) {
                sink += engine.extract(t).size();
            }
        }
        int rounds = Math.max(20, (int) (40_000_000 / Math.max(1, bytes)));
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (String t : texts) {
                sink += engine.extract(t).size();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double mbPerSecond = bytes * (double) rounds / 1e6 / seconds;

        String five = fiveKilobytes(texts);
        int n = 5000;
        long[] ns = new long[n];
        long[] cpu = new long[n];
        for (int i = 0; i < 500; i++) {
            sink += engine.extract(five).size();
        }
        System.gc(); // start the latency run with an empty young generation
        for (int i = 0; i < n; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            sink += engine.extract(five).size();
            ns[i] = System.nanoTime() - s;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(ns);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "articles=%d bytes=%d rounds=%d article_bytes=%d sink=%d%n", texts.size(), bytes,
                rounds, five.getBytes(StandardCharsets.UTF_8).length, sink);
        System.out.printf(Locale.ROOT, "throughput_mb_s=%.2f%n", mbPerSecond);
        System.out.printf(Locale.ROOT, "p50_ms=%.3f%n", ns[n / 2] / 1e6);
        System.out.printf(Locale.ROOT, "p99_ms=%.3f%n", ns[(int) (n * 0.99)] / 1e6);
        // the same work in thread CPU time: what the engine costs when other processes share the cores
        System.out.printf(Locale.ROOT, "cpu_throughput_mb_s=%.2f%n", bytes * (double) rounds / 1e6 / cpuSeconds);
        System.out.printf(Locale.ROOT, "cpu_p50_ms=%.3f%n", cpu[n / 2] / 1e6);
        System.out.printf(Locale.ROOT, "cpu_p99_ms=%.3f%n", cpu[(int) (n * 0.99)] / 1e6);
    }

    /** About 5 KB of real article text: whole articles joined until the size is reached. */
    private static String fiveKilobytes(List<String> texts) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (sb.length() < 5000) {
            sb.append(texts.get(i++ % texts.size())).append("\n\n");
        }
        return sb.substring(0, Math.min(sb.length(), 5200));
    }

    private static String syntheticArticle() {
        return "Harbor talks\n\nRIVERTON, May 2 -- The port authority said on Tuesday that volumes rose 14 percent.\n\n"
                + "Director Hanna Lindqvist said the quay would cost about 500 million euros, adding that work starts "
                + "in May.\n\n\"We are ready,\" Lindqvist told reporters.\n";
    }
}
