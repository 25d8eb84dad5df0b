package org.claimdesk.generate;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap per open review UI (issue 11), measured from a second process against a running app on this machine: it
 * signs N users' browsers in through the sign-in form (a cookie jar each, no browser), then in each opens the
 * claims grid and then a claim page the way Vaadin's client does ({@code GET /?v-r=init&location=...} creates
 * a UI, then a {@code ui-navigate} event in a UIDL request builds the route's view), and after each stage reads the server's heap after a full GC
 * ({@code jcmd PID GC.run}, then {@code GC.heap_info}). It prints the growth per session of each stage and, with
 * {@code --histogram true}, the classes that grew most from the baseline to the end ({@code GC.class_histogram}).
 * The client never asks for grid rows (a browser would ask for the first page of 50), so the grid's figure leaves
 * those rows out. It needs only the JDK:
 * <pre>
 * java -cp target/test-classes org.claimdesk.generate.UiMemory --base http://localhost:8191 --server-pid PID \
 *     --user checker --password checker --claim 1 [--sessions 20] [--warmup 3] [--histogram true]
 * </pre>
 * Not a test (its name is no *Test); it asserts nothing. The sessions stay open until the server ends them.
 */
public final class UiMemory {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");
    private static final Pattern USED = Pattern.compile("heap .*used (\\d+)K");

    private final String base;
    private final String pid;

