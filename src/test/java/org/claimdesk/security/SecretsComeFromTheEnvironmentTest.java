package org.claimdesk.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** No configuration file of the production profiles carries a password: only ${ENV} with no default. */
class SecretsComeFromTheEnvironmentTest {

    private static final Pattern SECRET = Pattern.compile("^\\s*(password|secret|token|api-key)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    @Test
    void the_production_profiles_hold_no_password_or_default() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources"))) {
            files = s.filter(p -> p.getFileName().toString().matches("application-(postgres|prod).*\\.ya?ml")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                var m = SECRET.matcher(line);
                if (m.matches()) {
                    assertThat(m.group(2).strip()).as("%s: %s", f, line).matches("\\$\\{[A-Z_]+\\}");
                }
            }
        }
    }
}
