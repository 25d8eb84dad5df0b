package org.claimdesk.it;

import org.claimdesk.ApiClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One ClaimDesk node as a real process (its own JVM, on this test's classpath, so it works from Surefire and
 * Failsafe alike) on the PostgreSQL profile, with the settings the tests need: demo accounts and HTTP Basic.
 */
final class AppNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private AppNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the node; {@link #awaitUp} waits for it. */
    static AppNode start(String name, String dbUrl, String dbUser, String dbPassword) throws IOException {
        int port = freePort();
        Path log = Files.createDirectories(Path.of("target", "two-nodes-it")).resolve(name + ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.claimdesk.Application",
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=" + dbUser,
                "--spring.datasource.password=" + dbPassword,
                "--claimdesk.node-name=" + name,
                "--claimdesk.demo-data=true",
                "--claimdesk.api.basic-auth=true",
                // nothing scheduled gets in the way of the test
                "--claimdesk.overdue-reminders.first=PT1H",
                "--vaadin.productionMode=true"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AppNode(name, port, log, p);
    }

    /** Waits until the node is UP and lets the demo fact-checker in. */
    AppNode awaitUp() throws Exception {
        ApiClient api = api();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped with exit code " + process.exitValue() + "; see "
                        + log.toAbsolutePath());
            }
            try {
                if (api.call("GET", "/actuator/health", null, null).status() == 200
                        && api.call("GET", "/api/v1/articles?size=1", "checker", null).status() == 200) {
                    return this;
                }
            } catch (IOException notListeningYet) {
                // the server socket is not open yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " did not come up within " + START_TIMEOUT + "; see " + log.toAbsolutePath());
    }

    ApiClient api() {
        return new ApiClient(port);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // a clean stop: the listener connection closes, the shedlock rows stay consistent
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
