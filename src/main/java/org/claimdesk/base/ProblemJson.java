package org.claimdesk.base;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a problem (RFC 9457) straight to a response, for the errors answered outside a controller: the error
 * page and Tomcat's own refusals. The same members as the problems controllers return.
 */
final class ProblemJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemJson() {
    }

    static ProblemDetail problem(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(known != null ? known : HttpStatus.BAD_REQUEST, detail);
        problem.setStatus(status);
        return problem;
    }

    static byte[] body(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType() != null ? problem.getType().toString() : "about:blank");
        members.put("title", problem.getTitle() != null ? problem.getTitle() : reason(problem.getStatus()));
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail() != null ? problem.getDetail() : reason(problem.getStatus()));
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            problem.getProperties().forEach(members::putIfAbsent);
        }
        return JSON.writeValueAsBytes(members);
    }

    static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        byte[] body = body(problem);
        response.setStatus(problem.getStatus());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }
}
