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
import org.claimdesk.evidence.EvidenceLimits;
import org.claimdesk.evidence.RatingLabelDetails;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.evidence.VerdictDetails;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.ui.FormMessage;
import org.claimdesk.shared.ui.Notices;
import org.claimdesk.shared.ui.ReasonDialog;
import org.claimdesk.claim.ui.NextAction;

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
    /** Opens the form under a verdict that waits for approval: a revision is a deliberate step, not the default. */
    final Button revise = new Button("Revise the verdict");
    /** Why the form or Approve is not offered, in words, where the user looks for them. */
    final Span locked = new Span();
    final Div current = new Div();
    final VerdictForm verdictForm;
    final FormMessage problem;

    private final VerdictService verdicts;
    private final ClaimWorkflow workflow;
    private final List<RatingLabelDetails> labels;
    private final String me;
    private final Runnable changed;
    private ClaimDetails claim;
    /** Whether the user chose to revise a verdict that waits for approval. */
    private boolean revising;

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
                revising = false;
                changed.run();
                Notices.success("Verdict saved: it now waits for approval by someone else");
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
        approve.addClickListener(e -> approve());
        reopen.setId("verdict-reopen");
        reopen.addClickListener(e -> confirmReopen());
        copyVerdict.setId("verdict-copy");
        copyVerdict.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copyVerdict.addClickListener(e -> act(() -> verdicts.copyToSameClaims(this.claim.id()), "Verdict copied"));
        revise.setId("verdict-revise");
        revise.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        revise.addClickListener(e -> {
            revising = true;
            show(this.claim, verdicts.verdict(this.claim.id()));
            verdictForm.focusFirstField();
        });
        locked.setId("verdict-locked");
        locked.addClassName("action-refused");

        HorizontalLayout actions = new HorizontalLayout(approve, reopen, revise, copyVerdict);
        actions.setAlignItems(Alignment.BASELINE);
        add(new H3("Verdict"), current, actions, locked, verdictForm);
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
        boolean pending = c.status() == ClaimStatus.AWAITING_APPROVAL;
        // someone's verdict arriving while this user types one must not hide the input: it stays to be merged
        revising = revising || (pending && verdictForm.hasChanges());
        boolean mine = verdict.map(v -> v.author().equals(me)).orElse(false);
        verdictForm.setVisible(c.status() != ClaimStatus.VERIFIED && (!pending || revising));
        revise.setVisible(pending && !revising);
        approve.setVisible(pending);
        approve.setEnabled(pending && !mine);
        approve.setTooltipText(mine ? SELF_APPROVAL : null);
        reopen.setVisible(c.status() == ClaimStatus.VERIFIED || pending);
        copyVerdict.setVisible(verdict.isPresent() && c.status() == ClaimStatus.VERIFIED);
        String why = c.status() == ClaimStatus.VERIFIED ? "This claim is verified: reopen it to give another verdict."
                : pending && mine ? SELF_APPROVAL + "."
                : null;
        locked.setText(why == null ? "" : why);
        locked.setVisible(why != null);
    }

    static final String SELF_APPROVAL = "You gave this verdict: an editor or another fact-checker approves it";

    /**
     * The next step on the verdict, for the claim page's header: approve someone else's pending verdict, or
     * give one when the claim has sources. Nothing while one's own verdict waits.
     */
    Optional<NextAction> nextAction(ClaimDetails c, long sourceCount, Runnable addSource) {
        Optional<VerdictDetails> verdict = verdicts.verdict(c.id());
        boolean mine = verdict.map(v -> v.author().equals(me)).orElse(false);
        return Optional.of(switch (c.status()) {
            case VERIFIED -> NextAction.waiting("Verified. Nothing is left to do unless new evidence comes in.");
            case AWAITING_APPROVAL -> mine
                    ? NextAction.waiting("Your verdict waits for approval by an editor or another fact-checker.")
                    : NextAction.doing("A verdict by " + verdict.map(VerdictDetails::author).orElse("someone")
                    + " waits for approval.", "Approve the verdict", this::approve);
            default -> sourceCount == 0
                    ? NextAction.doing("This claim has no source yet.", "Add a source", addSource)
                    : NextAction.doing("The sources are in: give the verdict.", "Set the verdict", this::focusVerdict);
        });
    }

    /** Opens (if closed under a pending verdict) and focuses the verdict form. */
    void focusVerdict() {
        if (claim.status() == ClaimStatus.VERIFIED) {
            problem.info("This claim is verified: reopen it to give another verdict.");
            return;
        }
        revising = claim.status() == ClaimStatus.AWAITING_APPROVAL;
        show(claim, verdicts.verdict(claim.id()));
        verdictForm.focusFirstField();
    }

    void approve() {
        if (!approve.isVisible() || !approve.isEnabled()) {
            problem.info(claim.status() == ClaimStatus.AWAITING_APPROVAL ? SELF_APPROVAL + "."
                    : "There is no verdict waiting for approval.");
            return;
        }
        act(() -> verdicts.approve(this.claim.id(), this.claim.version()), "Verdict approved: the claim is verified");
    }

    /** Reopening drops a decision someone made, so it asks why; the reason goes into the claim's history. */
    void confirmReopen() {
        Optional<VerdictDetails> verdict = verdicts.verdict(claim.id());
        String whose = verdict.map(v -> v.author().equals(me) ? "your verdict" : v.author() + "'s verdict").orElse("the verdict");
        String what = claim.status() == ClaimStatus.VERIFIED
                ? "This claim is verified. Reopening sends it back to work and withdraws " + whose + " from what is published."
                : "Reopening sends " + whose + ", which waits for approval, back to work.";
        ReasonDialog dialog = new ReasonDialog("Reopen this claim?", what, "Reopen", true, EvidenceLimits.MAX_OVERRIDE_REASON,
                reason -> act(() -> verdicts.reopen(this.claim.id(), this.claim.version(), reason), "Claim reopened"));
        dialog.setId("reopen-dialog");
        add(dialog);
        dialog.open();
    }
    private void act(Runnable action, String done) {
        try {
            action.run();
            problem.clear();
            changed.run();
            Notices.success(done);
        } catch (InputRejectedException | ConflictException refused) {
            problem.error(refused.getMessage());
        }
    }
}
