package org.claimdesk.article;

/** The columns the articles list can be sorted by. */
public enum ArticleSort {
    TITLE("title"), PUBLISHER("publisher"), PUBLISHED("publishedAt"), IMPORTED("createdAt");

    final String property;

    ArticleSort(String property) {
        this.property = property;
    }
}
