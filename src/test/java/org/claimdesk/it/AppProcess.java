package org.claimdesk.it;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/**
 * The application as its own JVM, on the test's classpath (from Surefire and Failsafe alike), started with the
 * given arguments and returned once it is up and lets the demo fact-checker in; for the tests that kill it or cut
 * its database off. Its output goes to target/app-processes/NAME.log.
 */
final class AppProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    private AppProcess() {
    }

    /** Arguments to run on PostgreSQL with the demo accounts and Basic sign-in, as the Spring tests do. */
    static List<String> postgres(String jdbcUrl) {
        return List.of("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=claimdesk",
                "--spring.datasource.password=claimdesk", "--claimdesk.demo-data=true", "--claimdesk.api.basic-auth=true");
    }

    static Path log(String name) throws IOException {
        return Files.createDirectories(Path.of("target", "app-processes")).resolve(name + ".log");
    }

    static Process start(int port, String name, List<String> args) throws Exception {
        Path log = log(name);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.claimdesk.Application", "--server.port=" + port));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ApiClient api = new ApiClient(port);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                fail("the app stopped with exit code " + p.exitValue() + "; see " + log.toAbsolutePath());
            }
            try {
                // UP comes as soon as the server listens; the first accounts are made a moment later
                Reply health = api.call("GET", "/actuator/health", null, null);
                if (health.status() == 200 && "UP".equals(health.body().get("status").asString())
                        && api.call("GET", "/api/v1/articles?size=1", "checker", null).status() == 200) {
                    return p;
                }
            } catch (IOException notListeningYet) {
                // the server socket is not open yet
            }
            Thread.sleep(250);
        }
        p.destroyForcibly();
        throw new AssertionError("the app did not report UP within " + START_TIMEOUT + "; see " + log.toAbsolutePath());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
