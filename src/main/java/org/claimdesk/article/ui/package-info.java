/**
 * The article module's views. Other modules add tools to the article page through
 * {@link org.claimdesk.article.ui.ArticleTools} beans (review: assign all claims), hence a named interface.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.claimdesk.article.ui;
