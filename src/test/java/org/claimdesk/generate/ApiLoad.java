package org.claimdesk.generate;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load driver for the REST API (issue 11), run as a second process against a running app: N workers (virtual
 * threads, one keep-alive connection each through one {@link HttpClient}) send requests back to back for a
 * warm-up, then for the measured duration, and it prints p50/p95/p99 latency, requests per second and the errors
 * by kind. It needs only the JDK, so it runs from the compiled test classes:
 * <pre>
 * java -cp target/test-classes org.claimdesk.generate.ApiLoad --base http://localhost:8191 \
 *     --bearer cdt_... | --basic user:password  [--scenario list|detail|search] [--connections 64]
 *     [--duration 60] [--warmup 10] [--timeout 10] [--server-pid PID]
 * </pre>
 * With {@code --server-pid} (Linux, same machine) it also prints the server's CPU time per request and the cores
 * it used, read from {@code /proc/PID/stat}: a figure that holds when other processes share the machine.
 * Scenarios: {@code list} = {@code GET /api/v1/claims?size=20} (pages 0-4 in turn), {@code detail} =
 * {@code GET /api/v1/claims/{id}} over the ids of the first 500 listed claims, {@code search} =
 * {@code GET /api/v1/claims?q=<word>&size=20} over a few words the demo and generated data hold.
 * Not a test (its name is no *Test); it asserts nothing.
 */
public final class ApiLoad {

    private static final List<String> WORDS = List.of("unemployment", "soldiers", "harbor", "budget", "percent",
            "minister", "hospital", "police", "school", "housing");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final HttpClient http;
    private final String base;
    private final String authorization;
    private final Duration timeout;
    private final long serverPid;
    private final LongAdder ok = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    private ApiLoad(String base, String authorization, Duration timeout, long serverPid) {
        this.serverPid = serverPid;
        this.base = base.replaceAll("/+$", "");
        this.authorization = authorization;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String authorization;
        if (options.containsKey("bearer")) {
            authorization = "Bearer " + options.get("bearer");
        } else if (options.containsKey("basic")) {
            authorization = "Basic " + Base64.getEncoder().encodeToString(
                    options.get("basic").getBytes(StandardCharsets.UTF_8));
        } else {
            throw new IllegalArgumentException("--bearer TOKEN or --basic user:password");
        }
        ApiLoad load = new ApiLoad(options.getOrDefault("base", "http://localhost:8191"), authorization,
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "10"))),
                Long.parseLong(options.getOrDefault("server-pid", "0")));
        String scenario = options.getOrDefault("scenario", "list");
        int connections = Integer.parseInt(options.getOrDefault("connections", "64"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")));
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "60")));
        List<String> paths = load.paths(scenario);
        System.out.printf("ApiLoad %s: %d connections, %d s warm-up, %d s measured, %d distinct paths, %s%n",
                scenario, connections, warmup.toSeconds(), duration.toSeconds(), paths.size(),
                authorization.startsWith("Bearer") ? "API token" : "HTTP Basic");
        load.run(paths, connections, warmup, false);
        load.run(paths, connections, duration, true);
        load.http.close();
    }

    /** What the scenario asks for; detail first lists claims to learn real ids (a failing list is fatal). */
    private List<String> paths(String scenario) throws IOException, InterruptedException {
        List<String> paths = new ArrayList<>();
        switch (scenario) {
            case "list" -> {
                for (int page = 0; page < 5; page++) {
                    paths.add("/api/v1/claims?size=20&page=" + page);
                }
            }
            case "detail" -> {
                for (int page = 0; page < 5; page++) {
                    HttpResponse<String> response = send("/api/v1/claims?size=100&page=" + page);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("listing claims: " + response.statusCode() + " " + response.body());
                    }
                    Matcher m = ID.matcher(response.body());
                    while (m.find()) {
                        paths.add("/api/v1/claims/" + m.group(1));
                    }
                }
            }
            case "search" -> {
                for (String word : WORDS) {
                    paths.add("/api/v1/claims?size=20&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
                }
            }
            default -> throw new IllegalArgumentException("scenario: list, detail or search");
        }
        if (paths.isEmpty()) {
            throw new IllegalStateException("nothing to request");
        }
        return paths;
    }

    private void run(List<String> paths, int connections, Duration duration, boolean report) throws InterruptedException {
        ok.reset();
        errors.clear();
        long end = System.nanoTime() + duration.toNanos();
        List<long[]> perWorker = new ArrayList<>();
        long start = System.nanoTime();
        long cpuBefore = serverCpuTicks();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < connections; w++) {
                long[][] mine = {new long[1 << 16]};
                int[] count = {0};
                workers.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        boolean fine = attempt(paths.get(random.nextInt(paths.size())));
                        long took = System.nanoTime() - t0;
                        if (fine) {
                            if (count[0] == mine[0].length) {
                                mine[0] = Arrays.copyOf(mine[0], mine[0].length * 2);
                            }
                            mine[0][count[0]++] = took;
                        }
                    }
                    synchronized (perWorker) {
                        perWorker.add(Arrays.copyOf(mine[0], count[0]));
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuTicks = serverCpuTicks() - cpuBefore;
        if (!report) {
            System.out.printf("  warm-up: %d ok, errors %s%n", ok.sum(), errors);
            return;
        }
        long[] all = perWorker.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf("  %d ok in %.1f s = %.1f requests/s; latency of the ok ones: p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms; errors %d %s%n",
                all.length, seconds, all.length / seconds, ms(all, 50), ms(all, 95), ms(all, 99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, errorCount, errors);
        if (serverPid > 0) {
            double cpuMs = cpuTicks * 10.0; // USER_HZ is 100 on Linux
            System.out.printf("  server CPU: %.0f ms in all, %.2f ms per request, %.2f cores on average; %s%n",
                    cpuMs, cpuMs / Math.max(1, ok.sum() + errorCount), cpuMs / 1000 / seconds, loadAverage());
        }
    }

    /** One request; true when it answered 2xx, else counted under its kind of error. */
    private boolean attempt(String path) {
        try {
            HttpResponse<String> response = send(path);
            if (response.statusCode() / 100 == 2) {
                ok.increment();
                return true;
            }
            error("HTTP " + response.statusCode());
        } catch (HttpTimeoutException e) {
            error("timeout");
        } catch (IOException e) {
            error("IO " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error("interrupted");
        }
        return false;
    }

    private HttpResponse<String> send(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** utime + stime of the server process in clock ticks (fields 14 and 15 of /proc/PID/stat). */
    private long serverCpuTicks() {
        if (serverPid <= 0) {
            return 0;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + serverPid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the server's CPU time", e);
        }
    }

    private static String loadAverage() {
        try {
            return "load average " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ", 4)[0] + " (1 min)";
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    private void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private static double ms(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * percentile / 100.0) - 1)] / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("options are --name value pairs: " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
