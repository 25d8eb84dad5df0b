package org.claimdesk.it;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A 201 means the article is on disk: the app, as a real process on the embedded H2 database, is killed
 * (SIGKILL, no shutdown hook) right after the last confirmed import, restarted on the same data directory, and
 * every confirmed article is still there. (H2 by default writes commits to disk up to half a second later, and
 * lost the last imports of such a sequence.)
 */
class ConfirmedImportsSurviveACrashIT {

    /** The sequence was five imports; a few more make a lost commit near certain without the fix. */
    private static final int IMPORTS = 8;

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    @TempDir
    Path dataDir;

    private Process app;

    @AfterEach
    void stopTheApp() throws InterruptedException {
        if (app != null) {
            app.destroyForcibly().waitFor();
        }
    }

    @Test
    void articles_confirmed_just_before_a_kill_are_there_after_a_restart() throws Exception {
        int port = freePort();
        app = start(port, "first");
        ApiClient api = new ApiClient(port);
        String tag = TestArticles.uniqueTag();
        List<Long> confirmed = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            Reply r = api.call("POST", "/api/v1/articles", "checker",
                    Map.of("title", "Crash " + tag + " " + i, "text", TestArticles.story(tag + "-" + i)));
            assertThat(r.status()).as("import %d", i).isEqualTo(201);
            confirmed.add(r.body().get("id").asLong());
        }
        app.destroyForcibly().waitFor();

        app = start(port, "restart");
        List<Long> lost = new ArrayList<>();
        for (long id : confirmed) {
            if (api.call("GET", "/api/v1/articles/" + id, "checker", null).status() != 200) {
                lost.add(id);
            }
        }
        assertThat(lost).as("articles confirmed with 201 but gone after the crash, of %s", confirmed).isEmpty();
    }

    /**
     * The application as its own JVM, on this test's classpath (works from Surefire and Failsafe alike), once it
     * is up and lets the demo fact-checker in.
     */
    private Process start(int port, String name) throws Exception {
        Path log = Files.createDirectories(Path.of("target", "crash-test")).resolve(name + ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.claimdesk.Application",
                "--server.port=" + port, "--claimdesk.data-dir=" + dataDir)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
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

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
