package org.claimdesk.article;

/**
 * An article and its claims were stored. Published inside the import's transaction; listeners that must see
 * the committed data (and must not hold or undo the import) listen after the commit.
 */
public record ArticleImported(long articleId) {
}
