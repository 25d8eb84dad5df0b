package org.claimdesk.base;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/**
 * The error page (/error) for errors raised before any controller ran: a method or media type an endpoint does
 * not take (405, 415), a path no endpoint serves (404), a path the firewall refuses (400). Under /api/ they are
 * problem+json whatever the client accepts; everywhere else Spring Boot's page stays as it was.
 */
@Controller
class ApiErrorController extends BasicErrorController {

    private final ErrorAttributes errorAttributes;

    ApiErrorController(ErrorAttributes errorAttributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
        super(errorAttributes, web.getError(), resolvers.orderedStream().toList());
        this.errorAttributes = errorAttributes;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (ApiPaths.isApi(request)) {
            writeProblem(request, response);
            return null; // answered
        }
        return super.errorHtml(request, response);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (ApiPaths.isApi(request)) {
            HttpServletResponse response = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                    ? a.getResponse() : null;
            if (response != null) {
                writeProblem(request, response);
                return null; // answered
            }
        }
        return super.error(request);
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response) {
        try {
            // a filter that met an unreachable database (an API token looked up) is a 503, as in a controller
            if (org.claimdesk.shared.DatabaseOutage.isOutage(errorAttributes.getError(new ServletWebRequest(request)))) {
                response.setHeader("Retry-After", String.valueOf(org.claimdesk.shared.DatabaseOutage.RETRY_AFTER_SECONDS));
                ProblemJson.write(response, ApiExceptionHandler.outageProblem());
                return;
            }
            ProblemJson.write(response, problem(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProblemDetail problem(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        ProblemDetail problem = error instanceof ErrorResponse answer && answer.getStatusCode().value() == status.value()
                ? answer.getBody() : ProblemJson.problem(status.value(), detail(status, request));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (problem.getInstance() == null && path instanceof String p) {
            try {
                problem.setInstance(URI.create(p));
            } catch (IllegalArgumentException e) {
                // a path that is not a valid URI (the reason for the 400, often): the problem goes without it
            }
        }
        return problem;
    }

    private static String detail(HttpStatus status, HttpServletRequest request) {
        return switch (status) {
            case BAD_REQUEST -> "The request could not be read: its path (no \"//\", no encoded \"/\" or \"..\"), "
                    + "query or headers are malformed.";
            case NOT_FOUND -> "No endpoint serves " + request.getMethod() + " "
                    + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + ".";
            case UNAUTHORIZED -> "Sign in with HTTP Basic credentials.";
            case FORBIDDEN -> "Your role does not allow this.";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side; it has been logged.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
