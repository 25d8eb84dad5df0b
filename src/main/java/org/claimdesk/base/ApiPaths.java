package org.claimdesk.base;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Which requests belong to the REST API: its errors are problem+json, never an HTML page. */
final class ApiPaths {

    static final String PREFIX = "/api/";
    static final String SWAGGER_UI_ASSETS = "/api/v1/swagger-ui/";

    private ApiPaths() {
    }

    /** The request's path is under /api/ (for an error dispatch: the path that failed). */
    static boolean isApi(HttpServletRequest request) {
        return isApi(request.getContextPath(), (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                || isApi(request.getContextPath(), request.getRequestURI());
    }

    /** springdoc serves the Swagger UI's files from its webjar under the UI page's folder (application.yml). */
    static boolean isSwaggerUiAsset(String contextPath, String uri) {
        return uri != null && uri.startsWith((contextPath == null ? "" : contextPath) + SWAGGER_UI_ASSETS);
    }

    static boolean isApi(String contextPath, String uri) {
        return uri != null && uri.startsWith((contextPath == null ? "" : contextPath) + PREFIX);
    }
}
