package org.claimdesk.evidence.ui;

import org.claimdesk.shared.ui.Texts;

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

    final Button approve = new Button(Texts.t("evidence.VerdictPanel.approve-verdict"));
    final Button reopen = new Button(Texts.t("evidence.VerdictPanel.reopen"));
    final Button copyVerdict = new Button(Texts.t("evidence.VerdictPanel.copy-verdict-to-the-same-claim"));
    /** Opens the form under a verdict that waits for approval: a revision is a deliberate step, not the default. */
    final Button revise = new Button(Texts.t("evidence.VerdictPanel.revise-the-verdict"));
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
                Notices.success(Texts.t("evidence.VerdictPanel.verdict-saved-it-now-waits-for"));
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
        copyVerdict.addClickListener(e -> act(() -> verdicts.copyToSameClaims(this.claim.id()), Texts.t("evidence.VerdictPanel.verdict-copied")));
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
        add(new H3(Texts.t("evidence.VerdictPanel.verdict")), current, actions, locked, verdictForm);
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
            current.add(new Div(new Span(Texts.t("evidence.VerdictPanel.attribution-substance", v.attribution()) + " "), badge),
                    new Div(Texts.t("evidence.VerdictPanel.rationale-of", v.rationale())),
                    new Div(v.approvedBy() == null
                            ? Texts.t("evidence.VerdictPanel.decided-by", v.author(), WHEN.format(v.decidedAt()))
                            : Texts.t("evidence.VerdictPanel.decided-and-approved-by", v.author(), WHEN.format(v.decidedAt()),
                            v.approvedBy(), WHEN.format(v.approvedAt()))));
            if (v.overrideReason() != null) {
                current.add(new Div(Texts.t("evidence.VerdictPanel.override-of", v.overrideReason())));
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
        approve.setTooltipText(mine ? Texts.t(SELF_APPROVAL) : null);
        reopen.setVisible(c.status() == ClaimStatus.VERIFIED || pending);
        copyVerdict.setVisible(verdict.isPresent() && c.status() == ClaimStatus.VERIFIED);
        String why = c.status() == ClaimStatus.VERIFIED ? Texts.t("evidence.VerdictPanel.this-claim-is-verified-reopen-it")
                : pending && mine ? Texts.t("evidence.VerdictPanel.self-approval-sentence")
                : null;
        locked.setText(why == null ? "" : why);
        locked.setVisible(why != null);
    }

    static final String SELF_APPROVAL = "evidence.VerdictPanel.self-approval";

    /**
     * The next step on the verdict, for the claim page's header: approve someone else's pending verdict, or
     * give one when the claim has sources. Nothing while one's own verdict waits.
     */
    Optional<NextAction> nextAction(ClaimDetails c, long sourceCount, Runnable addSource) {
        Optional<VerdictDetails> verdict = verdicts.verdict(c.id());
        boolean mine = verdict.map(v -> v.author().equals(me)).orElse(false);
        return Optional.of(switch (c.status()) {
            case VERIFIED -> NextAction.waiting(Texts.t("evidence.VerdictPanel.verified-nothing-is-left-to-do"));
            case AWAITING_APPROVAL -> mine
                    ? NextAction.waiting(Texts.t("evidence.VerdictPanel.your-verdict-waits-for-approval-by"))
                    : NextAction.doing(Texts.t("evidence.VerdictPanel.verdict-by-waits",
                    verdict.map(VerdictDetails::author).orElse("?")), Texts.t("evidence.VerdictPanel.approve-the-verdict"), this::approve);
            default -> sourceCount == 0
                    ? NextAction.doing(Texts.t("evidence.VerdictPanel.this-claim-has-no-source-yet"), Texts.t("evidence.VerdictPanel.add-a-source"), addSource)
                    : NextAction.doing(Texts.t("evidence.VerdictPanel.the-sources-are-in-give-the"), Texts.t("evidence.VerdictPanel.set-the-verdict"), this::focusVerdict);
        });
    }

    /** Opens (if closed under a pending verdict) and focuses the verdict form. */
    void focusVerdict() {
        if (claim.status() == ClaimStatus.VERIFIED) {
            problem.info(Texts.t("evidence.VerdictPanel.this-claim-is-verified-reopen-it"));
            return;
        }
        revising = claim.status() == ClaimStatus.AWAITING_APPROVAL;
        show(claim, verdicts.verdict(claim.id()));
        verdictForm.focusFirstField();
    }

    void approve() {
        if (!approve.isVisible() || !approve.isEnabled()) {
            problem.info(Texts.t(claim.status() == ClaimStatus.AWAITING_APPROVAL ? "evidence.VerdictPanel.self-approval-sentence"
                    : "evidence.VerdictPanel.nothing-to-approve"));
            return;
        }
        act(() -> verdicts.approve(this.claim.id(), this.claim.version()), Texts.t("evidence.VerdictPanel.verdict-approved"));
    }

    /** Reopening drops a decision someone made, so it asks why; the reason goes into the claim's history. */
    void confirmReopen() {
        Optional<VerdictDetails> verdict = verdicts.verdict(claim.id());
        String whose = verdict.map(v -> v.author().equals(me) ? Texts.t("evidence.VerdictPanel.your-verdict")
                : Texts.t("evidence.VerdictPanel.someones-verdict", v.author())).orElse(Texts.t("evidence.VerdictPanel.the-verdict"));
        String what = Texts.t(claim.status() == ClaimStatus.VERIFIED ? "evidence.VerdictPanel.reopen-verified"
                : "evidence.VerdictPanel.reopen-pending", whose);
        ReasonDialog dialog = new ReasonDialog(Texts.t("evidence.VerdictPanel.reopen-this-claim"), what, "Reopen", true, EvidenceLimits.MAX_OVERRIDE_REASON,
                reason -> act(() -> verdicts.reopen(this.claim.id(), this.claim.version(), reason), Texts.t("evidence.VerdictPanel.claim-reopened")));
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
