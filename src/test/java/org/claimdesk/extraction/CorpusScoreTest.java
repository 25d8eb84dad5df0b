package org.claimdesk.extraction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Scores the engine on the labelled corpus like the reference scorer, with the project's own (higher) bars. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CorpusScoreTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @Test
    void the_labelled_corpus_meets_the_quality_bars() throws IOException {
        Path gold = CORPUS.resolve("expected-claims.json");
        assumeTrue(Files.isRegularFile(gold), "no labelled corpus yet");
        GoldScorer.Score s = GoldScorer.score(gold, CORPUS, System.out);
        assertTrue(s.recall() >= 0.95, s.summary());
        assertTrue(s.precision() >= 0.85, s.summary());
        assertTrue(s.claimantAccuracy() >= 0.90, s.summary());
        assertTrue(s.quantityAccuracy() >= 0.95, s.summary());
        assertTrue(s.ownWords() >= 0.98, s.summary()); // a figure belongs to the claim whose words contain it
    }
}
