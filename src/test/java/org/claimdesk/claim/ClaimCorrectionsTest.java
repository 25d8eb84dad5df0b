package org.claimdesk.claim;

import org.claimdesk.extraction.ClaimType;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ClaimCorrectionsTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimCorrections corrections;
    @Autowired
    AuditService audit;

    private ArticleDetails imported() {
        String tag = TestArticles.uniqueTag();
        return articles.importArticle(new ArticleImport("Corrections " + tag, null, null, null, TestArticles.story(tag)));
    }

    private static ClaimDetails claimContaining(ArticleDetails a, String words) {
        return a.claims().stream().filter(c -> c.text().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void an_edit_changes_text_claimant_and_type_and_is_kept_in_the_history() {
        ClaimDetails c = claimContaining(imported(), "garden watering");
        ClaimType newType = c.type() == ClaimType.EVENT ? ClaimType.STATEMENT : ClaimType.EVENT;
        ClaimDetails edited = corrections.edit(c.id(), c.version(),
                new ClaimEdit("The town will limit garden watering", "Miriam Okafor", "board chair", newType));

        assertThat(edited.text()).isEqualTo("The town will limit garden watering");
        assertThat(edited.type()).isEqualTo(newType);
        assertThat(edited.claimantDescription()).isEqualTo("board chair");
        assertThat(edited.updatedBy()).isEqualTo("checker");
        assertThat(edited.version()).isGreaterThan(c.version());
        List<HistoryEntry> history = audit.history("CLAIM", c.id());
        assertThat(history).extracting(HistoryEntry::action).contains("EXTRACTED", "EDITED");
        assertThat(history).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("type");
            assertThat(h.before()).isEqualTo(c.type().name());
            assertThat(h.after()).isEqualTo(newType.name());
            assertThat(h.actor()).isEqualTo("checker");
        });
    }

    @Test
    void a_save_on_a_stale_version_is_refused_naming_who_changed_the_claim() {
        ClaimDetails c = claimContaining(imported(), "garden watering");
        corrections.edit(c.id(), c.version(), new ClaimEdit("first edit", c.claimant(), null, c.type()));

        assertThatThrownBy(() -> corrections.edit(c.id(), c.version(),
                new ClaimEdit("second edit on the old version", c.claimant(), null, c.type())))
                .isInstanceOfSatisfying(StaleClaimException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("checker");
                    assertThat(e.getMessage()).contains("checker").contains("changed this claim");
                });
        assertThat(claims.get(c.id()).text()).isEqualTo("first edit");
    }

    @Test
    void an_edit_without_claimant_or_text_is_refused() {
        ClaimDetails c = claimContaining(imported(), "garden watering");
        assertThatThrownBy(() -> corrections.edit(c.id(), c.version(), new ClaimEdit(" ", "x", null, c.type())))
                .isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> corrections.edit(c.id(), c.version(), new ClaimEdit("words", "", null, c.type())))
                .isInstanceOf(InputRejectedException.class);
    }

    @Test
    void a_false_claim_is_deleted_and_its_history_stays() {
        ClaimDetails c = claimContaining(imported(), "garden watering");
        corrections.delete(c.id(), c.version());
        assertThatThrownBy(() -> claims.get(c.id())).isInstanceOf(NotFoundException.class);
        assertThat(audit.history("CLAIM", c.id())).extracting(HistoryEntry::action).contains("DELETED");
    }

    @Test
    void a_claim_is_added_from_a_selection_of_the_article_text_with_its_figures() {
        ArticleDetails a = imported();
        int start = a.text().indexOf("The reservoir was built");
        int end = a.text().indexOf("three towns.") + "three towns.".length();
        ClaimDetails added = articles.addClaimFromSelection(a.id(), start, end, "the article", ClaimType.EVENT);

        assertThat(added.text()).isEqualTo(a.text().substring(start, end));
        assertThat(added.start()).isEqualTo(start);
        assertThat(added.origin()).isEqualTo(ClaimOrigin.MANUAL);
        // "1961" is a year, not a figure; "three towns" counts something
        assertThat(added.quantities()).extracting(q -> q.value()).containsExactly(3.0);
        assertThat(articles.get(a.id()).claims()).hasSize(a.claims().size() + 1);
        assertThat(audit.history("CLAIM", added.id())).extracting(HistoryEntry::action).containsExactly("ADDED");

        assertThatThrownBy(() -> articles.addClaimFromSelection(a.id(), 10, 5, "x", ClaimType.EVENT))
                .isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> articles.addClaimFromSelection(a.id(), 0, a.text().length() + 5, "x", ClaimType.EVENT))
                .isInstanceOf(InputRejectedException.class);
    }

    @Test
    void figures_in_a_selected_claim_are_parsed_like_extractions() {
        ArticleDetails a = imported();
        int start = a.text().indexOf("the reservoir held 41 percent");
        int end = start + "the reservoir held 41 percent".length();
        ClaimDetails added = articles.addClaimFromSelection(a.id(), start, end, "the water board", ClaimType.STATISTIC);
        assertThat(added.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(41.0);
            assertThat(q.unit()).isEqualTo("percent");
        });
    }

    @Test
    void a_claim_is_split_in_two_and_each_part_keeps_its_figures() {
        ArticleDetails a = imported();
        int start = a.text().indexOf("The reservoir was built");
        int end = a.text().indexOf("three towns.") + "three towns.".length();
        ClaimDetails whole = articles.addClaimFromSelection(a.id(), start, end, "the article", ClaimType.EVENT);
        int at = whole.text().indexOf("supplies");

        List<ClaimDetails> parts = corrections.split(whole.id(), whole.version(), at);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).text()).isEqualTo("The reservoir was built in 1961 and");
        assertThat(parts.get(1).text()).isEqualTo("supplies three towns.");
        assertThat(parts.get(1).claimant()).isEqualTo("the article");
        assertThat(a.text().substring(parts.get(1).start(), parts.get(1).end())).isEqualTo("supplies three towns.");
        assertThatThrownBy(() -> corrections.split(parts.get(0).id(), parts.get(0).version(), 0))
                .isInstanceOf(InputRejectedException.class);
    }

    @Test
    void a_claim_whose_words_were_edited_is_not_split_so_the_edit_is_not_lost() {
        ClaimDetails c = claimContaining(imported(), "hectares");
        ClaimDetails edited = corrections.edit(c.id(), c.version(),
                new ClaimEdit("Up to 2,500 hectares of crops could fail", c.claimant(), null, c.type()));
        assertThatThrownBy(() -> corrections.split(edited.id(), edited.version(), 5))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("edited");
        assertThat(claims.get(c.id()).text()).isEqualTo("Up to 2,500 hectares of crops could fail");
    }

    @Test
    void two_claims_are_merged_into_one_covering_both() {
        ArticleDetails a = imported();
        List<ClaimDetails> sorted = a.claims().stream()
                .sorted(java.util.Comparator.comparingInt(ClaimDetails::start)).toList();
        ClaimDetails first = sorted.get(sorted.size() - 2);
        ClaimDetails second = sorted.get(sorted.size() - 1);
        int figures = first.quantities().size() + second.quantities().size();

        ClaimDetails merged = corrections.merge(first.id(), first.version(), second.id(), second.version(), first.id());

        assertThat(merged.start()).isEqualTo(first.start());
        assertThat(merged.end()).isEqualTo(second.end());
        assertThat(merged.quantities()).hasSize(figures);
        assertThatThrownBy(() -> claims.get(second.id())).isInstanceOf(NotFoundException.class);
        assertThat(audit.history("CLAIM", second.id())).extracting(HistoryEntry::action).contains("MERGED_INTO");
        assertThatThrownBy(() -> corrections.merge(merged.id(), merged.version(), merged.id(), merged.version(), null))
                .isInstanceOf(InputRejectedException.class);
    }

    @Test
    void claims_of_different_articles_cannot_be_merged() {
        ClaimDetails one = imported().claims().getFirst();
        ClaimDetails other = imported().claims().getFirst();
        assertThatThrownBy(() -> corrections.merge(one.id(), one.version(), other.id(), other.version(), null))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("same article");
    }

    @Test
    void claims_of_different_claimants_are_merged_only_when_told_which_claimant_stays() {
        List<ClaimDetails> sorted = imported().claims().stream()
                .sorted(java.util.Comparator.comparingInt(ClaimDetails::start)).toList();
        ClaimDetails okafor = sorted.get(sorted.size() - 2);
        ClaimDetails dragan = sorted.get(sorted.size() - 1);
        assertThat(okafor.claimant()).isNotEqualToIgnoringCase(dragan.claimant());

        assertThatThrownBy(() -> corrections.merge(okafor.id(), okafor.version(), dragan.id(), dragan.version(), null))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("different claimants")
                .hasMessageContaining(okafor.claimant()).hasMessageContaining(dragan.claimant());
        assertThat(claims.get(dragan.id()).text()).isEqualTo(dragan.text());

        ClaimDetails merged = corrections.merge(okafor.id(), okafor.version(), dragan.id(), dragan.version(), dragan.id());
        assertThat(merged.claimant()).isEqualTo(dragan.claimant());
        assertThat(merged.claimantDescription()).isEqualTo(dragan.claimantDescription());
    }

    @Test
    void a_merge_whose_span_would_swallow_another_claim_is_refused() {
        List<ClaimDetails> sorted = imported().claims().stream()
                .sorted(java.util.Comparator.comparingInt(ClaimDetails::start)).toList();
        ClaimDetails first = sorted.getFirst();
        ClaimDetails last = sorted.getLast();
        assertThat(sorted).hasSizeGreaterThan(2);

        assertThatThrownBy(() -> corrections.merge(first.id(), first.version(), last.id(), last.version(), first.id()))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("cover other claims")
                .hasMessageContaining("#" + sorted.get(1).id());
        assertThatThrownBy(() -> corrections.previewMerge(first.id(), last.id()))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("cover other claims");
        assertThat(claims.get(last.id()).id()).isEqualTo(last.id());
    }

    @Test
    void a_merge_records_both_originals_in_full_in_the_history() {
        List<ClaimDetails> sorted = imported().claims().stream()
                .sorted(java.util.Comparator.comparingInt(ClaimDetails::start)).toList();
        ClaimDetails first = sorted.get(sorted.size() - 2);
        ClaimDetails second = sorted.get(sorted.size() - 1);

        ClaimDetails merged = corrections.merge(first.id(), first.version(), second.id(), second.version(), first.id());

        HistoryEntry entry = audit.history("CLAIM", merged.id()).stream().filter(h -> h.action().equals("MERGED"))
                .findFirst().orElseThrow();
        assertThat(entry.before()).contains(first.text()).contains(first.claimant())
                .contains(second.text()).contains(second.claimant()).contains("2,500 hectares")
                .contains("characters " + second.start() + "–" + second.end());
        HistoryEntry into = audit.history("CLAIM", second.id()).stream().filter(h -> h.action().equals("MERGED_INTO"))
                .findFirst().orElseThrow();
        assertThat(into.before()).contains(second.text()).contains(second.claimant());
    }
}
