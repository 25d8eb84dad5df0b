package org.claimdesk.evidence;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.RegisterHistory;
import org.claimdesk.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.lang.reflect.Modifier;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Every change to the publisher register and the rating scale is in a history that editors and admins read. */
@ClaimDeskSpringTest
@WithMockUser(username = "editor", roles = "EDITOR")
class RegisterHistoryTest {

    @Autowired
    PublisherRegister publishers;
    @Autowired
    RatingScale ratings;
    @Autowired
    AuditService audit;

    @Test
    void a_publishers_first_rating_and_each_later_edit_are_kept_with_who_before_and_after() {
        String domain = "history-" + TestArticles.uniqueTag() + ".example";
        PublisherDetails rated = publishers.rate(domain, "History Herald", Reliability.RELIABLE, null, -1);
        AsUser.signIn("admin", "ADMIN");
        publishers.rate(domain, "History Herald", Reliability.UNRELIABLE, "two retractions", rated.version());

        AsUser.signIn("editor", "EDITOR");
        assertThat(publishers.history(domain))
                .extracting(RegisterChange::key, RegisterChange::action, RegisterChange::field, RegisterChange::before,
                        RegisterChange::after, RegisterChange::actor)
                .containsExactly(
                        tuple(domain, "ADDED", "name", null, "History Herald", "editor"),
                        tuple(domain, "ADDED", "reliability", null, "RELIABLE", "editor"),
                        tuple(domain, "EDITED", "reliability", "RELIABLE", "UNRELIABLE", "admin"),
                        tuple(domain, "EDITED", "note", null, "two retractions", "admin"));
        assertThat(publishers.history(domain)).allSatisfy(c -> assertThat(c.at()).isNotNull());
    }

    @Test
    void a_refused_stale_rating_leaves_no_history_entry() {
        String domain = "stale-history-" + TestArticles.uniqueTag() + ".example";
        publishers.rate(domain, null, Reliability.MIXED, null, -1);
        int entries = publishers.history(domain).size();
        assertThatThrownBy(() -> publishers.rate(domain, null, Reliability.RELIABLE, null, -1))
                .isInstanceOf(ConflictException.class);
        assertThat(publishers.history(domain)).hasSize(entries);
    }

    @Test
    void a_domain_never_rated_has_an_empty_history() {
        assertThat(publishers.history("never-rated-" + TestArticles.uniqueTag() + ".example")).isEmpty();
    }

    @Test
    void an_edit_of_a_rating_label_is_kept_with_who_before_and_after() {
        RatingLabelDetails unproven = ratings.labels().stream().filter(l -> l.rating() == Rating.UNPROVEN).findFirst()
                .orElseThrow();
        String label = "Unproven " + TestArticles.uniqueTag();
        AsUser.signIn("admin", "ADMIN");
        RatingLabelDetails renamed = ratings.update(Rating.UNPROVEN, label, unproven.color(), unproven.score(),
                unproven.reviewText(), unproven.version());
        try {
            AsUser.signIn("editor", "EDITOR");
            assertThat(ratings.history()).filteredOn(c -> label.equals(c.after()))
                    .singleElement().satisfies(c -> {
                        assertThat(c.key()).isEqualTo("UNPROVEN");
                        assertThat(c.action()).isEqualTo("EDITED");
                        assertThat(c.field()).isEqualTo("label");
                        assertThat(c.before()).isEqualTo(unproven.label());
                        assertThat(c.actor()).isEqualTo("admin");
                        assertThat(c.at()).isNotNull();
                    });
        } finally {
            AsUser.signIn("admin", "ADMIN");
            ratings.update(Rating.UNPROVEN, unproven.label(), unproven.color(), unproven.score(), unproven.reviewText(),
                    renamed.version());
        }
    }

    @Test
    void fact_checkers_cannot_read_the_registers_history_by_any_way() {
        String domain = "secret-history-" + TestArticles.uniqueTag() + ".example";
        publishers.rate(domain, null, Reliability.MIXED, null, -1);
        AsUser.signIn("checker", "FACT_CHECKER");
        assertThatThrownBy(() -> publishers.history(domain)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> ratings.history()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> audit.history(RegisterHistory.PUBLISHER, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.history(RegisterHistory.RATING_LABEL, 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_registers_history_offers_no_way_to_change_or_delete_an_entry() {
        assertThat(Arrays.stream(RegisterHistory.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(java.lang.reflect.Method::getName))
                .containsOnly("of", "ofAll");
    }
}
