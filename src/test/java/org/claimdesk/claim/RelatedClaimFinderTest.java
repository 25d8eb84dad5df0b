package org.claimdesk.claim;

import org.claimdesk.claim.RelatedClaimFinder.Candidate;
import org.claimdesk.claim.RelatedClaimFinder.Kind;
import org.claimdesk.claim.RelatedClaimFinder.Suggestion;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

    // ---------------------------------------------------------------- negation

    @Test
    void negated_combat_claim_is_suggested_as_a_contradiction() {
        Candidate first = claim(1, 10, FIRST_COMBAT, "Volodymyr Zelenskyy");
        Candidate notYet = claim(2, 10, NOT_YET_ENGAGED, "senior presidential official");

        List<Suggestion> suggestions = RelatedClaimFinder.suggest(List.of(first, notYet), List.of());

        assertThat(suggestions).hasSize(1);
        Suggestion suggestion = suggestions.getFirst();
        assertThat(suggestion.fromId()).isEqualTo(1);
        assertThat(suggestion.toId()).isEqualTo(2);
        assertThat(suggestion.kind()).isEqualTo(Kind.CONTRADICTS);
        assertThat(suggestion.reason())
                .isEqualTo("one says 'not yet \u2026 engaged \u2026 combat', the other does not");
    }

    @Test
    void negated_claim_is_a_contradiction_whichever_side_is_fresh() {
        Candidate notYet = claim(2, 20, NOT_YET_ENGAGED, "senior presidential official");
        Candidate first = claim(1, 10, FIRST_COMBAT, "Volodymyr Zelenskyy");

        List<Suggestion> suggestions = RelatedClaimFinder.suggest(List.of(notYet), List.of(first));

        assertThat(suggestions).extracting(Suggestion::fromId, Suggestion::toId, Suggestion::kind)
                .containsExactly(tuple(2L, 1L, Kind.CONTRADICTS));
    }

    @Test
    void unrelated_negated_claim_is_not_suggested() {
        Candidate watering = claim(1, 10, "the town would not limit garden watering", "mayor");
        Candidate crops = claim(2, 10, "some 2,500 hectares of crops could fail", "farmer", 2500.0);

        assertThat(RelatedClaimFinder.suggest(List.of(watering, crops), List.of())).isEmpty();
    }

    @Test
    void a_shared_subject_outside_the_negation_is_not_a_contradiction() {
        // shares "North Korean ... Russia", but what is denied (combat) is not what the other claim says
        Candidate notYet = claim(1, 10, NOT_YET_ENGAGED, "senior presidential official");
        Candidate stationed = claim(2, 11, ELEVEN_THOUSAND, "intelligence service", 11000.0);

        assertThat(RelatedClaimFinder.suggest(List.of(notYet), List.of(stationed))).isEmpty();
    }

    @Test
    void a_negation_of_something_the_other_claim_does_not_say_is_not_a_contradiction() {
        Candidate notConfirmed = claim(1, 10, "Russia has not confirmed the presence of North Korean troops");
        Candidate deployed = claim(2, 11, "North Korean troops have been deployed to Russia's Kursk region");
        Candidate confirmed = claim(3, 12, "Russia confirmed the presence of North Korean troops on its territory");

        assertThat(RelatedClaimFinder.suggest(List.of(notConfirmed), List.of(deployed, confirmed)))
                .extracting(Suggestion::toId, Suggestion::kind)
                .containsExactly(tuple(3L, Kind.CONTRADICTS));
    }

    @Test
    void contractions_and_denials_count_as_negation() {
        Candidate hasnt = claim(1, 10, "The mayor hasn't signed the water restriction order");
        Candidate signed = claim(2, 11, "The mayor signed the water restriction order on Monday");
        Candidate denied = claim(3, 12, "Moscow denied that its drones struck the power plant");
        Candidate struck = claim(4, 13, "Drones struck the power plant overnight");

        List<Suggestion> suggestions = RelatedClaimFinder.suggest(List.of(hasnt, denied), List.of(signed, struck));

        assertThat(suggestions).extracting(Suggestion::fromId, Suggestion::toId, Suggestion::kind)
                .containsExactlyInAnyOrder(
                        tuple(1L, 2L, Kind.CONTRADICTS),
                        tuple(3L, 4L, Kind.CONTRADICTS));
        assertThat(suggestions).filteredOn(s -> s.fromId() == 1).first()
                .extracting(Suggestion::reason).asString().contains("hasn't", "signed");
        assertThat(suggestions).filteredOn(s -> s.fromId() == 3).first()
                .extracting(Suggestion::reason).asString().contains("denied", "drones");
    }

    @Test
    void not_only_is_not_a_negation() {
        Candidate notOnly = claim(1, 10, "The storm not only flooded the harbour but also damaged the lighthouse");
        Candidate plain = claim(2, 11, "The storm flooded the harbour and damaged the lighthouse");

        List<Suggestion> suggestions = RelatedClaimFinder.suggest(List.of(notOnly), List.of(plain));

        assertThat(suggestions).singleElement().extracting(Suggestion::kind).isEqualTo(Kind.SAME_CLAIM);
    }

    // ---------------------------------------------------------------- figures

    @Test
    void different_figures_on_the_same_subject_are_a_contradiction() {
        Candidate eleven = claim(1, 10, ELEVEN_THOUSAND, "Pentagon", 11000.0);
        Candidate ten = claim(2, 11, TEN_THOUSAND, "South Korean intelligence", 10000.0);

        List<Suggestion> suggestions = RelatedClaimFinder.suggest(List.of(eleven), List.of(ten));

        assertThat(suggestions).containsExactly(new Suggestion(1, 2, Kind.CONTRADICTS,
                "same subject, different figures: 11,000 vs 10,000"));
    }

    @Test
    void different_figures_in_the_same_article_are_still_a_contradiction() {
        Candidate eleven = claim(1, 10, ELEVEN_THOUSAND, "Pentagon", 11000.0);
        Candidate ten = claim(2, 10, TEN_THOUSAND, "South Korean intelligence", 10000.0);

        assertThat(RelatedClaimFinder.suggest(List.of(eleven, ten), List.of()))
                .singleElement().extracting(Suggestion::kind).isEqualTo(Kind.CONTRADICTS);
    }

    @Test
    void figures_within_one_percent_with_similar_wording_are_the_same_claim() {
        Candidate eleven = claim(1, 10, ELEVEN_THOUSAND, "Pentagon", 11000.0);
        Candidate aboutEleven = claim(2, 11, "about 11,050 North Korean soldiers are in Russia's Kursk region",
                "South Korean intelligence", 11050.0);

        List<Suggestion> suggestions = RelatedClaimFinder.suggest(List.of(eleven), List.of(aboutEleven));

        assertThat(suggestions).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Kind.SAME_CLAIM);
            assertThat(s.reason()).startsWith("similar wording (Jaccard ");
        });
    }

    @Test
    void figures_counting_different_things_are_not_a_contradiction() {
        Candidate soldiers = claim(1, 10, ELEVEN_THOUSAND, "Pentagon", 11000.0);
        Candidate tanks = claim(2, 11, "North Korean units in Russia's Kursk region lost 300 tanks", "analyst", 300.0);

        assertThat(RelatedClaimFinder.suggest(List.of(soldiers), List.of(tanks))).isEmpty();
    }

    @Test
    void a_percentage_is_compared_only_with_a_percentage() {
        Candidate fivePercent = claim(1, 10, "Unemployment in the northern region rose to 5% last year", null, 5.0);
        Candidate sevenPercent = claim(2, 11, "Unemployment in the northern region rose to 7% last year", null, 7.0);
        Candidate people = claim(3, 12, "Unemployment in the northern region rose by 5,000 people last year", null, 5000.0);

        List<Suggestion> suggestions = RelatedClaimFinder.suggest(List.of(fivePercent), List.of(sevenPercent, people));

        assertThat(suggestions).containsExactly(new Suggestion(1, 2, Kind.CONTRADICTS,
                "same subject, different figures: 5 vs 7"));
    }

    // ---------------------------------------------------------------- same claim

    @Test
    void similar_wording_across_articles_is_the_same_claim() {
        Candidate budget = claim(1, 10, BUDGET);
        Candidate reworded = claim(2, 11, BUDGET_REWORDED);

        List<Suggestion> suggestions = RelatedClaimFinder.suggest(List.of(budget), List.of(reworded));

        assertThat(suggestions).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Kind.SAME_CLAIM);
            assertThat(s.reason()).matches("similar wording \\(Jaccard 0\\.\\d\\d\\)");
        });
    }

    @Test
    void similar_wording_in_the_same_article_is_not_suggested() {
        Candidate budget = claim(1, 10, BUDGET);
        Candidate reworded = claim(2, 10, BUDGET_REWORDED);

        assertThat(RelatedClaimFinder.suggest(List.of(budget, reworded), List.of())).isEmpty();
        assertThat(RelatedClaimFinder.suggest(List.of(budget), List.of(reworded))).isEmpty();
    }

    @Test
    void loosely_similar_wording_from_the_same_claimant_is_the_same_claim() {
        Candidate winter = claim(1, 10, AIR_DEFENCE, "Volodymyr Zelenskyy");
        Candidate power = claim(2, 11, AIR_DEFENCE_POWER, "President ZELENSKYY");

        List<Suggestion> suggestions = RelatedClaimFinder.suggest(List.of(winter), List.of(power));

        assertThat(suggestions).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Kind.SAME_CLAIM);
            assertThat(s.reason()).startsWith("same claimant, similar wording");
        });
    }

    @Test
    void loosely_similar_wording_from_different_claimants_is_not_suggested() {
        Candidate winter = claim(1, 10, AIR_DEFENCE, "Volodymyr Zelenskyy");
        Candidate power = claim(2, 11, AIR_DEFENCE_POWER, "Jens Stoltenberg");

        assertThat(RelatedClaimFinder.suggest(List.of(winter), List.of(power))).isEmpty();
    }

    @Test
    void a_role_is_not_a_surname() {
        Candidate winter = claim(1, 10, AIR_DEFENCE, "senior presidential official");
        Candidate power = claim(2, 11, AIR_DEFENCE_POWER, "a defence official");

        assertThat(RelatedClaimFinder.suggest(List.of(winter), List.of(power))).isEmpty();
    }

    @Test
    void unrelated_claims_are_not_suggested() {
        Candidate budget = claim(1, 10, BUDGET);
        Candidate troops = claim(2, 11, ELEVEN_THOUSAND, "Pentagon", 11000.0);
        Candidate watering = claim(3, 12, "the town would not limit garden watering");

        assertThat(RelatedClaimFinder.suggest(List.of(budget, troops), List.of(watering))).isEmpty();
    }

    // ---------------------------------------------------------------- pairs and ranking

    @Test
    void a_claim_is_never_suggested_with_itself() {
        Candidate budget = claim(1, 10, BUDGET);
        Candidate sameIdOtherArticle = claim(1, 11, BUDGET);

        assertThat(RelatedClaimFinder.suggest(List.of(budget), List.of(budget, sameIdOtherArticle))).isEmpty();
        assertThat(RelatedClaimFinder.suggest(List.of(budget, budget), List.of())).isEmpty();
    }

    @Test
    void each_pair_is_suggested_once_from_a_fresh_claim() {
        Candidate budget = claim(1, 10, BUDGET);
        Candidate reworded = claim(2, 11, BUDGET_REWORDED);
        Candidate older = claim(3, 12, BUDGET);

        // fresh claims that also appear among the existing ones are still compared once
        List<Suggestion> suggestions = RelatedClaimFinder.suggest(List.of(budget, reworded), List.of(reworded, older));

        assertThat(suggestions).extracting(Suggestion::fromId, Suggestion::toId)
                .containsExactlyInAnyOrder(
                        tuple(1L, 2L),
                        tuple(1L, 3L),
                        tuple(2L, 3L));
    }

    @Test
    void a_contradiction_beats_the_same_claim_for_one_pair() {
        Candidate approved = claim(1, 10, BUDGET);
        Candidate notApproved = claim(2, 11, "The city council has not approved a new budget for road repairs");

        assertThat(RelatedClaimFinder.suggest(List.of(approved), List.of(notApproved)))
                .singleElement().extracting(Suggestion::kind).isEqualTo(Kind.CONTRADICTS);
    }

    @Test
    void a_claim_gets_at_most_five_suggestions_best_and_newest_first() {
        Candidate budget = claim(1, 1, BUDGET);
        List<Candidate> existing = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            existing.add(claim(100 + i, 2 + i, i % 2 == 0 ? BUDGET_REWORDED : BUDGET));
        }
        existing.add(claim(500, 99, "The city council has not approved a new budget for road repairs"));

        List<Suggestion> suggestions = RelatedClaimFinder.suggest(List.of(budget), existing);

        assertThat(suggestions).hasSize(RelatedClaimFinder.MAX_PER_CLAIM);
        assertThat(suggestions.getFirst()).extracting(Suggestion::toId, Suggestion::kind)
                .containsExactly(500L, Kind.CONTRADICTS);
        // then the identical wordings (Jaccard 1.00), the newest first
        assertThat(suggestions.subList(1, 5)).extracting(Suggestion::toId).containsExactly(169L, 167L, 165L, 163L);
        assertThat(suggestions.subList(1, 5)).allSatisfy(s -> assertThat(s.reason()).endsWith("(Jaccard 1.00)"));
    }

    @Test
    void suggestions_are_capped_at_fifty_over_all_fresh_claims() {
        List<Candidate> fresh = new ArrayList<>();
        List<Candidate> existing = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            fresh.add(claim(1 + i, 1, BUDGET + " in district " + (char) ('a' + i)));
            for (int j = 0; j < 6; j++) {
                existing.add(claim(1000 + i * 10 + j, 2 + j, BUDGET + " in district " + (char) ('a' + i)));
            }
        }
        assertThat(RelatedClaimFinder.suggest(fresh, existing)).hasSize(RelatedClaimFinder.MAX_SUGGESTIONS);
    }

    @Test
    void missing_inputs_give_no_suggestions() {
        assertThat(RelatedClaimFinder.suggest(List.of(), List.of())).isEmpty();
        assertThat(RelatedClaimFinder.suggest(null, null)).isEmpty();
        assertThat(RelatedClaimFinder.suggest(List.of(new Candidate(1, 1, null, null, null)),
                List.of(new Candidate(2, 2, "", "", List.of())))).isEmpty();
    }

    @Test
    void engagement_engaged_and_engage_share_a_stem() {
        assertThat(List.of("engagement", "engaged", "engage", "engaging", "engagements"))
                .extracting(RelatedClaimFinder::stem).containsOnly(RelatedClaimFinder.stem("engage"));
        assertThat(RelatedClaimFinder.stem("troops")).isEqualTo(RelatedClaimFinder.stem("troop"));
        assertThat(RelatedClaimFinder.stem("forces")).isEqualTo(RelatedClaimFinder.stem("force"));
        assertThat(RelatedClaimFinder.stem("stationed")).isEqualTo(RelatedClaimFinder.stem("station"));
    }

    /** A sanity run at the intended scale; deliberately not a timing assertion. */
    @Test
    void fifty_fresh_claims_against_five_thousand_existing_ones_complete() {
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

        long started = System.nanoTime();
        List<Suggestion> suggestions = RelatedClaimFinder.suggest(fresh, existing);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(suggestions).isNotNull();
        assertThat(suggestions.size()).isLessThanOrEqualTo(50);
        System.out.println("RelatedClaimFinder: 50 x 5000 in " + millis + " ms");
    }
}
