package org.claimdesk.related;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The finder's public API: which pairs it suggests, by which rule, with which reason, in which order. */
class RelatedClaimFinderTest {

    private static final String FIRST_COMBAT =
            "the first combat engagement between North Korean troops and Ukrainian forces";
    private static final String NOT_YET_ENGAGED =
            "North Korean troops on Russia's western front have not yet engaged in full-fledged combat with Ukrainian forces";
    private static final String ELEVEN_THOUSAND =
            "some 11,000 North Korean soldiers were stationed in Russia's Kursk region";
    private static final String TEN_THOUSAND =
            "about 10,000 North Korean soldiers are in Russia's Kursk region";
    private static final String BUDGET = "The city council approved a new budget for road repairs";
    private static final String BUDGET_REWORDED = "City council members approved the new budget for repairing roads";
    private static final String AIR_DEFENCE = "Ukraine needs more air defence systems to protect its cities this winter";
    private static final String AIR_DEFENCE_POWER =
            "Ukraine urgently needs air defence systems to protect power plants from Russian strikes";

    private static Candidate claim(long id, long articleId, String text) {
        return new Candidate(id, articleId, text, null, List.of());
    }

    private static Candidate claim(long id, long articleId, String text, String claimant, Double... values) {
        return new Candidate(id, articleId, text, claimant, List.of(values));
    }

    private static List<Suggestion> suggest(List<Candidate> fresh, List<Candidate> existing) {
        return RelatedClaimFinder.suggest(fresh, existing);
    }

    // ---------------------------------------------------------------- negation

    @Test
    void negated_combat_claim_is_suggested_as_a_contradiction() {
        Candidate first = claim(1, 10, FIRST_COMBAT, "Volodymyr Zelenskyy");
        Candidate notYet = claim(2, 10, NOT_YET_ENGAGED, "senior presidential official");

        assertThat(suggest(List.of(first, notYet), List.of())).containsExactly(new Suggestion(1, 2, Basis.NEGATION,
                "one says 'not yet \u2026 engaged \u2026 combat', the other does not"));
    }

    @Test
    void negated_claim_is_a_contradiction_whichever_side_is_fresh() {
        Candidate notYet = claim(2, 20, NOT_YET_ENGAGED, "senior presidential official");
        Candidate first = claim(1, 10, FIRST_COMBAT, "Volodymyr Zelenskyy");

        assertThat(suggest(List.of(notYet), List.of(first))).containsExactly(new Suggestion(2, 1, Basis.NEGATION,
                "one says 'not yet \u2026 engaged \u2026 combat', the other does not"));
    }

    @Test
    void unrelated_negated_claim_is_not_suggested() {
        Candidate watering = claim(1, 10, "the town would not limit garden watering", "mayor");
        Candidate crops = claim(2, 10, "some 2,500 hectares of crops could fail", "farmer", 2500.0);

        assertThat(suggest(List.of(watering, crops), List.of())).isEmpty();
    }

    @Test
    void a_shared_subject_outside_the_negation_is_not_a_contradiction() {
        // shares "North Korean ... Russia", but what is denied (combat) is not what the other claim says
        Candidate notYet = claim(1, 10, NOT_YET_ENGAGED, "senior presidential official");
        Candidate stationed = claim(2, 11, ELEVEN_THOUSAND, "intelligence service", 11000.0);

        assertThat(suggest(List.of(notYet), List.of(stationed))).isEmpty();
    }

    @Test
    void a_negation_of_something_the_other_claim_does_not_say_is_not_a_contradiction() {
        Candidate notConfirmed = claim(1, 10, "Russia has not confirmed the presence of North Korean troops");
        Candidate deployed = claim(2, 11, "North Korean troops have been deployed to Russia's Kursk region");
        Candidate confirmed = claim(3, 12, "Russia confirmed the presence of North Korean troops on its territory");

        assertThat(suggest(List.of(notConfirmed), List.of(deployed, confirmed)))
                .extracting(Suggestion::fromId, Suggestion::toId, Suggestion::basis)
                .containsExactly(tuple(1L, 3L, Basis.NEGATION));
    }

