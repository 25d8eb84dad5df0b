/**
 * Related claims: which claims say the same thing, and which contradict each other (a negated statement of the
 * same event, the same subject with a different figure). Plain Java like {@code extraction}: no Spring, Vaadin
 * or JPA and nothing of the other modules, so it is tested and reused without the application.
 * <p>
 * The API is {@link org.claimdesk.related.RelatedClaimFinder#suggest}: {@link org.claimdesk.related.Candidate}
 * records in, {@link org.claimdesk.related.Suggestion}s out. The claim module maps its claims to candidates and
 * the suggestions to its links at the boundary. Inside, each step is a class of its own: {@code Tokenizer} and
 * {@code Stemmer} (content words), {@code Negation}, {@code Figures}, {@code Claimants} (surnames),
 * {@code Vocabulary} and {@code CandidateIndex} (which existing claims share words with a fresh one) and
 * {@code Rules} (what links one pair).
 */
package org.claimdesk.related;
