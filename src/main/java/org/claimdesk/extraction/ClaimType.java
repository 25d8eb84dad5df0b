package org.claimdesk.extraction;

/** What kind of claim the extraction engine thinks a claim is. */
public enum ClaimType {
    /** carries a figure */
    STATISTIC,
    /** an expectation, plan or forecast ("expected to", "will", "plans to", "within days") */
    PREDICTION,
    /** a direct quotation */
    QUOTE,
    /** something that happened */
    EVENT,
    /** any other assertion */
    STATEMENT
}