    @Test
    void contractions_and_denials_count_as_negation() {
        Candidate hasnt = claim(1, 10, "The mayor hasn't signed the water restriction order");
        Candidate signed = claim(2, 11, "The mayor signed the water restriction order on Monday");
        Candidate denied = claim(3, 12, "Moscow denied that its drones struck the power plant");
        Candidate struck = claim(4, 13, "Drones struck the power plant overnight");

        assertThat(suggest(List.of(hasnt, denied), List.of(signed, struck)))
                .extracting(Suggestion::fromId, Suggestion::toId, Suggestion::basis, Suggestion::reason)
                .containsExactlyInAnyOrder(
                        tuple(1L, 2L, Basis.NEGATION, "one says 'hasn't \u2026 signed \u2026 water', the other does not"),
                        tuple(3L, 4L, Basis.NEGATION, "one says 'denied \u2026 drones \u2026 struck', the other does not"));
    }

    @Test
    void not_only_is_not_a_negation() {
        Candidate notOnly = claim(1, 10, "The storm not only flooded the harbour but also damaged the lighthouse");
        Candidate plain = claim(2, 11, "The storm flooded the harbour and damaged the lighthouse");

        assertThat(suggest(List.of(notOnly), List.of(plain)))
                .extracting(Suggestion::fromId, Suggestion::toId, Suggestion::basis, Suggestion::relation)
                .containsExactly(tuple(1L, 2L, Basis.WORDING, Relation.SAME_CLAIM));
    }

    // ---------------------------------------------------------------- figures

    @Test
    void different_figures_on_the_same_subject_are_a_contradiction() {
        Candidate eleven = claim(1, 10, ELEVEN_THOUSAND, "Pentagon", 11000.0);
        Candidate ten = claim(2, 11, TEN_THOUSAND, "South Korean intelligence", 10000.0);

        assertThat(suggest(List.of(eleven), List.of(ten))).containsExactly(new Suggestion(1, 2,
                Basis.DIFFERENT_FIGURES, "same subject, different figures: 11,000 vs 10,000"));
    }

    @Test
    void different_figures_in_the_same_article_are_still_a_contradiction() {
        Candidate eleven = claim(1, 10, ELEVEN_THOUSAND, "Pentagon", 11000.0);
        Candidate ten = claim(2, 10, TEN_THOUSAND, "South Korean intelligence", 10000.0);

        assertThat(suggest(List.of(eleven, ten), List.of()))
                .extracting(Suggestion::fromId, Suggestion::toId, Suggestion::basis, Suggestion::relation)
                .containsExactly(tuple(1L, 2L, Basis.DIFFERENT_FIGURES, Relation.CONTRADICTS));
    }

    @Test
    void figures_within_one_percent_with_similar_wording_are_the_same_claim() {
        Candidate eleven = claim(1, 10, ELEVEN_THOUSAND, "Pentagon", 11000.0);
        Candidate aboutEleven = claim(2, 11, "about 11,050 North Korean soldiers are in Russia's Kursk region",
                "South Korean intelligence", 11050.0);

        // content words: north korean soldier station russia kursk region, the second without "station": 6 / 7
        assertThat(suggest(List.of(eleven), List.of(aboutEleven))).containsExactly(new Suggestion(1, 2,
                Basis.WORDING, "similar wording (Jaccard 0.86)"));
    }

    @Test
    void figures_counting_different_things_are_not_a_contradiction() {
        Candidate soldiers = claim(1, 10, ELEVEN_THOUSAND, "Pentagon", 11000.0);
        Candidate tanks = claim(2, 11, "North Korean units in Russia's Kursk region lost 300 tanks", "analyst", 300.0);

        assertThat(suggest(List.of(soldiers), List.of(tanks))).isEmpty();
    }

