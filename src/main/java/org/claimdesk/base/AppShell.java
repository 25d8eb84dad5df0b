package org.claimdesk.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: the Lumo theme, our own stylesheet (frontend/styles/claimdesk.css, copied into the jar's static
 * resources by the build: no npm bundle, see the stack notes) and server push,
 * so live updates reach open screens without a reload (push's client script ships in flow-push, no bundle).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/claimdesk.css")
public class AppShell implements AppShellConfigurator {

    /**
     * The favicon (a white check on the brand blue, 16 and 32 px in one ICO): at /favicon.ico, the one icon path
     * Vaadin's security lets through before sign-in, so the sign-in page shows it too and a browser's icon
     * request is never saved as the page to return to after signing in.
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "favicon.ico", "16x16 32x32");
    }
}
