package org.claimdesk.it;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 201 means the article is on disk: the app, as a real process on the embedded H2 database, is killed
 * (SIGKILL, no shutdown hook) right after the last confirmed import, restarted on the same data directory, and
 * every confirmed article is still there. (H2 by default writes commits to disk up to half a second later, and
 * lost the last imports of such a sequence.)
 */
class ConfirmedImportsSurviveACrashIT {

    /** The sequence was five imports; a few more make a lost commit near certain without the fix. */
    private static final int IMPORTS = 8;

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
        int port = AppProcess.freePort();
        app = start(port, "first");
        ApiClient api = new ApiClient(port);
        String tag = TestArticles.uniqueTag();
        List<Long> confirmed = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            Reply r = api.call("POST", "/api/v1/articles", "checker",
                    Map.of("title", "Crash " + tag + " " + i, "text", TestArticles.story(tag + "-" + i)));
            assertThat(r.status()).as("import %d: %s", i, r.body()).isEqualTo(201);
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

    /** The app as a real process on this test's H2 data directory (AppProcess: the same start as the other ITs). */
    private Process start(int port, String name) throws Exception {
        return AppProcess.start(port, "crash-" + name, List.of("--claimdesk.data-dir=" + dataDir));
    }
}
