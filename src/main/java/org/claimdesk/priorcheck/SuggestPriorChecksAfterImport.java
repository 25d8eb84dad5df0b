package org.claimdesk.priorcheck;

import org.claimdesk.article.ArticleImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Suggests prior checks for an imported article's claims once the import has committed, like the article
 * module's own related-claims suggestions: in the importing thread and a transaction of its own, so they are
 * there when the import call returns, and a failure is logged and leaves the article as it is. The article
 * module's event, not the claim module's per-claim history entries: one look per article, after its claims
 * are all stored.
 */
@Component
class SuggestPriorChecksAfterImport {

    private static final Logger log = LoggerFactory.getLogger(SuggestPriorChecksAfterImport.class);

    private final PriorCheckLinks links;

    SuggestPriorChecksAfterImport(PriorCheckLinks links) {
        this.links = links;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void suggest(ArticleImported imported) {
        try {
            links.suggestForArticle(imported.articleId());
        } catch (RuntimeException e) {
            log.warn("Prior checks for the claims of article {} could not be suggested", imported.articleId(), e);
        }
    }
}
