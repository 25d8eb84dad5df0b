package org.claimdesk;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The seed files beside the project ({@code ../shared/seed}), read from there and never copied in. A test that
 * needs one asks here: under CI (environment variable {@code CI=true}) a missing seed fails the test, because CI
 * always has it and a silent skip would hide a regression; elsewhere the test is skipped with a message that
 * says why.
 */
public final class SeedFiles {

    public static final Path DIRECTORY = Path.of("..", "shared", "seed");
    public static final String ARTICLE = "article-2024-11-06.txt";
    public static final String EXPECTED_CLAIMS = "expected-claims.json";

    private SeedFiles() {
    }

    /** The seed file of that name; fails under CI and skips elsewhere when it is missing. */
    public static Path require(String name) {
        return require(DIRECTORY, name, System.getenv());
    }

    static Path require(Path directory, String name, Map<String, String> environment) {
        Path file = directory.resolve(name);
        if (Files.isRegularFile(file) && Files.isReadable(file)) {
            return file;
        }
        String missing = "The seed file " + file.toAbsolutePath().normalize() + " is missing";
        if ("true".equalsIgnoreCase(environment.getOrDefault("CI", "").strip())) {
            Assertions.fail(missing + "; CI (CI=true) always has the seed beside the project, so this test fails.");
        }
        Assumptions.abort(missing + "; skipped outside CI. Put the seed beside the project to run this test.");
        throw new AssertionError("unreachable: abort throws");
    }
}
