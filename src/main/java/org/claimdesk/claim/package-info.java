/**
 * Claims: storing what extraction found, fact-checkers' corrections (edit, delete, add, split, merge), the
 * verification status (moved by the evidence module through {@link org.claimdesk.claim.ClaimWorkflow}),
 * comments and links between claims with the suggestions made on import.
 * <p>
 * Known coupling: {@code ClaimArticle} maps the article module's {@code article} table read-only (title for
 * sorting and filtering claims by article in one paged query, text for a claim's context). Spring Modulith
 * does not see a table, so this is written down here.
 */
package org.claimdesk.claim;
