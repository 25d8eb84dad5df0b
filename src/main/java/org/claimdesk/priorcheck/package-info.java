/**
 * Prior checks: other outlets' published fact checks, imported from schema.org ClaimReview JSON-LD (one object,
 * an array, a {@code @graph}, or an HTML page's {@code application/ld+json} scripts; pasted, uploaded or sent to
 * {@code POST /api/v1/prior-checks}) into the importer's team, all or nothing, a fact check the team holds
 * already skipped. Reviewers link a claim to one ("already checked by X, rated Y") on the claim page (a section
 * contributed through {@link org.claimdesk.claim.ui.ClaimPagePanel}) or the API; the related-claims finder
 * ({@link org.claimdesk.related.RelatedClaimFinder}, its same-claim rules unchanged) suggests links both when
 * prior checks are imported and when an article is ({@link org.claimdesk.article.ArticleImported}), for
 * reviewers to accept or dismiss. The claim and article modules know nothing of this one.
 * <p>
 * Known coupling: {@code TeamClaims} reads the claim module's {@code claim} and {@code quantity} tables and the
 * article module's {@code article} table with native SQL (a team's newest claims, for the finder), and
 * {@code claim_prior_check.claim_id} references {@code claim}. Spring Modulith does not see a table, so this is
 * written down here.
 */
package org.claimdesk.priorcheck;
