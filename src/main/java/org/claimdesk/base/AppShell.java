package org.claimdesk.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
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
}