    @Test
    void a_percentage_is_compared_only_with_a_percentage() {
        Candidate fivePercent = claim(1, 10, "Unemployment in the northern region rose to 5% last year", null, 5.0);
        Candidate sevenPercent = claim(2, 11, "Unemployment in the northern region rose to 7% last year", null, 7.0);
        Candidate people = claim(3, 12, "Unemployment in the northern region rose by 5,000 people last year", null, 5000.0);

        assertThat(suggest(List.of(fivePercent), List.of(sevenPercent, people))).containsExactly(new Suggestion(1, 2,
                Basis.DIFFERENT_FIGURES, "same subject, different figures: 5 vs 7"));
    }

    @Test
    void figures_known_only_as_values_need_a_clearly_shared_subject() {
        // no numerals in the text (the values were typed in): the wording alone must show the same subject
        Candidate eleven = claim(1, 10, "eleven thousand North Korean soldiers are in Russia's Kursk region", null, 11000.0);
        Candidate ten = claim(2, 11, "ten thousand North Korean soldiers are in Russia's Kursk region", null, 10000.0);
        Candidate loose = claim(3, 12, "North Korean cooks joined them", null, 40.0);

        assertThat(suggest(List.of(eleven), List.of(ten, loose)))
                .extracting(Suggestion::fromId, Suggestion::toId, Suggestion::basis)
                .containsExactly(tuple(1L, 2L, Basis.DIFFERENT_FIGURES));
    }

    // ---------------------------------------------------------------- same claim

    @Test
    void similar_wording_across_articles_is_the_same_claim() {
        // all seven content words of the first are in the second, which adds "members": 7 / 8
        assertThat(suggest(List.of(claim(1, 10, BUDGET)), List.of(claim(2, 11, BUDGET_REWORDED))))
                .containsExactly(new Suggestion(1, 2, Basis.WORDING, "similar wording (Jaccard 0.88)"));
    }

    @Test
    void similar_wording_in_the_same_article_is_not_suggested() {
        Candidate budget = claim(1, 10, BUDGET);
        Candidate reworded = claim(2, 10, BUDGET_REWORDED);

        assertThat(suggest(List.of(budget, reworded), List.of())).isEmpty();
        assertThat(suggest(List.of(budget), List.of(reworded))).isEmpty();
    }

    @Test
    void loosely_similar_wording_from_the_same_claimant_is_the_same_claim() {
        Candidate winter = claim(1, 10, AIR_DEFENCE, "Volodymyr Zelenskyy");
        Candidate power = claim(2, 11, AIR_DEFENCE_POWER, "President ZELENSKYY");

        // 6 shared words of 13: below the 0.6 of any two claimants, above the 0.45 of one person's
        assertThat(suggest(List.of(winter), List.of(power))).containsExactly(new Suggestion(1, 2,
                Basis.SAME_CLAIMANT_WORDING, "same claimant, similar wording (Jaccard 0.46)"));
    }

    @Test
    void loosely_similar_wording_from_different_claimants_is_not_suggested() {
        Candidate winter = claim(1, 10, AIR_DEFENCE, "Volodymyr Zelenskyy");
        Candidate power = claim(2, 11, AIR_DEFENCE_POWER, "Jens Stoltenberg");

        assertThat(suggest(List.of(winter), List.of(power))).isEmpty();
    }

    @Test
    void a_role_is_not_a_surname() {
        Candidate winter = claim(1, 10, AIR_DEFENCE, "senior presidential official");
        Candidate power = claim(2, 11, AIR_DEFENCE_POWER, "a defence official");

        assertThat(suggest(List.of(winter), List.of(power))).isEmpty();
    }

    @Test
    void unrelated_claims_are_not_suggested() {
        Candidate budget = claim(1, 10, BUDGET);
        Candidate troops = claim(2, 11, ELEVEN_THOUSAND, "Pentagon", 11000.0);
        Candidate watering = claim(3, 12, "the town would not limit garden watering");

        assertThat(suggest(List.of(budget, troops), List.of(watering))).isEmpty();
    }

    // ---------------------------------------------------------------- pairs and ranking

