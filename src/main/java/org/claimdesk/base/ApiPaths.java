package org.claimdesk.base;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Which requests belong to the REST API: its errors are problem+json, never an HTML page. */
final class ApiPaths {

    static final String PREFIX = "/api/";

    private ApiPaths() {
    }

    /** The request's path is under /api/ (for an error dispatch: the path that failed). */
    static boolean isApi(HttpServletRequest request) {
        return isApi(request.getContextPath(), (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                || isApi(request.getContextPath(), request.getRequestURI());
    }

    static boolean isApi(String contextPath, String uri) {
        return uri != null && uri.startsWith((contextPath == null ? "" : contextPath) + PREFIX);
    }
}
