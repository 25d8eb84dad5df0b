package org.claimdesk.article;

import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.claim.ClaimFilter;
import org.claimdesk.claim.ClaimService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Services guard themselves: without a signed-in user nothing is read or written. */
@ClaimDeskSpringTest
class UnauthenticatedServiceCallsTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    @Test
    void services_refuse_callers_who_are_not_signed_in() {
        assertThatThrownBy(() -> articles.count(null)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> claims.count(ClaimFilter.ALL)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> articles.importArticle(new ArticleImport("t", null, null, null, "Officials said so.")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
