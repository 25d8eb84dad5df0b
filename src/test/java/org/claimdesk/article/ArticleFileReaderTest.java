package org.claimdesk.article;

import org.claimdesk.shared.InputRejectedException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleFileReaderTest {

    @Test
    void a_text_file_is_read_as_utf8() {
        var file = ArticleFileReader.read("story.txt", "Zoë said it was 12 percent.".getBytes(StandardCharsets.UTF_8));
        assertThat(file.text()).isEqualTo("Zoë said it was 12 percent.");
        assertThat(file.suggestedTitle()).isNull();
    }

    @Test
    void html_becomes_paragraphs_of_plain_text_without_scripts() {
        String html = """
                <html><head><title>Port plans</title><script>alert('x')</script></head>
                <body><nav>Home | News</nav><article><h1>Port plans</h1>
                <p>The director said the quay would grow by <b>1.2 kilometers</b>.</p>
                <p>Critics disagreed.</p></article></body></html>""";
        var file = ArticleFileReader.read("story.HTML", html.getBytes(StandardCharsets.UTF_8));
        assertThat(file.text()).isEqualTo("Port plans\n\nThe director said the quay would grow by 1.2 kilometers.\n\nCritics disagreed.");
        assertThat(file.suggestedTitle()).isEqualTo("Port plans");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_a_clear_message() {
        byte[] latin1 = "Caf\u00e9 owners said".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ArticleFileReader.read("story.txt", latin1))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void binary_data_and_other_file_kinds_are_refused() {
        assertThatThrownBy(() -> ArticleFileReader.read("story.txt", new byte[]{'a', 0, 1, 2, 'b'}))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> ArticleFileReader.read("story.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining(".txt");
        assertThatThrownBy(() -> ArticleFileReader.read("empty.txt", new byte[0]))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("empty");
    }
}
