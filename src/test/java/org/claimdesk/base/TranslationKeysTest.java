package org.claimdesk.base;

import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.LinkType;
import org.claimdesk.security.Role;

import org.claimdesk.shared.ui.Texts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the English bundle (vaadin-i18n/translations.properties) and the code in step: every key the code asks for
 * exists, and every key in the bundle is asked for somewhere. Also lists the screens' source files that still put
 * English words on the screen directly, which may only shrink.
 */
class TranslationKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** A key given as a literal to the lookups: Texts.t("k"...), getTranslation("k"...), a ternary's keys too. */
    private static final Pattern LOOKUP = Pattern.compile("(?:Texts\\.t|getTranslation|translate)\\(([^;]*)");
    private static final Pattern KEY = Pattern.compile("\"([a-z]+\\.[A-Za-z]+\\.[a-z0-9\\-]+)\"");
    /** Enums whose constants are shown through Texts.label, with keys enum.<Enum>.<CONSTANT>. */
    private static final List<Class<? extends Enum<?>>> LABELLED_ENUMS = List.of(ClaimStatus.class, LinkType.class, Role.class);
    /** Plain English given to a component directly, in the shapes the screens use. */
    private static final Pattern HARD_CODED = Pattern.compile(
            "(?:new (?:Button|Span|H[1-6]|Paragraph|Tab|Checkbox|TextField|TextArea|ConfirmDialog|ReasonDialog)\\("
                    + "|\\.set(?:Text|Label|Placeholder|Header|HeaderTitle|HelperText|TooltipText|ErrorMessage"
                    + "|EmptySelectionCaption|EmptyStateText)\\(|Notices\\.\\w+\\(|NextAction\\.\\w+\\()\"[A-Z][a-z]");

    /**
     * The screens not yet moved to the bundle. This list only shrinks: a file that no longer has English in it
     * must leave the list (the last test says so), and no other file may gain any.
     */
    private static final Set<String> NOT_YET_TRANSLATED = Set.of(
            // no screen: its words are the API's problem+json answer, which stays English like every API message
            "org/claimdesk/base/ApiErrorController.java");

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            assertThat(in).as("the English bundle").isNotNull();
            p.load(in);
        }
        return p;
    }

    private static Set<String> keysInCode() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                // joined lines: a lookup's arguments may continue on the next line
                String code = Files.readString(f).replaceAll("\\s*\\n\\s*", " ");
                Matcher lookup = LOOKUP.matcher(code);
                while (lookup.find()) {
                    Matcher key = KEY.matcher(lookup.group(1));
                    while (key.find()) {
                        used.add(key.group(1));
                    }
                }
                Matcher constant = Pattern.compile("static final String \\w+ = " + KEY.pattern()).matcher(code);
                while (constant.find()) {
                    used.add(constant.group(1)); // a key kept in a constant and looked up through it
                }
            }
        }
        for (Class<? extends Enum<?>> e : LABELLED_ENUMS) {
            for (Enum<?> c : e.getEnumConstants()) {
                used.add(Texts.enumKey(c));
            }
        }
        return used;
    }

    @Test
    void every_key_the_code_asks_for_is_in_the_english_bundle() throws IOException {
        Set<String> missing = new TreeSet<>(keysInCode());
        missing.removeAll(bundle().stringPropertyNames());
        assertThat(missing).as("keys used in src/main/java but missing from translations.properties").isEmpty();
    }

    @Test
    void every_key_in_the_english_bundle_is_used() throws IOException {
        Set<String> unused = new TreeSet<>(bundle().stringPropertyNames());
        unused.removeAll(keysInCode());
        assertThat(unused).as("keys in translations.properties that no code asks for").isEmpty();
    }

    @Test
    void no_text_shows_an_escape_sequence() throws IOException {
        Properties p = bundle();
        assertThat(p.stringPropertyNames()).allSatisfy(key -> assertThat(p.getProperty(key)).as(key)
                .doesNotContain("\\").doesNotContain("\\u"));
        assertThat(Texts.t("claim.ClaimsView.total-capped", 10_000)).isEqualTo("10,000+ claims \u2014 refine the search");
    }

    @Test
    void a_text_with_parameters_is_a_valid_message_format() throws IOException {
        Properties p = bundle();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            if (value.contains("{0}")) {
                assertThat(new java.text.MessageFormat(value).format(new Object[]{"X", "Y", "Z", "W"}))
                        .as(key).doesNotContain("{0}").doesNotContain("''");
            }
        }
        assertThat(Texts.t("evidence.VerdictPanel.someones-verdict", "ana")).isEqualTo("ana's verdict");
    }

    @Test
    void screens_put_no_english_on_the_screen_outside_the_bundle() throws IOException {
        TreeMap<String, Integer> found = hardCodedTexts();
        found.keySet().removeAll(NOT_YET_TRANSLATED);
        assertThat(found).as("files that show English text directly (move it to translations.properties)").isEmpty();
    }

    @Test
    void the_list_of_screens_not_yet_translated_only_names_files_that_still_need_it() throws IOException {
        Set<String> stale = new TreeSet<>(NOT_YET_TRANSLATED);
        stale.removeAll(hardCodedTexts().keySet());
        assertThat(stale).as("translated files still listed in NOT_YET_TRANSLATED").isEmpty();
    }

    private static TreeMap<String, Integer> hardCodedTexts() throws IOException {
        TreeMap<String, Integer> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = HARD_CODED.matcher(Files.readString(f));
                int n = 0;
                while (m.find()) {
                    n++;
                }
                if (n > 0) {
                    found.put(SOURCES.relativize(f).toString().replace('\\', '/'), n);
                }
            }
        }
        return found;
    }
}
