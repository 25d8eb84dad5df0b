package org.claimdesk.base;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import org.claimdesk.shared.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Shown instead of a screen that could not be opened because the database is unreachable (Vaadin picks an error
 * view by the exception or one of its causes): says so and that reloading in a moment will work, with a 503.
 * Errors during an action on an open screen are told by UiErrorHandling instead.
 */
class DatabaseUnavailableView extends Div implements HasErrorParameter<DataAccessResourceFailureException> {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
        return show(this, parameter.getCaughtException());
    }

    static int show(Div view, Exception e) {
        log.warn("Database unavailable while opening a screen: {}", e.toString());
        view.removeAll();
        view.setId("database-unavailable");
        view.getStyle().set("padding", "var(--lumo-space-l)");
        view.add(new H2(Texts.t("base.DatabaseUnavailableView.database-unavailable")), new Paragraph(DatabaseOutage.MESSAGE),
                new Paragraph(Texts.t("base.DatabaseUnavailableView.reload-the-page-in-a-moment")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
