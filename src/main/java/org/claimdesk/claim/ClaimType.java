package org.claimdesk.claim;

/** What kind of claim this is; STATISTIC carries a figure, PREDICTION an expectation or plan. */
public enum ClaimType {
    STATISTIC, PREDICTION, QUOTE, EVENT, STATEMENT
}
