package org.claimdesk;

import java.util.UUID;

/** Article texts for tests, each made unique so that a re-run on a shared database is never a duplicate. */
public final class TestArticles {

    private TestArticles() {
    }

    /** A short wire story with sourced claims, one with a figure; {@code tag} appears in its first line. */
    public static String story(String tag) {
        return """
                Water board tag %s reports on the reservoir

                GREENFIELD, May 2 -- The Greenfield water board said on Tuesday that the reservoir held 41 percent \
                of its capacity, the lowest level in a decade.

                Board chair Miriam Okafor said the town would limit garden watering from next week.

                Farmers' union leader Pavel Dragan warned that some 2,500 hectares of crops could fail if the \
                dry spell lasted into June.

                The reservoir was built in 1961 and supplies three towns.
                """.formatted(tag);
    }

    public static String uniqueTag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Imports a new {@link #story} as the signed-in user and returns its claim with a figure (the hectares). */
    public static org.claimdesk.claim.ClaimDetails hectaresClaim(org.claimdesk.article.ArticleService articles,
                                                                 String title) {
        String tag = uniqueTag();
        return articles.importArticle(new org.claimdesk.article.ArticleImport(title + " " + tag, null, null, null,
                        story(tag)))
                .claims().stream().filter(c -> c.text().contains("hectares")).findFirst().orElseThrow();
    }
}
