package org.claimdesk.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "bell\u0007", "\u001b[31mred", "del\u007f", "c1\u0085", "form\ffeed",
            "lone \ud800 high", "lone \udc00 low", "reversed \udc00\ud800 pair", "ends high \ud83d"})
    void text_with_control_characters_or_lone_surrogates_is_refused_naming_the_field(String text) {
        assertThatThrownBy(() -> Inputs.optionalText(text, "title", 100))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith("The title contains")
                .satisfies(e -> assertThat(((InputRejectedException) e).field()).isEqualTo("title"));
    }

    @Test
    void the_refusal_names_the_character() {
        assertThatThrownBy(() -> Inputs.requiredText("a\u0000b", "body", "Write something.", 100))
                .hasMessageContaining("U+0000");
        assertThatThrownBy(() -> Inputs.checkedCharacters("x\ud800", "name")).hasMessageContaining("U+D800");
    }

    @Test
    void tabs_line_breaks_and_any_real_character_are_kept() {
        assertThat(Inputs.optionalText(" line one\r\n\tline two ", "body", 100)).isEqualTo("line one\r\n\tline two");
        assertThat(Inputs.optionalText("Zürich 北京 \ud83d\ude00 \u200b", "body", 100)).isEqualTo("Zürich 北京 \ud83d\ude00 \u200b");
        assertThat(Inputs.checkedCharacters(null, "q")).isNull();
    }

    @Test
    void a_long_text_may_hold_page_breaks_but_no_other_control_character() {
        assertThat(Inputs.checkedLongText("page one\fpage two", "text")).isEqualTo("page one\fpage two");
        assertThatThrownBy(() -> Inputs.checkedLongText("a\u0000b", "text")).isInstanceOf(InputRejectedException.class);
    }
}