    private UiMemory(String base, String pid) {
        this.base = base.replaceAll("/+$", "");
        this.pid = pid;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        UiMemory memory = new UiMemory(options.getOrDefault("base", "http://localhost:8191"),
                required(options, "server-pid"));
        String user = required(options, "user");
        String password = required(options, "password");
        String claim = required(options, "claim");
        int sessions = Integer.parseInt(options.getOrDefault("sessions", "20"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));
        boolean histogram = Boolean.parseBoolean(options.getOrDefault("histogram", "false"));

        // warm-up: the first UIs load classes, fill Vaadin's and Hibernate's caches; not part of any session's cost
        for (int i = 0; i < warmup; i++) {
            HttpClient browser = memory.signedIn(user, password);
            memory.openUi(browser, "claims");
            memory.openUi(browser, "claims/" + claim);
        }
        Map<String, long[]> before = histogram ? memory.histogram() : Map.of();
        long baseline = memory.heapAfterGc();
        List<HttpClient> browsers = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            browsers.add(memory.signedIn(user, password));
        }
        long signedIn = memory.heapAfterGc();
        List<OpenUi> grids = new ArrayList<>();
        for (HttpClient browser : browsers) {
            grids.add(memory.openUi(browser, "claims"));
        }
        long grid = memory.heapAfterGc();
        for (OpenUi ui : grids) {
            memory.settle(ui);
        }
        long gridSettled = memory.heapAfterGc();
        List<OpenUi> claims = new ArrayList<>();
        for (HttpClient browser : browsers) {
            claims.add(memory.openUi(browser, "claims/" + claim));
        }
        long claimPage = memory.heapAfterGc();
        for (OpenUi ui : claims) {
            memory.settle(ui);
        }
        long claimSettled = memory.heapAfterGc();
        System.out.printf("UiMemory: %d sessions of %s (after %d warm-up sessions); heap used after a full GC:"
                + " baseline %,d KB%n", sessions, user, warmup, baseline);
        report("signed in, no UI", signedIn - baseline, sessions);
        report("+ claims grid UI, as opened", grid - signedIn, sessions);
        report("+ claims grid UI, after a round trip", gridSettled - signedIn, sessions);
        report("+ claim page UI (claims/" + claim + "), as opened", claimPage - gridSettled, sessions);
        report("+ claim page UI, after a round trip", claimSettled - gridSettled, sessions);
        report("all: session and both UIs", claimSettled - baseline, sessions);
        if (histogram) {
            memory.printGrowth(before, memory.histogram(), sessions);
        }
    }

    private static void report(String stage, long kilobytes, int sessions) {
        System.out.printf("  %-40s %,8d KB in all, %,6.0f KB per session%n", stage, kilobytes,
                (double) kilobytes / sessions);
    }

    private HttpClient signedIn(String user, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = get(browser, "/login", "text/html");
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page: " + page.statusCode());
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("login")) {
            throw new IllegalStateException("sign-in refused: " + answer.statusCode() + " " + location);
        }
        return browser;
    }

    /** What the client-side bootstrap does on opening a route: the page, then the init request that makes the UI. */
    private record OpenUi(HttpClient browser, String uiId, String key, int nextSyncId, int nextClientId) {
    }

    private OpenUi openUi(HttpClient browser, String route) throws IOException, InterruptedException {
        HttpResponse<String> page = get(browser, "/" + route, "text/html");
        if (page.statusCode() != 200) {
            throw new IllegalStateException(route + ": " + page.statusCode());
        }
        HttpResponse<String> init = get(browser, "/?v-r=init&location=" + enc(route), "application/json");
        Matcher key = SECURITY_KEY.matcher(init.body());
        Matcher ui = UI_ID.matcher(init.body());
        if (init.statusCode() != 200 || !key.find() || !ui.find()) {
            throw new IllegalStateException(route + " init: " + init.statusCode() + " "
                    + init.body().substring(0, Math.min(300, init.body().length())));
        }
        // the client's router then tells the UI where it is (node 1 listens for "ui-navigate"): the view is built now
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> view = browser.send(HttpRequest.newBuilder(
                        URI.create(base + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        if (view.statusCode() != 200 || !view.body().contains("\"changes\"")) {
            throw new IllegalStateException(route + " navigation: " + view.statusCode() + " "
                    + view.body().substring(0, Math.min(300, view.body().length())));
        }
        Matcher sync = SYNC_ID.matcher(view.body());
        Matcher client = CLIENT_ID.matcher(view.body());
        return new OpenUi(browser, ui.group(1), key.group(1), sync.find() ? Integer.parseInt(sync.group(1)) + 1 : 1,
                client.find() ? Integer.parseInt(client.group(1)) : 1);
    }

    /**
     * One more round trip with nothing in it, as a browser's next request (a grid asking for rows, a heartbeat of
     * the UIDL kind) would be: Vaadin keeps each UI's last response (to resend it if the client repeats a message),
     * and the first response of a view is its largest.
     */
    private void settle(OpenUi ui) throws IOException, InterruptedException {
        String empty = "{\"csrfToken\":\"" + ui.key() + "\",\"rpc\":[],\"syncId\":" + ui.nextSyncId()
                + ",\"clientId\":" + ui.nextClientId() + "}";
        HttpResponse<String> answer = ui.browser().send(HttpRequest.newBuilder(
                        URI.create(base + "/?v-r=uidl&v-uiId=" + ui.uiId()))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(empty)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || answer.body().contains("resynchronize")) {
            throw new IllegalStateException("settle: " + answer.statusCode() + " " + answer.body());
        }
    }

    private HttpResponse<String> get(HttpClient browser, String path, String accept)
            throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Heap in use after two full collections, in KB. */
    private long heapAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure from jcmd GC.heap_info");
        }
        return Long.parseLong(used.group(1));
    }

    /** Class name → {instances, bytes}. */
    private Map<String, long[]> histogram() throws IOException, InterruptedException {
        Map<String, long[]> classes = new HashMap<>();
        for (String line : jcmd("GC.class_histogram").split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                classes.put(f[3], new long[]{Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return classes;
    }

    private void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        System.out.println("  classes that grew most (bytes per session, instances per session):");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[]{
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(30)
                .forEach(e -> System.out.printf("    %,9d B %,7.1f  %s%n", e.getValue()[1] / sessions,
                        (double) e.getValue()[0] / sessions, e.getKey()));
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path jcmd = java.resolveSibling("jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), pid, command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + ": " + out);
        }
        return out;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
