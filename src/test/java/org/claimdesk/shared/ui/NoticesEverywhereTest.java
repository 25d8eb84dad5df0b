package org.claimdesk.shared.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every screen tells the outcome of an action through {@link Notices}, so success, information and refusal look the same everywhere. */
class NoticesEverywhereTest {

    @Test
    void no_screen_shows_a_notification_of_its_own_style() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> own = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("org/claimdesk/shared/ui/Notices.java")))
                    .filter(f -> {
                        try {
                            return Files.readString(f).contains("Notification.show(");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(Path::toString).toList();
            assertThat(own).as("files calling Notification.show instead of Notices").isEmpty();
        }
    }
}
