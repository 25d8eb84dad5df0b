package org.claimdesk.generate;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Newsroom-like words for generated articles and claims: a fixed vocabulary of places, people, topics and
 * sentence patterns, picked with a seeded random generator so that two runs with the same seed write the same data.
 */
final class SampleText {

    static final List<String> PLACES = List.of("Lakeside", "Riverton", "Northgate", "Harbor City", "Eastfield",
            "Millbrook", "Stonebridge", "Westport", "Oakdale", "Fairview", "Kingsford", "Ashton", "Brightwater",
            "Cedar Falls", "Glenwood", "Hillcrest", "Marlow", "Pinehurst", "Redcliff", "Southwick");
    static final List<String> TOPICS = List.of("Housing plan", "Hospital waiting times", "School budget",
            "Harbor expansion", "Unemployment figures", "Climate change plan", "Bus fares", "Crime statistics",
            "Water prices", "Tax reform", "Energy bills", "Road safety", "Migration figures", "Pension reform",
            "Flood defences", "Minimum wage", "Police numbers", "Air quality", "Broadband rollout", "Farm subsidies");
    static final List<String> ANGLES = List.of("fact check", "what the figures say", "claims and evidence",
            "the numbers behind the debate", "council meeting", "campaign trail", "budget hearing", "press conference");
    private static final List<String> FIRST = List.of("Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace",
            "Hiro", "Ines", "Jonas", "Kofi", "Lena", "Marco", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Samir", "Tara");
    private static final List<String> LAST = List.of("Adams", "Brennan", "Castillo", "Dubois", "Eriksen", "Fischer",
            "Garcia", "Haddad", "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov",
            "Quinn", "Rossi", "Schmidt", "Tanaka");
    private static final List<String> ROLES = List.of("the mayor", "a council spokesperson", "the health minister",
            "the opposition leader", "the police chief", "a union representative", "the finance director",
            "an economist at the university", "the harbor authority's director", "a local business owner");
    private static final List<String> INSTITUTIONS = List.of("the Statistics Office", "the Ministry of Health",
            "the city council", "the Chamber of Commerce", "the harbor authority", "the central bank",
            "the transport authority", "the environment agency");
    private static final List<String> THINGS = List.of("unemployment", "inflation", "rents", "house prices",
            "waiting times", "bus ridership", "crime", "school enrolment", "energy prices", "tax revenue",
            "emissions", "hospital admissions", "tourism", "water use", "road deaths");
    private static final List<String> FILLER = List.of(
            "The debate continued late into the evening.",
            "Residents packed the hall to hear the proposals.",
            "The figures were published on the council's website the same morning.",
            "Critics said the plan left important questions unanswered.",
            "The committee is expected to vote on the matter next month.",
            "Several speakers were interrupted by applause.",
            "Reporters asked for the underlying data after the briefing.",
            "The proposal has been discussed for more than a year.");

    private final RandomGenerator random;

    SampleText(RandomGenerator random) {
        this.random = random;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    String title() {
        return pick(TOPICS) + " in " + pick(PLACES) + ": " + pick(ANGLES);
    }

    String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    String role() {
        return pick(ROLES);
    }

    String institution() {
        return pick(INSTITUTIONS);
    }

    String filler() {
        return pick(FILLER);
    }

    /** A claim's words for its type; the figure, if any, is returned with it so that the quantity matches the text. */
    Words claim(String type) {
        String thing = pick(THINGS);
        String place = pick(PLACES);
        int year = 2010 + random.nextInt(14);
        return switch (type) {
            case "STATISTIC" -> {
                double value = Math.round(random.nextDouble(0.5, 40) * 10) / 10.0;
                String figure = String.format(Locale.ROOT, "%.1f percent", value);
                boolean up = random.nextBoolean();
                yield new Words(cap(thing) + (up ? " rose " : " fell ") + figure + " in " + place + " since " + year,
                        figure, value, "percent");
            }
            case "PREDICTION" -> {
                int value = 1 + random.nextInt(5000);
                String figure = String.format(Locale.ROOT, "%,d", value);
                yield new Words("the plan will create " + figure + " jobs in " + place + " by " + (2026 + random.nextInt(6)),
                        figure, value, "jobs");
            }
            case "QUOTE" -> new Words("we have never cut " + thing + " funding in " + place, null, 0, null);
            case "EVENT" -> new Words("the council approved the " + pick(TOPICS).toLowerCase(Locale.ROOT) + " for "
                    + place + " in " + year, null, 0, null);
            default -> new Words(cap(thing) + " in " + place + " is the lowest in the region", null, 0, null);
        };
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A claim's text and, when it states one, its figure as written, its value and unit. */
    record Words(String text, String figure, double value, String unit) {
    }
}
