package org.claimdesk.base;

import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.DatabaseOutage;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.sql.SQLException;

/**
 * Turns every error of the REST API into application/problem+json (RFC 9457): 400 for rejected input, 403,
 * 404, 409 for duplicates and stale versions; anything unexpected (a database error that is not a duplicate
 * included) is logged once and answered with a 500 that tells nothing of the internals; an unreachable database
 * is a 503 with Retry-After (DatabaseOutage), since trying again later will work. Spring MVC's own errors
 * (unreadable JSON, a bad parameter) come from the superclass as problem+json too, naming the field at fault.
 * Errors raised before a controller is chosen (405, 415, an unknown path) are answered by ApiErrorController.
 */
@RestControllerAdvice(basePackages = "org.claimdesk")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InputRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(InputRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleVersion(ObjectOptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this record since you read it; reload and apply your change again.");
        problem.setTitle("Conflict");
        return ResponseEntity.of(problem).build();
    }

    /**
     * A duplicate (a unique key the database refused, because two people saved the same thing at once) is a
     * conflict; any other integrity error (a value the database cannot store, a missing reference) is our
     * fault, not the client's: a 500, logged.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> clash(DataIntegrityViolationException e) {
        if (!isDuplicate(e)) {
            return unexpected(e);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone saved the same record at the same moment; reload and try again.");
        problem.setTitle("Conflict");
        return ResponseEntity.of(problem).build();
    }

    /** SQLSTATE 23505 is unique_violation in SQL and on both PostgreSQL and H2. */
    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DuplicateKeyException || t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** An unreadable body says which field is wrong and what it must be. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        UnreadableJson why = UnreadableJson.of(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, why.detail());
        problem.setTitle("Invalid input");
        if (why.field() != null) {
            problem.setProperty("field", why.field());
        }
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /** A query parameter or path segment of the wrong type names the parameter. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        if (e.getPropertyName() == null) {
            return super.handleTypeMismatch(e, headers, status, request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                "The " + e.getPropertyName() + " " + UnreadableJson.expected(e.getRequiredType()) + ".");
        problem.setTitle("Invalid input");
        problem.setProperty("field", e.getPropertyName());
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        ResponseEntity<Object> answer = super.handleMissingServletRequestParameter(e, headers, status, request);
        if (answer.getBody() instanceof ProblemDetail problem) {
            problem.setProperty("field", e.getParameterName());
        }
        return answer;
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this.");
        problem.setTitle("Forbidden");
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseOutage.isOutage(e)) {
            return databaseUnavailable(e);
        }
        log.error("Unexpected error in the API", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; it has been logged.");
        problem.setTitle("Internal error");
        return ResponseEntity.of(problem).build();
    }

    /** The database cannot be reached (stopped, restarting, network): temporary, so a 503 that says when to retry. */
    static ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        // a warning without the stack trace: during an outage every request fails the same way
        log.warn("Database unavailable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
                .body(outageProblem());
    }

    static ProblemDetail outageProblem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE);
        problem.setTitle("Database unavailable");
        return problem;
    }
}
