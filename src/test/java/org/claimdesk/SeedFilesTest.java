package org.claimdesk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedFilesTest {

    @TempDir
    Path seed;

    @Test
    void a_missing_seed_fails_the_test_under_ci() {
        assertThatThrownBy(() -> SeedFiles.require(seed, "article.txt", Map.of("CI", "true")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("article.txt").hasMessageContaining("CI");
    }

    @Test
    void a_missing_seed_skips_the_test_with_a_message_outside_ci() {
        assertThatThrownBy(() -> SeedFiles.require(seed, "article.txt", Map.of()))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("article.txt").hasMessageContaining("skipped outside CI");
        assertThatThrownBy(() -> SeedFiles.require(seed, "article.txt", Map.of("CI", "false")))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void a_present_seed_is_returned_under_ci_and_elsewhere() throws Exception {
        Path article = Files.writeString(seed.resolve("article.txt"), "text");

        assertThat(SeedFiles.require(seed, "article.txt", Map.of("CI", "true"))).isEqualTo(article);
        assertThat(SeedFiles.require(seed, "article.txt", Map.of())).isEqualTo(article);
    }
}
