package org.claimdesk.evidence.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimWorkflow;
import org.claimdesk.claim.ui.ClaimPageSection;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.RatingScale;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.security.Role;
import org.claimdesk.shared.ui.FormMessage;
import org.claimdesk.shared.ui.KeyboardShortcuts;
import org.claimdesk.shared.ui.Texts;
import org.claimdesk.claim.ui.NextAction;

import java.util.Optional;

/**
 * The verification part of one claim page: sources and corroboration, then the verdict and its approval. Made
 * once per page and refreshed in place, so a half-written verdict survives adding a source.
 */
class VerificationSection extends VerticalLayout implements ClaimPageSection {

    final FormMessage problem = new FormMessage("verification-problem");
    final SourcesPanel sources;
    final VerdictPanel verdict;

    VerificationSection(EvidenceService evidence, VerdictService verdicts, RatingScale ratings, ClaimWorkflow workflow,
                        AuthenticationContext auth, ClaimDetails claim, Runnable reload) {
        setPadding(false);
        setId("verification");
        sources = new SourcesPanel(evidence, claim.id(), reload, refused -> problem.error(refused.getMessage()));
        verdict = new VerdictPanel(verdicts, workflow, ratings.labels(),
                auth.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME), auth.getPrincipalName().orElse(""), problem,
                claim, reload);
        sources.refresh(claim.status());
        add(sources, problem, verdict);
        KeyboardShortcuts.register(this, "s", Texts.t("evidence.VerificationSection.key-source"),
                () -> sources.openSourceDialog(null));
        KeyboardShortcuts.register(this, "v", Texts.t("evidence.VerificationSection.key-verdict"), verdict::focusVerdict);
        KeyboardShortcuts.register(this, "a", Texts.t("evidence.VerificationSection.key-approve"), verdict::approve);
    }

    @Override
    public void refresh(ClaimDetails claim) {
        sources.refresh(claim.status());
        verdict.refresh(claim);
    }

    @Override
    public Optional<NextAction> nextAction(ClaimDetails claim) {
        return verdict.nextAction(claim, sources.count(), () -> sources.openSourceDialog(null));
    }
}
