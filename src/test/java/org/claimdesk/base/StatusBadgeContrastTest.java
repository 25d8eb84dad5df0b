package org.claimdesk.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status badge colours of both themes (frontend/styles/claimdesk.css) keep WCAG AA contrast, 4.5:1 between
 * each status's text and background, computed with WCAG 2's relative luminance.
 */
class StatusBadgeContrastTest {

    private static final String[] STATUSES = {"unreviewed", "in-review", "awaiting-approval", "verified", "reopened"};

    @Test
    void every_status_badge_is_readable_in_the_light_theme() throws IOException {
        checkAll(block(":root {"));
    }

    @Test
    void every_status_badge_is_readable_in_the_dark_theme() throws IOException {
        checkAll(block("html[theme~=\"dark\"] {"));
    }

    private static void checkAll(Map<String, String> colours) {
        for (String status : STATUSES) {
            String bg = colours.get("--claimdesk-status-" + status + "-bg");
            String text = colours.get("--claimdesk-status-" + status + "-text");
            assertThat(bg).as(status + " background").isNotNull();
            assertThat(text).as(status + " text").isNotNull();
            assertThat(contrast(bg, text)).as(status + ": " + text + " on " + bg).isGreaterThanOrEqualTo(4.5);
        }
    }

    /** The custom properties of the first CSS rule that starts with {@code selector}. */
    private static Map<String, String> block(String selector) throws IOException {
        String css = Files.readString(Path.of("frontend/styles/claimdesk.css"));
        int start = css.indexOf(selector);
        assertThat(start).as("a rule " + selector + " in claimdesk.css").isNotNegative();
        String body = css.substring(start, css.indexOf('}', start));
        Map<String, String> props = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(--claimdesk-status-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})").matcher(body);
        while (m.find()) {
            props.put(m.group(1), m.group(2));
        }
        return props;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
