package org.claimdesk.article.ui;

import org.claimdesk.shared.ui.Notices;
import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.MergePreview;
import org.claimdesk.claim.StaleClaimException;
import org.claimdesk.claim.ui.EditClaimDialog;
import org.claimdesk.shared.InputRejectedException;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The corrections a fact-checker makes on the article page, each through its dialog: add a missed claim from a
 * selection, edit, split, merge two, delete. A refusal keeps the dialog and the input; a stale edit can be
 * reloaded onto the other person's version without losing the input.
 */
class ClaimCorrectionActions {

    private final ArticleService articles;
    private final ClaimCorrections corrections;
    private final Supplier<ArticleDetails> article;
    private final Runnable reload;

    /**
     * @param article the article as the page shows it now
     * @param reload  re-reads the article and redraws the page
     */
    ClaimCorrectionActions(ArticleService articles, ClaimCorrections corrections,
                           Supplier<ArticleDetails> article, Runnable reload) {
        this.articles = articles;
        this.corrections = corrections;
        this.article = article;
        this.reload = reload;
    }

    /** Opens the form for a claim the engine missed; called with the selection's offsets in the text. */
    void add(int start, int end) {
        AddClaimDialog dialog = new AddClaimDialog(article.get().text(), start, end);
        dialog.addSaveListener(e -> {
            try {
                articles.addClaimFromSelection(article.get().id(), e.start(), e.end(), e.claimant(), e.type());
                dialog.close();
                reload.run();
                notify(Texts.t("article.ClaimCorrectionActions.claim-added"), false);
            } catch (InputRejectedException rejected) {
                dialog.showProblem(rejected.getMessage());
            }
        });
        open(dialog);
    }

    void edit(ClaimDetails claim) {
        EditClaimDialog dialog = new EditClaimDialog(claim);
        dialog.form().addSaveListener(e -> {
            try {
                corrections.edit(claim.id(), e.version(), e.edit());
                dialog.close();
                reload.run();
                notify(Texts.t("article.ClaimCorrectionActions.claim-saved"), false);
            } catch (StaleClaimException stale) {
                dialog.form().showConflict(stale.getMessage());
            } catch (InputRejectedException rejected) {
                dialog.form().showProblem(rejected.getMessage());
            }
        });
        dialog.form().addReloadListener(e -> {
            reload.run();
            latest(claim.id()).ifPresentOrElse(latest -> dialog.form().rebase(latest, true),
                    () -> dialog.form().showProblem(Texts.t("article.ClaimCorrectionActions.claim-gone-meanwhile")));
        });
        open(dialog);
    }

    void split(ClaimDetails claim) {
        SplitClaimDialog dialog = new SplitClaimDialog(article.get().text().substring(claim.start(), claim.end()));
        dialog.addSplitListener(e -> {
            try {
                corrections.split(claim.id(), claim.version(), e.offset());
                dialog.close();
                reload.run();
                notify(Texts.t("article.ClaimCorrectionActions.claim-split-in-two"), false);
            } catch (StaleClaimException | InputRejectedException problem) {
                dialog.showProblem(problem.getMessage());
            }
        });
        open(dialog);
    }

    /** Shows what the merge of two claims would give and merges them once confirmed. */
    void merge(List<ClaimDetails> two) {
        List<ClaimDetails> sorted = two.stream().sorted(Comparator.comparingInt(ClaimDetails::start)).toList();
        ClaimDetails first = sorted.get(0);
        ClaimDetails second = sorted.get(1);
        MergePreview preview;
        try {
            preview = corrections.previewMerge(first.id(), second.id());
        } catch (InputRejectedException refused) {
            notify(refused.getMessage(), true);
            return;
        }
        MergeClaimsDialog dialog = new MergeClaimsDialog(preview);
        dialog.addConfirmListener(e -> {
            try {
                corrections.merge(first.id(), first.version(), second.id(), second.version(), e.keepClaimantOf());
                dialog.close();
                reload.run();
                notify(Texts.t("article.ClaimCorrectionActions.claims-merged"), false);
            } catch (StaleClaimException | InputRejectedException problem) {
                dialog.showProblem(problem.getMessage());
            }
        });
        open(dialog);
    }

    void delete(ClaimDetails claim) {
        ConfirmDialog confirm = new ConfirmDialog(Texts.t("article.ClaimCorrectionActions.delete-this-claim"),
                Texts.t("article.ClaimCorrectionActions.claim-will-be-removed", claim.text()),
                Texts.t("article.ClaimCorrectionActions.delete"), e -> {
                    try {
                        corrections.delete(claim.id(), claim.version());
                        reload.run();
                        notify(Texts.t("article.ClaimCorrectionActions.claim-deleted"), false);
                    } catch (StaleClaimException | InputRejectedException refused) {
                        notify(refused.getMessage(), true);
                    }
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("confirm-delete");
        open(confirm);
    }

    private Optional<ClaimDetails> latest(long claimId) {
        return article.get().claims().stream().filter(c -> c.id() == claimId).findFirst();
    }

    /**
     * Opens a dialog on the UI, not inside the page: the page redraws itself after a change (for instance when
     * an edit is reloaded onto the other person's version), and a dialog inside it would be removed with it.
     */
    private static void open(com.vaadin.flow.component.Component dialog) {
        if (dialog instanceof com.vaadin.flow.component.dialog.Dialog d) {
            d.open();
        } else if (dialog instanceof ConfirmDialog c) {
            c.open();
        }
    }

    static void notify(String message, boolean error) {
        if (error) {
            Notices.error(message);
        } else {
            Notices.success(message);
        }
    }
}
