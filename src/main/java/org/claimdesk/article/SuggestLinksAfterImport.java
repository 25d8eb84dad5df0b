package org.claimdesk.article;

import org.claimdesk.claim.ClaimLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Suggests related claims for an imported article once the import has committed, in a transaction of its own
 * ({@link ClaimLinks#suggestFor}). It runs in the importing thread, for the importing user, so the suggestions
 * are there when the import call returns; a failure is logged and leaves the stored article as it is.
 */
@Component
class SuggestLinksAfterImport {

    private static final Logger log = LoggerFactory.getLogger(SuggestLinksAfterImport.class);

    private final ClaimLinks links;

    SuggestLinksAfterImport(ClaimLinks links) {
        this.links = links;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void suggestLinks(ArticleImported imported) {
        try {
            links.suggestFor(imported.articleId());
        } catch (RuntimeException e) {
            // the article is stored; without suggestions reviewers can still link its claims by hand
            log.warn("Related claims of article {} could not be suggested", imported.articleId(), e);
        }
    }
}
