package org.claimdesk.article;

import org.claimdesk.shared.InputRejectedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeUrlTest {

    @Test
    void http_and_https_links_are_accepted_and_normalized() {
        assertThat(SafeUrl.check(" HTTPS://Example.ORG/News?id=3 ", "url")).isEqualTo("https://example.org/News?id=3");
        assertThat(SafeUrl.check("http://example.org", "url")).isEqualTo("http://example.org");
        assertThat(SafeUrl.check("  ", "url")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
            "ftp://example.org/file", "file:///etc/passwd", "//example.org/x", "example.org", "https://", "http:// bad"})
    void other_links_are_refused(String url) {
        assertThatThrownBy(() -> SafeUrl.check(url, "url")).isInstanceOf(InputRejectedException.class);
    }
}
