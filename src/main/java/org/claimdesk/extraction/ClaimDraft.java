package org.claimdesk.extraction;

/**
 * A claim as the extractor finds it, before {@link ClaimBuilder} works out its figures, hedges, type and worth.
 *
 * @param start           where the claim's words start in the article (surrounding blanks are trimmed later)
 * @param end             where they end (exclusive)
 * @param sentence        the whole sentence, as written
 * @param speech          who makes the claim and how
 */
record ClaimDraft(int start, int end, String sentence, Speech speech) {

    /**
     * Who makes a claim and how: the source as resolved, the reporting cue ("said", "according to"), the source
     * that relays it (or null), and whether the claim is a direct quotation.
     */
    record Speech(Coreference.Resolved who, String cue, String via, boolean quote) {

        /** ", noting ...": a further claim of the same source whose cue is the participle. */
        Speech withCue(String participle) {
            return new Speech(who, participle, via, quote);
        }
    }
}