    @Test
    void a_claim_is_never_suggested_with_itself() {
        Candidate budget = claim(1, 10, BUDGET);
        Candidate sameIdOtherArticle = claim(1, 11, BUDGET);

        assertThat(suggest(List.of(budget), List.of(budget, sameIdOtherArticle))).isEmpty();
        assertThat(suggest(List.of(budget, budget), List.of())).isEmpty();
    }

    @Test
    void each_pair_is_suggested_once_from_a_fresh_claim() {
        Candidate budget = claim(1, 10, BUDGET);
        Candidate reworded = claim(2, 11, BUDGET_REWORDED);
        Candidate older = claim(3, 12, BUDGET);

        // fresh claims that also appear among the existing ones are still compared once
        assertThat(suggest(List.of(budget, reworded), List.of(reworded, older)))
                .extracting(Suggestion::fromId, Suggestion::toId, Suggestion::basis)
                .containsExactly(
                        tuple(1L, 3L, Basis.WORDING),  // identical wording first (Jaccard 1.00)
                        tuple(2L, 3L, Basis.WORDING),  // then Jaccard 0.88, the newer other claim first
                        tuple(1L, 2L, Basis.WORDING));
    }

    @Test
    void a_contradiction_beats_the_same_claim_for_one_pair() {
        Candidate approved = claim(1, 10, BUDGET);
        Candidate notApproved = claim(2, 11, "The city council has not approved a new budget for road repairs");

        assertThat(suggest(List.of(approved), List.of(notApproved)))
                .extracting(Suggestion::fromId, Suggestion::toId, Suggestion::basis)
                .containsExactly(tuple(1L, 2L, Basis.NEGATION));
    }

    @Test
    void a_claim_gets_at_most_five_suggestions_contradictions_first_then_best_and_newest() {
        Candidate budget = claim(1, 1, BUDGET);
        List<Candidate> existing = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            existing.add(claim(100 + i, 2 + i, i % 2 == 0 ? BUDGET_REWORDED : BUDGET));
        }
        existing.add(claim(500, 99, "The city council has not approved a new budget for road repairs"));

        List<Suggestion> suggestions = suggest(List.of(budget), existing);

