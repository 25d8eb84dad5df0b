package org.claimdesk.base;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A database refusal is a conflict only when it is a duplicate; anything else is our error, a 500. */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void a_unique_key_violation_is_a_409() {
        ResponseEntity<ProblemDetail> viaState = handler.clash(new DataIntegrityViolationException("insert",
                new RuntimeException("wrapped", new SQLException("duplicate key value", "23505"))));
        assertThat(viaState.getStatusCode().value()).isEqualTo(409);
        assertThat(handler.clash(new DuplicateKeyException("duplicate")).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void any_other_integrity_error_is_a_500_that_tells_nothing_of_the_database() {
        for (String state : new String[] {"22021", "22001", "23502", "23503", null}) {
            ResponseEntity<ProblemDetail> r = handler.clash(new DataIntegrityViolationException("insert into article",
                    new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", state)));
            assertThat(r.getStatusCode().value()).as(state).isEqualTo(500);
            assertThat(r.getBody().getDetail()).doesNotContain("UTF8").doesNotContain("insert").contains("went wrong");
        }
    }
}
