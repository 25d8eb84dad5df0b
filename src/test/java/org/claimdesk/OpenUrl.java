package org.claimdesk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;

/**
 * Browserless navigation to a URL with a query string ({@code claims?status=VERIFIED}), as a link or the address bar
 * would: the test base's {@code navigate(String, Class)} refuses a "?" in the path.
 */
public final class OpenUrl {

    private OpenUrl() {
    }

    public static void open(String url) {
        Location location = new Location(url);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }
}
