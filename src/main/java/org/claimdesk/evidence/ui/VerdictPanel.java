package org.claimdesk.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimWorkflow;
import org.claimdesk.claim.StaleClaimException;
import org.claimdesk.evidence.RatingLabelDetails;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.evidence.VerdictDetails;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.ui.FormMessage;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** A claim's verdict: the current one with its approval, the actions on it, and the form for a new one. */
class VerdictPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Button approve = new Button("Approve verdict");
    final Button reopen = new Button("Reopen");
    final Button copyVerdict = new Button("Copy verdict to the same claim elsewhere");
    final Div current = new Div();
    final VerdictForm verdictForm;
    final FormMessage problem;

    private final VerdictService verdicts;
    private final ClaimWorkflow workflow;
    private final List<RatingLabelDetails> labels;
    private final String me;
    private final Runnable changed;
    private ClaimDetails claim;

    VerdictPanel(VerdictService verdicts, ClaimWorkflow workflow, List<RatingLabelDetails> labels, boolean editor,
                 String me, FormMessage problem, ClaimDetails claim, Runnable changed) {
        this.verdicts = verdicts;
        this.workflow = workflow;
        this.labels = labels;
        this.me = me;
        this.problem = problem;
        this.changed = changed;
        this.claim = claim;
        setPadding(false);
        current.setId("verdict-current");

        verdictForm = new VerdictForm(labels, editor);
        verdictForm.setId("verdict-form");
        verdictForm.edit(verdicts.verdict(claim.id()).orElse(null), claim.version());
        verdictForm.addSaveListener(e -> {
            try {
                VerdictDetails saved = verdicts.setVerdict(this.claim.id(), e.input());
                verdictForm.edit(saved, workflow.current(this.claim.id()).version());
                changed.run();
            } catch (StaleClaimException stale) {
                verdictForm.showConflict(stale.getMessage());
            } catch (InputRejectedException | ConflictException refused) {
                verdictForm.showProblem(refused.getMessage());
            }
        });
        verdictForm.addReloadListener(e -> {
            ClaimDetails latest = workflow.current(this.claim.id());
            verdictForm.rebase(latest.version(), verdicts.verdict(latest.id()).orElse(null), true);
            changed.run();
        });

        approve.setId("verdict-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> act(() -> verdicts.approve(this.claim.id(), this.claim.version())));
        reopen.setId("verdict-reopen");
        reopen.addClickListener(e -> act(() -> verdicts.reopen(this.claim.id(), this.claim.version(), null)));
        copyVerdict.setId("verdict-copy");
        copyVerdict.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copyVerdict.addClickListener(e -> act(() -> verdicts.copyToSameClaims(this.claim.id())));

        add(new H3("Verdict"), current, new HorizontalLayout(approve, reopen, copyVerdict), verdictForm);
        show(claim, verdicts.verdict(claim.id()));
    }

    /** Shows the claim's latest verdict and status; the form keeps the user's input (a three-way merge). */
    void refresh(ClaimDetails latest) {
        claim = latest;
        Optional<VerdictDetails> verdict = verdicts.verdict(latest.id());
        verdictForm.rebase(latest.version(), verdict.orElse(null), false);
        show(latest, verdict);
    }

    private void show(ClaimDetails c, Optional<VerdictDetails> verdict) {
        current.removeAll();
        verdict.ifPresent(v -> {
            RatingLabelDetails label = labels.stream().filter(l -> l.rating() == v.rating()).findFirst().orElse(null);
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
        verdictForm.setVisible(c.status() != ClaimStatus.VERIFIED);
        approve.setVisible(c.status() == ClaimStatus.AWAITING_APPROVAL);
        approve.setEnabled(verdict.map(v -> !v.author().equals(me)).orElse(false));
        approve.setTooltipText(verdict.map(v -> v.author().equals(me)
                ? "You gave this verdict: an editor or another fact-checker approves it" : null).orElse(null));
        reopen.setVisible(c.status() == ClaimStatus.VERIFIED || c.status() == ClaimStatus.AWAITING_APPROVAL);
        copyVerdict.setVisible(verdict.isPresent() && c.status() == ClaimStatus.VERIFIED);
    }

    private void act(Runnable action) {
        try {
            action.run();
            problem.clear();
            changed.run();
        } catch (InputRejectedException | ConflictException refused) {
            problem.error(refused.getMessage());
        }
    }
}
