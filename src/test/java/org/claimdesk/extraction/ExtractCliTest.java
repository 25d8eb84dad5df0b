package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExtractCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ExtractCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void prints_only_the_json_array_and_a_newline() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "The mayor said the bridge would reopen in May.");
        assertEquals(0, run("extract", "--json", f.toString()));
        assertTrue(out().startsWith("[") && out().endsWith("]" + System.lineSeparator()), out());
        assertTrue(out().contains("\"claimant\": \"the mayor\""), out());
        assertEquals("", err());
    }

    @Test
    void the_json_flag_may_come_after_the_file() throws IOException {
        Path f = Files.writeString(dir.resolve("b.txt"), "");
        assertEquals(0, run("extract", f.toString(), "--json"));
        assertEquals("[]" + System.lineSeparator(), out());
    }

    @Test
    void a_missing_file_exits_2_with_one_line() {
        assertEquals(2, run("extract", "--json", dir.resolve("nope.txt").toString()));
        String e = err();
        assertTrue(e.startsWith("extract: cannot read " + dir.resolve("nope.txt") + ": "), e);
        assertEquals(1, e.lines().count());
        assertEquals("", out());
    }

    @Test
    void a_file_that_is_not_utf8_exits_2() throws IOException {
        Path f = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '.'});
        assertEquals(2, run("extract", "--json", f.toString()));
        assertTrue(err().contains("not valid UTF-8"), err());
        assertEquals(1, err().lines().count());
    }

    @Test
    void a_directory_exits_2() {
        assertEquals(2, run("extract", "--json", dir.toString()));
        assertEquals(1, err().lines().count());
    }

    @Test
    void bad_usage_exits_64_with_a_usage_line() {
        assertEquals(64, run());
        assertEquals(64, run("extract", "--json"));
        assertEquals(64, run("extract", "--json", "a.txt", "b.txt"));
        assertEquals(64, run("extract", "--xml", "a.txt"));
        assertEquals(64, run("serve"));
        assertTrue(err().lines().allMatch(l -> l.contains("usage: extract --json FILE")), err());
        assertEquals("", out());
    }
}
