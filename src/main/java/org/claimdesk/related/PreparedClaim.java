package org.claimdesk.related;

import java.util.ArrayList;
import java.util.List;

/**
 * A candidate with everything the rules compare worked out once: its content words and what it negates (as
 * vocabulary ids), its values and numerals, and its claimant's surname.
 */
record PreparedClaim(Candidate candidate, int[] words, Negation negation, int[] negationScope, double[] values,
                     List<Figures.Numeral> numerals, String surname) {

    static PreparedClaim of(Candidate candidate, Vocabulary vocabulary) {
        String lower = Tokenizer.normalize(candidate.text());
        List<Token> tokens = Tokenizer.tokenizeNormalized(lower);
        List<String> stems = new ArrayList<>(tokens.size());
        boolean hasDigits = false;
        for (Token token : tokens) {
            if (token.stem() != null) {
                stems.add(token.stem());
            }
            hasDigits |= token.digits();
        }
        Negation negation = Negation.in(lower, tokens);
        return new PreparedClaim(candidate, vocabulary.ids(stems), negation, vocabulary.ids(negation.scope()),
                Figures.values(candidate.values()), hasDigits ? Figures.numerals(lower, tokens) : List.of(),
                Claimants.surname(candidate.claimant()));
    }

    boolean negated() {
        return negation.negated();
    }
}
