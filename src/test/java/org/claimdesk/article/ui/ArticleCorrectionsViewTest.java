package org.claimdesk.article.ui;

import org.claimdesk.ClaimDeskSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimEdit;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.claim.ui.EditClaimDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A fact-checker corrects extraction on the article page: edit, delete, add from selection, split, merge. */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ArticleCorrectionsViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimCorrections corrections;

    private ArticleDetails article;

    private ArticleView open() {
        String tag = TestArticles.uniqueTag();
        article = articles.importArticle(new ArticleImport("Corrections view " + tag, null, null, null,
                TestArticles.story(tag)));
        return navigate("articles/" + article.id(), ArticleView.class);
    }

    private int rowOf(ArticleView view, String words) {
        var grid = test(view.claims);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).text().contains(words)) {
                return i;
            }
        }
        throw new AssertionError("no claim with " + words);
    }

    private List<ClaimDetails> stored() {
        return articles.get(article.id()).claims();
    }

    @Test
    void a_claim_is_corrected_in_the_edit_dialog() {
        ArticleView view = open();
        test(view.claims).select(rowOf(view, "hectares"));
        test(view.edit).click();
        EditClaimDialog dialog = find(EditClaimDialog.class).single();
        test(find(TextField.class, dialog).withId("claim-form-claimant").single()).setValue("Pavel Dragan (farmers' union)");
        test(find(Select.class, dialog).withId("claim-form-type").single()).selectItem("PREDICTION");
        test(find(Button.class, dialog).withId("claim-form-save").single()).click();

        ClaimDetails saved = stored().stream().filter(c -> c.text().contains("hectares")).findFirst().orElseThrow();
        assertThat(saved.claimant()).isEqualTo("Pavel Dragan (farmers' union)");
        assertThat(saved.type()).isEqualTo(ClaimType.PREDICTION);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_conflicting_save_shows_who_changed_the_claim_and_keeps_the_input() {
        ArticleView view = open();
        test(view.claims).select(rowOf(view, "hectares"));
        test(view.edit).click();
        EditClaimDialog dialog = find(EditClaimDialog.class).single();
        TextArea text = find(TextArea.class, dialog).withId("claim-form-text").single();
        test(text).setValue("My careful correction");

        // meanwhile a colleague saves the same claim
        ClaimDetails c = stored().stream().filter(x -> x.text().contains("hectares")).findFirst().orElseThrow();
        corrections.edit(c.id(), c.version(), new ClaimEdit("Colleague's version", c.claimant(), null, c.type()));

        test(find(Button.class, dialog).withId("claim-form-save").single()).click();
        Paragraph message = find(Paragraph.class, dialog).withId("claim-form-message").single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("checker").contains("changed this claim");
        assertThat(text.getValue()).isEqualTo("My careful correction");
        assertThat(stored()).anySatisfy(x -> assertThat(x.text()).isEqualTo("Colleague's version"));
    }

    @Test
    void the_edit_dialog_reloads_the_other_persons_version_and_keeps_only_my_changes() {
        ArticleView view = open();
        test(view.claims).select(rowOf(view, "hectares"));
        test(view.edit).click();
        EditClaimDialog dialog = find(EditClaimDialog.class).single();
        test(find(TextField.class, dialog).withId("claim-form-description").single()).setValue("union leader");

        ClaimDetails c = stored().stream().filter(x -> x.text().contains("hectares")).findFirst().orElseThrow();
        corrections.edit(c.id(), c.version(), new ClaimEdit(c.text(), "Pavel Dragan (FU)", c.claimantDescription(), c.type()));

        test(find(Button.class, dialog).withId("claim-form-save").single()).click();
        Button reload = find(Button.class, dialog).withId("claim-form-reload").single();
        assertThat(reload.isVisible()).isTrue();
        test(reload).click();
        assertThat(find(TextField.class, dialog).withId("claim-form-claimant").single().getValue()).isEqualTo("Pavel Dragan (FU)");
        test(find(Button.class, dialog).withId("claim-form-save").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        ClaimDetails saved = stored().stream().filter(x -> x.id() == c.id()).findFirst().orElseThrow();
        assertThat(saved.claimant()).isEqualTo("Pavel Dragan (FU)");
        assertThat(saved.claimantDescription()).isEqualTo("union leader");
    }

    @Test
    void closing_the_edit_dialog_with_unsaved_input_asks_first() {
        ArticleView view = open();
        test(view.claims).select(rowOf(view, "hectares"));
        test(view.edit).click();
        EditClaimDialog dialog = find(EditClaimDialog.class).single();
        test(find(TextArea.class, dialog).withId("claim-form-text").single()).setValue("Unsaved words");

        test(find(Button.class, dialog).withId("claim-form-cancel").single()).click();
        ConfirmDialog ask = find(ConfirmDialog.class).withId("confirm-discard").single();
        assertThat(ask.isOpened()).isTrue();
        assertThat(dialog.isOpened()).as("still open until the person discards").isTrue();
        test(ask).cancel();
        assertThat(find(TextArea.class, dialog).withId("claim-form-text").single().getValue()).isEqualTo("Unsaved words");
        test(find(Button.class, dialog).withId("claim-form-cancel").single()).click();
        test(find(ConfirmDialog.class).withId("confirm-discard").all().getLast()).confirm();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_false_claim_is_deleted_after_confirmation() {
        ArticleView view = open();
        int before = stored().size();
        test(view.claims).select(rowOf(view, "garden watering"));
        test(view.delete).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(stored()).hasSize(before - 1).noneSatisfy(c -> assertThat(c.text()).contains("garden watering"));
    }

    @Test
    void a_missed_claim_is_added_from_a_text_selection() {
        ArticleView view = open();
        int start = article.text().indexOf("The reservoir was built");
        int end = article.text().indexOf("three towns.") + "three towns.".length();
        view.openAddDialog(start, end); // what the selection's JavaScript reports to the server

        AddClaimDialog dialog = find(AddClaimDialog.class).single();
        assertThat(dialog.selected.getText()).isEqualTo("The reservoir was built in 1961 and supplies three towns.");
        test(dialog.claimant).setValue("the article");
        test(dialog.type).selectItem("EVENT");
        test(dialog.save).click();

        assertThat(stored()).anySatisfy(c -> {
            assertThat(c.start()).isEqualTo(start);
            assertThat(c.claimant()).isEqualTo("the article");
            assertThat(c.type()).isEqualTo(ClaimType.EVENT);
        });
        assertThat(view.text.getElement().getTextRecursively()).isEqualTo(article.text());
    }

    @Test
    void a_claim_is_split_at_a_chosen_word() {
        ArticleView view = open();
        int before = stored().size();
        test(view.claims).select(rowOf(view, "hectares"));
        test(view.split).click();
        SplitClaimDialog dialog = find(SplitClaimDialog.class).single();
        test(wordButton(dialog, "could")).click();
        test(dialog.save).click();

        List<ClaimDetails> after = stored();
        assertThat(after).hasSize(before + 1);
        assertThat(after).anySatisfy(c -> assertThat(c.text()).startsWith("could fail"));
    }

    private static com.vaadin.flow.component.html.NativeButton wordButton(SplitClaimDialog dialog, String word) {
        return dialog.wordButtons.stream().filter(b -> b.getText().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no word button " + word));
    }

    @Test
    void clicking_a_word_of_the_claim_splits_it_there_into_two_claims_with_the_same_claimant_and_cue() {
        ArticleView view = open();
        ClaimDetails original = stored().stream().filter(c -> c.text().contains("hectares")).findFirst().orElseThrow();
        assertThat(original.cue()).as("the story's hectares claim has a cue").isNotBlank();
        int before = stored().size();
        test(view.claims).select(rowOf(view, "hectares"));
        test(view.split).click();
        SplitClaimDialog dialog = find(SplitClaimDialog.class).single();
        // the claim's words, as text: every word after the first is a button, and the first part is shown
        String span = article.text().substring(original.start(), original.end());
        assertThat(dialog.words.getElement().getTextRecursively()).isEqualTo(span);
        assertThat(dialog.wordButtons).hasSize(span.strip().split("\\s+").length - 1);

        test(wordButton(dialog, "could")).click();
        assertThat(wordButton(dialog, "could").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(dialog.secondPart.getText()).startsWith("could fail");
        assertThat(dialog.firstPart.getText()).endsWith("crops");
        test(dialog.save).click();

        List<ClaimDetails> after = stored();
        assertThat(after).hasSize(before + 1);
        ClaimDetails first = after.stream().filter(c -> c.id() == original.id()).findFirst().orElseThrow();
        ClaimDetails second = after.stream().filter(c -> c.text().startsWith("could fail")).findFirst().orElseThrow();
        assertThat(first.text()).endsWith("crops").doesNotContain("could");
        assertThat(second.text()).isEqualTo(span.substring(span.indexOf("could")).strip());
        assertThat(second.claimant()).isEqualTo(original.claimant());
        assertThat(second.claimantDescription()).isEqualTo(original.claimantDescription());
        assertThat(second.cue()).isEqualTo(original.cue());
        assertThat(second.via()).isEqualTo(original.via());
        assertThat(second.type()).isEqualTo(original.type());
    }

    @Test
    void split_asks_for_a_word_before_it_splits() {
        ArticleView view = open();
        int before = stored().size();
        test(view.claims).select(rowOf(view, "hectares"));
        test(view.split).click();
        SplitClaimDialog dialog = find(SplitClaimDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.problem.isError()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(stored()).hasSize(before);
    }

    @Test
    void two_claims_are_merged() {
        ArticleView view = open();
        List<ClaimDetails> sorted = stored().stream().sorted(Comparator.comparingInt(ClaimDetails::start)).toList();
        int before = sorted.size();
        ClaimDetails first = sorted.get(before - 2);
        ClaimDetails second = sorted.get(before - 1);
        view.claims.select(view.claims.getListDataView().getItems().filter(c -> c.id() == first.id()).findFirst().orElseThrow());
        view.claims.select(view.claims.getListDataView().getItems().filter(c -> c.id() == second.id()).findFirst().orElseThrow());
        assertThat(view.merge.isEnabled()).isTrue();
        test(view.merge).click();
        MergeClaimsDialog dialog = find(MergeClaimsDialog.class).single();
        assertThat(stored()).as("nothing merged before confirming").hasSize(before);
        assertThat(dialog.claimant.isVisible()).as("different claimants: choose one").isTrue();
        test(dialog.confirm).click();
        assertThat(dialog.problem.getText()).contains("choose which one");
        dialog.claimant.setValue(second.id());
        test(dialog.confirm).click();

        List<ClaimDetails> after = stored();
        assertThat(after).hasSize(before - 1);
        assertThat(after).anySatisfy(c -> {
            assertThat(c.start()).isEqualTo(first.start());
            assertThat(c.end()).isEqualTo(second.end());
            assertThat(c.claimant()).isEqualTo(second.claimant());
        });
    }
}
