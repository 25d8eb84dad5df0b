package org.claimdesk.base;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in user sees on a screen their role may not open (Vaadin's navigation access control reroutes
 * a signed-in user it denies to AccessDeniedException; a signed-out one goes to the sign-in page instead): a
 * plain sentence inside the main layout and a 403, never the checker's technical reason.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageAccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    /** The bundle key of the sentence shown. */
    static final String NOT_YOUR_ROLE = "base.PageAccessDeniedView.not-your-role";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        ErrorPage.fill(this, "page-access-denied", Texts.t("base.PageAccessDeniedView.not-open-to-your-role"),
                Texts.t(NOT_YOUR_ROLE));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
