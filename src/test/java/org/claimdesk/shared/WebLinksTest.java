package org.claimdesk.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebLinksTest {

    @Test
    void http_and_https_links_are_accepted_and_normalized() {
        assertThat(WebLinks.check(" HTTPS://Example.ORG/News?id=3 ", "url")).isEqualTo("https://example.org/News?id=3");
        assertThat(WebLinks.check("http://example.org", "url")).isEqualTo("http://example.org");
        assertThat(WebLinks.check("  ", "url")).isNull();
    }

    @Test
    void the_outlet_of_a_link_is_its_registrable_domain() {
        assertThat(WebLinks.domainOf("https://www.example.org/a")).isEqualTo("example.org");
        assertThat(WebLinks.domainOf("https://news.example.org/a")).isEqualTo("example.org");
        assertThat(WebLinks.domainOf("https://m.edition.example.co.uk/a")).isEqualTo("example.co.uk");
        assertThat(WebLinks.domainOf("https://example.com.au/a")).isEqualTo("example.com.au");
        assertThat(WebLinks.domainOf("http://127.0.0.1:8080/a")).isEqualTo("127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
            "ftp://example.org/file", "file:///etc/passwd", "//example.org/x", "example.org", "https://", "http:// bad"})
    void other_links_are_refused(String url) {
        assertThatThrownBy(() -> WebLinks.check(url, "url")).isInstanceOf(InputRejectedException.class);
    }
}
