package org.claimdesk.webhook;

import org.claimdesk.shared.InputRejectedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a webhook may point, with the production setting (private addresses refused); no DNS is asked. */
class WebhookAddressesTest {

    /** Resolves every name to one address, as a DNS answer would; IP literals stay themselves. */
    private static WebhookAddresses resolvingTo(String address) {
        return new WebhookAddresses(false, host -> host.matches("[0-9.]+|.*:.*")
                ? InetAddress.getAllByName(host) : new InetAddress[]{InetAddress.getByName(address)});
    }

    private final WebhookAddresses publicDns = resolvingTo("93.184.216.34");

    @Test
    void a_public_https_url_is_accepted_as_stored() {
        assertThat(publicDns.checked("  HTTPS://CMS.Example.org:443/hooks/claimdesk?x=1 "))
                .isEqualTo("https://cms.example.org/hooks/claimdesk?x=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://cms.example.org/hook", "javascript:alert(1)", "file:///etc/passwd",
            "cms.example.org/hook", "gopher://cms.example.org:70/"})
    void a_url_that_is_not_http_or_https_is_refused(String url) {
        assertThatThrownBy(() -> publicDns.checked(url)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("http");
    }

    @Test
    void an_empty_url_is_refused() {
        assertThatThrownBy(() -> publicDns.checked(" ")).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("Give the webhook's URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://127.1.2.3/", "http://10.0.0.5/", "http://172.16.3.4/",
            "http://192.168.1.10/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/", "http://224.0.0.1/",
            "http://100.64.0.1/", "http://[::1]/hook", "http://[fd00::1]/", "http://[fe80::1]/", "http://[::]/",
            "http://[::ffff:127.0.0.1]/", "http://255.255.255.255/"})
    void a_private_loopback_link_local_multicast_or_unspecified_address_is_refused(String url) {
        assertThatThrownBy(() -> publicDns.checked(url)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("must point at a public address");
    }

    @Test
    void a_name_that_resolves_to_a_private_address_is_refused_naming_the_address() {
        assertThatThrownBy(() -> resolvingTo("10.1.2.3").checked("https://hooks.example.org/x"))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("hooks.example.org resolves to 10.1.2.3, a private address");
    }

    @Test
    void localhost_is_refused() {
        WebhookAddresses realDns = new WebhookAddresses(false, WebhookAddresses.DNS);
        assertThatThrownBy(() -> realDns.checked("http://localhost:8080/hook"))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("loopback");
    }

    @Test
    void a_host_that_cannot_be_found_is_refused() {
        WebhookAddresses noDns = new WebhookAddresses(false, host -> {
            throw new UnknownHostException(host);
        });
        assertThatThrownBy(() -> noDns.checked("https://nowhere.example.org/x"))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("cannot be found");
    }

    @Test
    void with_the_setting_on_a_loopback_address_is_accepted() {
        assertThat(new WebhookAddresses(true, WebhookAddresses.DNS).checked("http://127.0.0.1:9999/hook"))
                .isEqualTo("http://127.0.0.1:9999/hook");
    }

    @Test
    void failed_attempts_wait_one_five_twenty_five_minutes_and_never_more_than_a_day() {
        WebhookSettings s = WebhookSettings.defaults();
        assertThat(s.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.waitAfter(2)).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.waitAfter(3)).isEqualTo(Duration.ofMinutes(25));
        assertThat(s.waitAfter(40)).isEqualTo(Duration.ofHours(24));
    }
}
