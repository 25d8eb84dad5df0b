/**
 * Claims: storing what extraction found, fact-checkers' corrections (edit, delete, add, split, merge), the
 * verification status (moved by the evidence module through {@link org.claimdesk.claim.ClaimWorkflow}, along the
 * transitions of {@link org.claimdesk.claim.ClaimTransitions} only, each with who may make it),
 * comments and links between claims with the suggestions made on import. A merge is refused across articles,
 * over other claims' words, and between claimants unless the caller says which one stays; both originals are
 * recorded in full. The claim page's other sections come from other modules through
 * {@link org.claimdesk.claim.ui.ClaimPagePanel}: this module depends on neither evidence nor audit.
 * <p>
 * Known coupling: {@code ClaimArticle} maps the article module's {@code article} table read-only (title for
 * sorting and filtering claims by article in one paged query, text for a claim's context). Spring Modulith
 * does not see a table, so this is written down here.
 */
package org.claimdesk.claim;
