package org.claimdesk.base;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * A path under /api/ that no endpoint serves is a 404, not Vaadin's page: Vaadin maps itself to every path
 * ("/**", just before the lowest precedence) and would answer a mistyped API call with 200, its HTML and a new
 * session. This mapping comes after every controller, so a known path with the wrong method still gets its 405,
 * and before Vaadin's. The Swagger UI's assets (static resources, mapped at the lowest precedence but one) are
 * left to their resource handler.
 */
@Component
class UnknownApiPaths extends AbstractHandlerMapping {

    UnknownApiPaths() {
        setOrder(Ordered.LOWEST_PRECEDENCE - 2); // Vaadin's forwarding mapping is LOWEST_PRECEDENCE - 1
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) throws Exception {
        if (ApiPaths.isApi(request.getContextPath(), request.getRequestURI())
                && !ApiPaths.isSwaggerUiAsset(request.getContextPath(), request.getRequestURI())) {
            // answered as problem+json by the error page (ApiErrorController), with no session
            throw new NoHandlerFoundException(request.getMethod(), request.getRequestURI(), new HttpHeaders());
        }
        return null;
    }
}
