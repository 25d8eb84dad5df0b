package org.claimdesk.priorcheck;

import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;

/** An article with the demo's "about 11,000 North Korean soldiers were deployed" claim, and that claim in other words. */
final class KoreaStory {

    /** What an outlet checked, worded its own way. */
    static final String CHECKED = "Some 11,000 soldiers from North Korea have been deployed to the Kursk region of Russia";

    private KoreaStory() {
    }

    /** Imports a new article (unique by its tag) as the signed-in user and returns its 11,000 claim. */
    static ClaimDetails importClaim(ArticleService articles) {
        String tag = TestArticles.uniqueTag();
        String text = """
                Troops report %s

                KYIV, Oct 23 -- Ukrainian President Volodymyr Zelenskyy said on Wednesday that about 11,000 North \
                Korean soldiers were already deployed in Russia's Kursk region.

                The defence ministry in Kyiv did not give further details.
                """.formatted(tag);
        return articles.importArticle(new ArticleImport("Troops " + tag, null, null, null, text)).claims().stream()
                .filter(c -> c.text().contains("11,000")).findFirst()
                .orElseThrow(() -> new AssertionError("no 11,000 claim extracted from: " + text));
    }
}
