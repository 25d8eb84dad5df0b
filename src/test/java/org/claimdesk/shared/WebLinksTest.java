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

    @Test
    void links_are_stored_as_given_without_decoding_escapes() {
        assertThat(WebLinks.check("https://example.org/search?q=a%26b", "url")).isEqualTo("https://example.org/search?q=a%26b");
        assertThat(WebLinks.check("https://example.org/a%2Fb", "url")).isEqualTo("https://example.org/a%2Fb");
        assertThat(WebLinks.check("https://example.org/a%20b?x=%3D%25#frag%2F", "url"))
                .isEqualTo("https://example.org/a%20b?x=%3D%25#frag%2F");
        assertThat(WebLinks.check("https://example.org/Path/With/Case?Q=Upper", "url"))
                .isEqualTo("https://example.org/Path/With/Case?Q=Upper");
    }

    @Test
    void only_scheme_host_and_default_port_are_normalized() {
        assertThat(WebLinks.check("HTTP://News.Example.ORG:80/A?b=C", "url")).isEqualTo("http://news.example.org/A?b=C");
        assertThat(WebLinks.check("https://example.org:443/a", "url")).isEqualTo("https://example.org/a");
        assertThat(WebLinks.check("https://example.org:8443/a", "url")).isEqualTo("https://example.org:8443/a");
        assertThat(WebLinks.check("https://example.org:80/a", "url")).isEqualTo("https://example.org:80/a");
    }

    @Test
    void non_ascii_characters_are_percent_encoded_and_the_stored_form_must_fit() {
        assertThat(WebLinks.check("https://example.org/caf\u00e9?q=\u00fcber", "url"))
                .isEqualTo("https://example.org/caf%C3%A9?q=%C3%BCber");
        assertThat(WebLinks.check("https://b\u00fccher.example.org/", "url")).isEqualTo("https://xn--bcher-kva.example.org/");

        String expands = "https://example.org/" + "\u00e9".repeat(1000); // 1,020 characters given, 6,020 stored
        assertThat(expands.length()).isLessThan(WebLinks.MAX_URL);
        assertThatThrownBy(() -> WebLinks.check(expands, "archivedUrl"))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("2000")
                .satisfies(e -> assertThat(((InputRejectedException) e).field()).isEqualTo("archivedUrl"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pw@example.org/", "https://user@example.org/", "https://example.org:99999/",
            "https://example.org:0/", "https://example.org:http/", "https://example.org:-1/", "https://exa mple.org/",
            "https://example.org/a b", "https://example.org/%zz"})
    void links_with_credentials_invalid_ports_or_broken_syntax_are_refused(String url) {
        assertThatThrownBy(() -> WebLinks.check(url, "url"))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).field()).isEqualTo("url"));
    }

    @Test
    void the_refusal_says_what_is_wrong() {
        assertThatThrownBy(() -> WebLinks.check("https://user:pw@example.org/", "url")).hasMessageContaining("password");
        assertThatThrownBy(() -> WebLinks.check("https://example.org:99999/", "url")).hasMessageContaining("port");
        assertThatThrownBy(() -> WebLinks.checkPublic("http://127.0.0.1/", "url")).hasMessageContaining("IP address");
        assertThatThrownBy(() -> WebLinks.checkPublic("http://localhost/", "url")).hasMessageContaining("local");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[::1]/x", "http://127.0.0.1/", "http://10.1.2.3/", "http://192.168.0.1/",
            "http://172.16.0.1/", "http://169.254.169.254/latest", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/",
            "http://8.8.8.8/", "http://localhost/", "http://LOCALHOST:8080/", "http://app.localhost/",
            "http://printer.local/", "http://cms.internal/", "http://intranet/", "http://2130706433/",
            "http://127.1/", "http://0x7f.1/", "http://router.home.arpa/"})
    void a_source_must_be_on_a_public_host_named_by_its_domain(String url) {
        assertThatThrownBy(() -> WebLinks.checkPublic(url, "url"))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).field()).isEqualTo("url"));
    }

    @Test
    void public_hosts_pass_the_source_check_and_article_links_may_name_any_host() {
        assertThat(WebLinks.checkPublic("https://news.example.co.uk/a?b=1", "url")).isEqualTo("https://news.example.co.uk/a?b=1");
        assertThat(WebLinks.checkPublic("https://first.example/a", "url")).isEqualTo("https://first.example/a");
        assertThat(WebLinks.checkPublic("https://xn--bcher-kva.example/", "url")).isEqualTo("https://xn--bcher-kva.example/");
        assertThat(WebLinks.check("http://cms.internal/preview/7", "url")).isEqualTo("http://cms.internal/preview/7");
        assertThat(WebLinks.check("http://10.1.2.3/draft", "url")).isEqualTo("http://10.1.2.3/draft");
    }
}
