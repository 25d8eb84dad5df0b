package org.claimdesk.shared.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * The one place a form shows why a service refused its input, or an information such as "Reloaded": a line
 * above the fields, red for a refusal and neutral for information. The text is set as text, never as HTML.
 */
public class FormMessage extends Paragraph {

    public FormMessage(String id) {
        setId(id);
        addClassName("form-message");
        setVisible(false);
    }

    /** Shows a refusal (bad input, a conflict, a rule of the service). */
    public void error(String text) {
        show(text, true);
    }

    /** Shows an information that is no error. */
    public void info(String text) {
        show(text, false);
    }

    public void clear() {
        setText("");
        setVisible(false);
    }

    public boolean isError() {
        return isVisible() && hasClassName("form-error");
    }

    private void show(String text, boolean error) {
        setText(text);
        setClassName("form-error", error);
        setClassName("form-info", !error);
        setVisible(true);
    }
}
