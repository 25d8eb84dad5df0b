package org.claimdesk.claim;

/** The columns the claims list can be sorted by (the API's sort parameter and the grid's headers). */
public enum ClaimSort {
    TEXT("text"), CLAIMANT("claimant"), TYPE("type"), STATUS("status"), ARTICLE("article.title"),
    CHECK_WORTHINESS("checkWorthiness"), CREATED("createdAt");

    final String property;

    ClaimSort(String property) {
        this.property = property;
    }
}
