package org.claimdesk.generate;

import java.util.random.RandomGenerator;

/** How many claims each generated article gets: around the average, some short, some long, exactly the total. */
final class ClaimCounts {

    /** One article as large as the article page must handle (issue 11: an article with 500 claims). */
    static final int LARGE_ARTICLE = 500;

    private ClaimCounts() {
    }

    static int[] spread(int articles, int claims, RandomGenerator random) {
        if (articles < 1 || claims < articles) {
            throw new IllegalArgumentException("every article needs at least one claim: " + articles + " articles, "
                    + claims + " claims");
        }
        int[] counts = new int[articles];
        int left = claims;
        int first = 0;
        if (articles > 1 && claims >= 10 * LARGE_ARTICLE && claims - LARGE_ARTICLE >= articles - 1) {
            counts[0] = LARGE_ARTICLE;
            left -= LARGE_ARTICLE;
            first = 1;
        }
        for (int i = first; i < articles; i++) {
            int remaining = articles - i;
            if (remaining == 1) {
                counts[i] = left;
                break;
            }
            double mean = (double) left / remaining;
            int n = (int) Math.round(mean * random.nextDouble(0.5, 1.5));
            n = Math.max(1, Math.min(n, left - (remaining - 1)));
            counts[i] = n;
            left -= n;
        }
        return counts;
    }
}