        assertThat(suggestions).hasSize(RelatedClaimFinder.MAX_PER_CLAIM);
        assertThat(suggestions.getFirst()).extracting(Suggestion::toId, Suggestion::basis)
                .containsExactly(500L, Basis.NEGATION);
        // then the identical wordings (Jaccard 1.00), the newest first; the rewordings (0.88) are left out
        assertThat(suggestions.subList(1, 5)).extracting(Suggestion::toId, Suggestion::reason).containsExactly(
                tuple(169L, "similar wording (Jaccard 1.00)"),
                tuple(167L, "similar wording (Jaccard 1.00)"),
                tuple(165L, "similar wording (Jaccard 1.00)"),
                tuple(163L, "similar wording (Jaccard 1.00)"));
    }

    @Test
    void fifty_suggestions_at_most_the_best_over_all_fresh_claims() {
        String[] districts = {"alder", "birch", "cedar", "dogwood", "elm", "fir", "ginkgo", "hazel", "ivy", "juniper",
                "kapok", "larch", "maple", "nutmeg", "oak", "pine", "quince", "rowan", "spruce", "teak"};
        List<Candidate> fresh = new ArrayList<>();
        List<Candidate> existing = new ArrayList<>();
        for (int i = 0; i < districts.length; i++) {
            String text = "The city council approved a new budget for road repairs in " + districts[i] + " district";
            fresh.add(claim(1 + i, 1, text));
            for (int j = 0; j < 6; j++) {
                existing.add(claim(1000 + i * 10 + j, 2 + j, text));
            }
        }

        List<Suggestion> suggestions = suggest(fresh, existing);

        // every fresh claim keeps its five newest identical claims (Jaccard 1.00, ahead of the other districts'
        // 0.80); of those 100, the 50 with the newest other claim are those of the last ten districts
        assertThat(suggestions).hasSize(RelatedClaimFinder.MAX_SUGGESTIONS)
                .allSatisfy(s -> {
                    assertThat(s.basis()).isEqualTo(Basis.WORDING);
                    assertThat(s.toId()).isBetween(1000 + (s.fromId() - 1) * 10 + 1, 1000 + (s.fromId() - 1) * 10 + 5);
                    assertThat(s.reason()).isEqualTo("similar wording (Jaccard 1.00)");
                });
        assertThat(suggestions).extracting(Suggestion::fromId).containsOnly(11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L,
                19L, 20L);
        assertThat(suggestions.getFirst().toId()).isEqualTo(1195);
    }

    @Test
    void missing_inputs_give_no_suggestions() {
        assertThat(suggest(List.of(), List.of())).isEmpty();
        assertThat(suggest(null, null)).isEmpty();
        List<Candidate> withNull = new ArrayList<>();
        withNull.add(null);
        withNull.add(new Candidate(1, 1, null, null, null));
        assertThat(suggest(withNull, List.of(new Candidate(2, 2, "", "", List.of())))).isEmpty();
    }

    /**
     * At the intended scale (50 fresh claims against 5,000), the inverted index must find exactly what comparing
     * every pair finds. Deliberately not a timing assertion.
     */
    @Test
    void the_index_finds_what_comparing_every_pair_finds_at_scale() {
        Random random = new Random(42);
        String[] vocabulary = new String[400];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "word" + Character.toString('a' + i % 26) + Character.toString('a' + i / 26);
        }
        List<Candidate> fresh = new ArrayList<>();
        List<Candidate> existing = new ArrayList<>();
        for (int i = 0; i < 5050; i++) {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(10) == 0) {
                text.append("not ");
            }
            int figure = random.nextInt(1000);
            text.append(figure).append(' ');
            for (int w = 0; w < 12; w++) {
                text.append(vocabulary[random.nextInt(40 + i % 360)]).append(' ');
            }
            Candidate candidate = new Candidate(i, i / 20, text.toString(), "Claimant " + (i % 30),
                    List.of((double) figure));
            (i < 50 ? fresh : existing).add(candidate);
        }

        List<Suggestion> suggestions = suggest(fresh, existing);

        assertThat(suggestions).isNotEmpty().isEqualTo(everyPairCompared(fresh, existing));
        assertThat(suggestions).extracting(Suggestion::basis).contains(Basis.NEGATION, Basis.DIFFERENT_FIGURES);
    }

    /** The finder without its index: every fresh claim against every other claim, ranked and capped alike. */
    private static List<Suggestion> everyPairCompared(List<Candidate> fresh, List<Candidate> existing) {
        Vocabulary vocabulary = new Vocabulary();
        List<PreparedClaim> from = fresh.stream().map(c -> PreparedClaim.of(c, vocabulary)).toList();
        List<PreparedClaim> to = existing.stream().map(c -> PreparedClaim.of(c, vocabulary)).toList();
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            PriorityQueue<Match> best = new PriorityQueue<>(RelatedClaimFinder.BEST_FIRST);
            List<PreparedClaim> others = new ArrayList<>(from.subList(i + 1, from.size()));
            others.addAll(to);
            for (PreparedClaim other : others) {
                Match match = Rules.evaluate(from.get(i), other,
                        Vocabulary.sharedCount(from.get(i).words(), other.words()));
                if (match != null) {
                    best.add(match);
                }
            }
            for (int k = 0; k < RelatedClaimFinder.MAX_PER_CLAIM && !best.isEmpty(); k++) {
                all.add(best.poll());
            }
        }
        all.sort(RelatedClaimFinder.BEST_FIRST);
        Set<Match> kept = new HashSet<>(all.subList(0, Math.min(all.size(), RelatedClaimFinder.MAX_SUGGESTIONS)));
        return all.stream().filter(kept::contains)
                .map(m -> new Suggestion(m.from().candidate().id(), m.to().candidate().id(), m.basis(), Rules.reason(m)))
                .toList();
    }
}
