package org.claimdesk.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimWorkflow;
import org.claimdesk.claim.StaleClaimException;
import org.claimdesk.evidence.Corroboration;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.RatingLabelView;
import org.claimdesk.evidence.RatingScale;
import org.claimdesk.evidence.SourceView;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.evidence.VerdictView;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The verification part of one claim page: sources, corroboration, verdict, approval. */
class VerificationSection extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Button addSource = new Button("Add source");
    final Button approve = new Button("Approve verdict");
    final Button reopen = new Button("Reopen");
    final Button copyVerdict = new Button("Copy verdict to the same claim elsewhere");
    final Span corroboration = new Span();
    final Div sourceList = new Div();
    final VerdictForm verdictForm;
    final Paragraph problem = new Paragraph();

    private final EvidenceService evidence;
    private final VerdictService verdicts;
    private final ClaimDetails claim;
    private final Runnable reload;
    private final String me;

    private final ClaimWorkflow workflow;

    VerificationSection(EvidenceService evidence, VerdictService verdicts, RatingScale ratings, ClaimWorkflow workflow,
                        AuthenticationContext auth, ClaimDetails claim, Runnable reload) {
        this.workflow = workflow;
        this.evidence = evidence;
        this.verdicts = verdicts;
        this.claim = claim;
        this.reload = reload;
        this.me = auth.getPrincipalName().orElse("");
        setPadding(false);
        setId("verification");
        List<RatingLabelView> labels = ratings.labels();

        corroboration.setId("corroboration");
        Corroboration c = evidence.corroboration(claim.id());
        corroboration.setText("Independent publishers — supporting: " + c.supportingPublishers() + ", contradicting: "
                + c.contradictingPublishers() + ", context: " + c.contextPublishers());
        sourceList.setId("sources");
        for (SourceView s : evidence.sources(claim.id())) {
            sourceList.add(sourceRow(s));
        }
        addSource.setId("source-add");
        addSource.addClickListener(e -> openSourceDialog(null));

        problem.setId("verification-problem");
        problem.addClassName("form-error");
        problem.setVisible(false);

        Optional<VerdictView> verdict = verdicts.verdict(claim.id());
        Div current = new Div();
        current.setId("verdict-current");
        verdict.ifPresent(v -> {
            RatingLabelView label = labels.stream().filter(l -> l.rating() == v.rating()).findFirst().orElse(null);
            Span badge = new Span(label == null ? v.rating().name() : label.label());
            badge.addClassName("rating-badge");
            if (label != null) {
                badge.getStyle().set("background", label.color());
            }
            current.add(new Div(new Span("Attribution: " + v.attribution() + " · Substance: "), badge),
                    new Div("Rationale: " + v.rationale()),
                    new Div("By " + v.author() + " at " + WHEN.format(v.decidedAt())
                            + (v.approvedBy() == null ? "" : " · approved by " + v.approvedBy() + " at " + WHEN.format(v.approvedAt()))));
            if (v.overrideReason() != null) {
                current.add(new Div("Editor's override: " + v.overrideReason()));
            }
        });

        verdictForm = new VerdictForm(labels, auth.hasAnyRole("EDITOR", "ADMIN"));
        verdictForm.setId("verdict-form");
        verdictForm.edit(verdict.orElse(null), claim.version());
        verdictForm.addSaveListener(e -> {
            try {
                verdicts.setVerdict(claim.id(), e.input());
                reload.run();
            } catch (StaleClaimException stale) {
                verdictForm.showConflict(stale.getMessage());
            } catch (InputRejectedException | ConflictException refused) {
                verdictForm.showProblem(refused.getMessage());
            }
        });
        verdictForm.addReloadListener(e -> {
            ClaimDetails latest = workflow.current(claim.id());
            String theirs = verdicts.verdict(claim.id()).map(v -> v.attribution() + " / " + v.rating() + " by "
                    + v.author() + ": " + v.rationale()).orElse("no verdict") + " (status " + latest.status() + ")";
            verdictForm.rebase(latest.version(), theirs);
        });
        verdictForm.setVisible(claim.status() != ClaimStatus.VERIFIED);

        approve.setId("verdict-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        approve.setVisible(claim.status() == ClaimStatus.AWAITING_APPROVAL);
        approve.setEnabled(verdict.map(v -> !v.author().equals(me)).orElse(false));
        approve.setTooltipText(verdict.map(v -> v.author().equals(me)
                ? "You gave this verdict: an editor or another fact-checker approves it" : null).orElse(null));
        approve.addClickListener(e -> act(() -> verdicts.approve(claim.id(), claim.version())));
        reopen.setId("verdict-reopen");
        reopen.setVisible(claim.status() == ClaimStatus.VERIFIED || claim.status() == ClaimStatus.AWAITING_APPROVAL);
        reopen.addClickListener(e -> act(() -> verdicts.reopen(claim.id(), claim.version(), null)));
        copyVerdict.setId("verdict-copy");
        copyVerdict.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copyVerdict.setVisible(verdict.isPresent() && claim.status() == ClaimStatus.VERIFIED);
        copyVerdict.addClickListener(e -> act(() -> verdicts.copyToSameClaims(claim.id())));

        add(new H3("Sources"), corroboration, sourceList, addSource,
                new H3("Verdict"), problem, current, new HorizontalLayout(approve, reopen, copyVerdict), verdictForm);
    }

    private void act(Runnable action) {
        try {
            action.run();
            reload.run();
        } catch (InputRejectedException | ConflictException refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }

    private Div sourceRow(SourceView s) {
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
        Button remove = new Button("Remove", e -> {
            ConfirmDialog confirm = new ConfirmDialog("Remove this source?", "The removal is kept in the history.",
                    "Remove", ok -> act(() -> evidence.removeSource(claim.id(), s.id(), s.version())));
            confirm.setCancelable(true);
            add(confirm);
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        row.add(new Div(new Span("Added by " + s.addedBy() + " "), edit, remove));
        return row;
    }

    void openSourceDialog(SourceView existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? "Add source" : "Edit source");
        dialog.setWidth("min(48rem, 96vw)");
        SourceForm form = new SourceForm();
        if (existing != null) {
            form.edit(existing);
        }
        form.addSaveListener(e -> {
            try {
                if (existing == null) {
                    evidence.addSource(claim.id(), e.input());
                } else {
                    evidence.editSource(claim.id(), existing.id(), e.version(), e.input());
                }
                dialog.close();
                reload.run();
            } catch (InputRejectedException | ConflictException refused) {
                form.showProblem(refused.getMessage());
            }
        });
        form.addCancelListener(e -> dialog.close());
        dialog.add(form);
        add(dialog);
        dialog.open();
    }
}
