package org.claimdesk.article.ui;

import org.claimdesk.article.ArticleDetails;

/**
 * What an import in the background came to, worked out there (with the importer's rights) so the UI thread only
 * shows it: the new article, or the refusal and, for a text imported before, the title of the article that has it.
 */
record ImportOutcome(ArticleDetails created, RuntimeException refusal, String existingTitle) {

    static ImportOutcome imported(ArticleDetails created) {
        return new ImportOutcome(created, null, null);
    }

    static ImportOutcome refused(RuntimeException refusal, String existingTitle) {
        return new ImportOutcome(null, refusal, existingTitle);
    }
}
