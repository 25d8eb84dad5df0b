package org.claimdesk.article.ui;

import com.vaadin.flow.component.Component;
import org.claimdesk.article.ArticleDetails;

import java.util.List;

/**
 * Tools on the article page contributed as Spring beans by other modules (the review module: "Assign all
 * claims…"), so the article module offers them without depending on those modules.
 */
public interface ArticleTools {

    /**
     * The tools for the signed-in user on this article (empty when they may use none); made again whenever the
     * page shows the article anew.
     *
     * @param changed to call after an action changed the article's claims: the page re-reads the article
     */
    List<Component> create(ArticleDetails article, Runnable changed);
}
