package org.claimdesk.base;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The body of the in-layout error pages: a heading, one plain sentence (as text) and the way back. */
final class ErrorPage {

    private ErrorPage() {
    }

    static void fill(Div page, String id, String title, String message) {
        page.removeAll();
        page.setId(id);
        page.addClassName("error-page");
        page.getStyle().set("padding", "var(--lumo-space-l)");
        Paragraph sentence = new Paragraph(message);
        sentence.setId(id + "-message");
        Anchor back = new Anchor("claims", Texts.t("base.ErrorPage.back-to-the-claims"));
        back.setId(id + "-back");
        page.add(new H2(title), sentence, back);
    }
}
