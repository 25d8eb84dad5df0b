package org.claimdesk.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.claimdesk.evidence.Corroboration;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.SourceDetails;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;

import java.util.Optional;
import java.util.function.Consumer;

/** A claim's sources with their stance and outlet, the count of independent outlets, and add/edit/remove. */
class SourcesPanel extends VerticalLayout {

    final Button addSource = new Button("Add source");
    final Span corroboration = new Span();
    final Div sourceList = new Div();

    private final EvidenceService evidence;
    private final long claimId;
    private final Runnable changed;
    private final Consumer<RuntimeException> refused;

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
        add(new H3("Sources"), corroboration, sourceList, addSource);
        refresh();
    }

    void refresh() {
        Corroboration c = evidence.corroboration(claimId);
        corroboration.setText("Independent publishers — supporting: " + c.supportingPublishers() + ", contradicting: "
                + c.contradictingPublishers() + ", context: " + c.contextPublishers());
        sourceList.removeAll();
        for (SourceDetails s : evidence.sources(claimId)) {
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
        Button edit = new Button("Edit", e -> openSourceDialog(s));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button("Remove", e -> confirmRemove(s));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        row.add(new Div(new Span("Added by " + s.addedBy() + " "), edit, remove));
        return row;
    }

    private void confirmRemove(SourceDetails s) {
        ConfirmDialog confirm = new ConfirmDialog("Remove this source?", "The removal is kept in the history.",
                "Remove", ok -> {
                    try {
                        evidence.removeSource(claimId, s.id(), s.version());
                        changed.run();
                    } catch (InputRejectedException | ConflictException problem) {
                        refused.accept(problem);
                    }
                });
        confirm.setCancelable(true);
        add(confirm);
        confirm.open();
    }

    void openSourceDialog(SourceDetails existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? "Add source" : "Edit source");
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
                    "This source was removed meanwhile. Copy what you need and add it as a new source."));
            refresh();
        });
        form.addCancelListener(e -> dialog.close());
        dialog.add(form);
        add(dialog);
        dialog.open();
    }
}
