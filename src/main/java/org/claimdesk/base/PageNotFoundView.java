package org.claimdesk.base;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.claimdesk.shared.ui.RecordNotFound;

/**
 * Replaces Vaadin's "Could not navigate to …" for an unknown path or a record a view could not find: a plain
 * sentence inside the main layout, so the navigation stays at hand, a link back to the claims, and a 404.
 * The router's own message (with the path and the list of routes in development) is never shown.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    /** The bundle key of the sentence for an unknown path. */
    static final String NO_SUCH_PAGE = "base.PageNotFoundView.no-such-page";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String message = parameter.getCaughtException() instanceof RecordNotFound record
                ? record.getMessage() : Texts.t(NO_SUCH_PAGE);
        ErrorPage.fill(this, "page-not-found", Texts.t("base.PageNotFoundView.not-found"), message);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
