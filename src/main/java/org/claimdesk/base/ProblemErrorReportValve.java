package org.claimdesk.base;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's last word on an error nothing else answered: a request it refuses before Spring sees it (a request
 * line or headers too long, an encoded "/" in the path, a malformed request). Under /api/, or when the path
 * is not even known, the answer is problem+json instead of Tomcat's HTML page; elsewhere Tomcat's page stays
 * (without server details, as Spring Boot sets it up).
 */
class ProblemErrorReportValve extends ErrorReportValve {

    ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        if (uri != null && !uri.isEmpty() && !ApiPaths.isApi(request.getContextPath(), uri)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        // the same guards as Tomcat's: only an error, only when nothing was written, only once, only while the
        // connection still takes output
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.resetBuffer();
            ProblemJson.write(response.getResponse(), ProblemJson.problem(status, detail(status)));
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response committed: nothing more can be said
        }
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its path (an encoded \"/\" or \"\\\" is refused), query or "
                    + "headers are malformed or too long.";
            case 413 -> "The request body is too large.";
            case 414, 431 -> "The request line or its headers are too long.";
            case 500 -> "Something went wrong on our side; it has been logged.";
            default -> "The server could not handle the request.";
        };
    }
}
