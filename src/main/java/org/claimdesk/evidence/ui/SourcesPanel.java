package org.claimdesk.evidence.ui;

import org.claimdesk.shared.ui.Texts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.evidence.Corroboration;
import org.claimdesk.evidence.EvidenceLimits;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.SourceDetails;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.ui.Notices;
import org.claimdesk.shared.ui.ReasonDialog;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A claim's sources with their stance and outlet, the count of independent outlets, and add/edit/remove. */
class SourcesPanel extends VerticalLayout {

    final Button addSource = new Button(Texts.t("evidence.SourcesPanel.add-source"));
    final Span corroboration = new Span();
    final Div sourceList = new Div();

    private final EvidenceService evidence;
    private final long claimId;
    private final Runnable changed;
    private final Consumer<RuntimeException> refused;
    /** The claim's status as last shown: removing a source under a verdict reopens the claim, so it asks why. */
    private ClaimStatus status = ClaimStatus.UNREVIEWED;
    private int count;

    /**
     * @param changed runs after a source was added, edited or removed (the claim's status may have moved)
     * @param refused shows a refusal that belongs to no form (removing a source that changed meanwhile)
     */
    SourcesPanel(EvidenceService evidence, long claimId, Runnable changed, Consumer<RuntimeException> refused) {
        this.evidence = evidence;
        this.claimId = claimId;
        this.changed = changed;
        this.refused = refused;
        setPadding(false);
        corroboration.setId("corroboration");
        sourceList.setId("sources");
        addSource.setId("source-add");
        addSource.addClickListener(e -> openSourceDialog(null));
        add(new H3(Texts.t("evidence.SourcesPanel.sources")), corroboration, sourceList, addSource);
        refresh();
    }

    /** Shows the latest sources of a claim now in this status. */
    void refresh(ClaimStatus latest) {
        status = latest;
        refresh();
    }

    /** How many sources the claim has, as last shown. */
    int count() {
        return count;
    }

    void refresh() {
        Corroboration c = evidence.corroboration(claimId);
        corroboration.setText(Texts.t("evidence.SourcesPanel.corroboration", c.supportingPublishers(),
                c.contradictingPublishers(), c.contextPublishers()));
        sourceList.removeAll();
        List<SourceDetails> list = evidence.sources(claimId);
        count = list.size();
        for (SourceDetails s : list) {
            sourceList.add(sourceRow(s));
        }
    }

    private Div sourceRow(SourceDetails s) {
        Div row = new Div();
        row.addClassName("source-row");
        row.addClassName("stance-" + s.stance().name().toLowerCase());
        Span stance = new Span(s.stance().name());
        stance.addClassName("stance");
        // the link was checked to be http(s) when it was stored
        Anchor link = new Anchor(s.url(), s.title() == null ? s.url() : s.title());
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        Span outlet = new Span((s.publisher() == null ? s.domain() : s.publisher() + " (" + s.domain() + ")"));
        Span reliability = new Span(s.reliability().name());
        reliability.addClassName("reliability");
        reliability.addClassName("reliability-" + s.reliability().name().toLowerCase());
        row.add(new Div(stance, new Span(" "), link), new Div(outlet, new Span(" · "), reliability));
        if (s.excerpt() != null) {
            Div excerpt = new Div("“" + s.excerpt() + "”");
            excerpt.addClassName("excerpt");
            row.add(excerpt);
        }
        Button edit = new Button(Texts.t("evidence.SourcesPanel.edit"), e -> openSourceDialog(s));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(Texts.t("evidence.SourcesPanel.remove"), e -> confirmRemove(s));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        row.add(new Div(new Span(Texts.t("evidence.SourcesPanel.added-by", s.addedBy()) + " "), edit, remove));
        return row;
    }

    /**
     * Asks before removing a source. Under a verdict the removal reopens the claim, so the dialog says so and
     * needs a reason, which goes into the history with the removal and the reopening.
     */
    void confirmRemove(SourceDetails s) {
        boolean reopens = EvidenceService.sourceChangeReopens(status);
        String what = (s.title() == null ? s.url() : s.title()) + (reopens
                ? "\n\n" + Texts.t(status == ClaimStatus.VERIFIED ? "evidence.SourcesPanel.removal-reopens-verified"
                : "evidence.SourcesPanel.removal-reopens-pending")
                : "");
        ReasonDialog dialog = new ReasonDialog(Texts.t("evidence.SourcesPanel.remove-this-source"), what, reopens ? "Remove and reopen" : "Remove",
                reopens, EvidenceLimits.MAX_OVERRIDE_REASON, reason -> {
                    try {
                        evidence.removeSource(claimId, s.id(), s.version(), reason);
                        changed.run();
                        Notices.success(Texts.t(reopens ? "evidence.SourcesPanel.removed-and-reopened" : "evidence.SourcesPanel.source-removed"));
                    } catch (InputRejectedException | ConflictException problem) {
                        refused.accept(problem);
                    }
                });
        dialog.setId("remove-source-dialog");
        add(dialog);
        dialog.open();
    }

    void openSourceDialog(SourceDetails existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Texts.t(existing == null ? "evidence.SourcesPanel.add-source-title" : "evidence.SourcesPanel.edit-source-title"));
        dialog.setWidth("min(48rem, 96vw)");
        dialog.setCloseOnOutsideClick(false);
        SourceForm form = new SourceForm();
        if (existing != null) {
            form.edit(existing);
        }
        form.addSaveListener(e -> {
            try {
                if (existing == null) {
                    evidence.addSource(claimId, e.input());
                } else {
                    evidence.editSource(claimId, existing.id(), e.version(), e.input());
                }
                dialog.close();
                changed.run();
                Notices.success(Texts.t(existing == null ? "evidence.SourcesPanel.source-added" : "evidence.SourcesPanel.source-saved"));
            } catch (ConflictException stale) {
                form.showConflict(stale.getMessage());
            } catch (InputRejectedException problem) {
                form.showProblem(problem.getMessage());
            }
        });
        form.addReloadListener(e -> {
            Optional<SourceDetails> latest = existing == null ? Optional.empty()
                    : evidence.sources(claimId).stream().filter(s -> s.id() == existing.id()).findFirst();
            latest.ifPresentOrElse(form::rebase, () -> form.showProblem(
                    Texts.t("evidence.SourcesPanel.removed-meanwhile")));
            refresh();
        });
        form.addCancelListener(e -> dialog.close());
        dialog.add(form);
        add(dialog);
        dialog.open();
        form.url.focus(); // "s" and "Add a source" lead straight to typing the link
    }
}
