package org.claimdesk.generate;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Writes one generated article and everything under it into the batches: its text built from its claims'
 * sentences (so offsets, sentences and highlights are right), claims with figures, and for the claims that were
 * worked on the sources, verdict, assignment, comments and history entries a desk would have left, in the order
 * and with the people the workflow allows (a verdict approved by someone other than its author, a TRUE verdict
 * with two supporting outlets, status moves recorded as the service records them).
 */
final class ArticleRows {

    private static final String[] TYPES = {"STATISTIC", "STATISTIC", "STATISTIC", "STATISTIC", "STATISTIC", "STATISTIC",
            "STATISTIC", "QUOTE", "QUOTE", "QUOTE", "QUOTE", "EVENT", "EVENT", "EVENT", "PREDICTION", "PREDICTION",
            "STATEMENT", "STATEMENT", "STATEMENT", "STATEMENT"};
    /** A desk's spread, per 100 claims: half never looked at, a quarter verified, the rest in the works. */
    private static final String[] STATUSES = weights("UNREVIEWED", 50, "IN_REVIEW", 15, "AWAITING_APPROVAL", 6,
            "VERIFIED", 26, "REOPENED", 3);
    private static final String[] RATINGS = weights("TRUE", 20, "MOSTLY_TRUE", 20, "MIXED", 15, "MOSTLY_FALSE", 15,
            "FALSE", 20, "UNPROVEN", 7, "NOT_YET_KNOWN", 3);
    private static final List<String[]> OUTLETS = List.of(
            new String[]{"dailyherald.example", "Daily Herald"}, new String[]{"news.example.org", "Example News"},
            new String[]{"stats.example.gov", "Statistics Office"}, new String[]{"courier.example", "Riverton Courier"},
            new String[]{"ledger.example.com", "Lakeview Ledger"}, new String[]{"wire.example.net", "Example Wire"},
            new String[]{"health.example.gov", "Ministry of Health"}, new String[]{"tribune.example", "Northgate Tribune"},
            new String[]{"factbase.example.org", "Factbase"}, new String[]{"radio.example.fm", "City Radio"});
    private static final List<String> COMMENTS = List.of(
            "Checked the release: the figure matches table 3.",
            "The spokesperson has not answered yet; I will call again tomorrow.",
            "The base year matters here: compared with 2019 the change is much smaller.",
            "Second source found, an independent one.",
            "Please have a look before I send this for approval.",
            "The quote appears in the recording at 14:32.");

    private final Batches b;
    private final Ids ids;
    private final SampleText words;
    private final RandomGenerator random;
    private final OffsetDateTime now;

    ArticleRows(Batches b, Ids ids, SampleText words, RandomGenerator random, OffsetDateTime now) {
        this.b = b;
        this.ids = ids;
        this.words = words;
        this.random = random;
        this.now = now;
    }

    /** Adds one article of {@code claims} claims to the batches; the first claim of a run is {@code rich}. */
    void article(Desk.Team team, int claims, boolean richFirstClaim) throws SQLException {
        long articleId = ids.article++;
        OffsetDateTime created = now.minusMinutes(random.nextLong(2L * 365 * 24 * 60));
        String importer = words.pick(team.members());
        String title = words.title();
        StringBuilder text = new StringBuilder(title).append("\n\n");
        for (int i = 0; i < claims; i++) {
            if (random.nextInt(10) < 4) {
                text.append(words.filler()).append(' ');
            }
            claim(articleId, team, text, created, importer, richFirstClaim && i == 0);
            if (random.nextInt(6) == 0) {
                text.append("\n\n");
            }
        }
        text.append(words.filler());
        // articles go in before their claims: PostgreSQL's claim trigger reads the article's title
        String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()))[1];
        b.articles.add(articleId, title, "https://news.example/" + articleId, outlet,
                created.toLocalDate().minusDays(random.nextInt(3)), text.toString(),
                String.format(Locale.ROOT, "%s%016x", GeneratedData.HASH_PREFIX, articleId), importer, created,
                importer, created, 0L, team.id());
    }

    private void claim(long articleId, Desk.Team team, StringBuilder text, OffsetDateTime created, String importer,
                       boolean rich) throws SQLException {
        long id = ids.claim++;
        String type = TYPES[random.nextInt(TYPES.length)];
        SampleText.Words w = words.claim(type);
        boolean person = random.nextInt(10) < 6;
        String claimant = person ? words.person() : words.institution();
        String description = person ? words.role() : null;
        String claimText;
        String sentence;
        String cue;
        int at;
        switch (random.nextInt(3)) {
            case 0 -> {
                claimText = Character.toUpperCase(w.text().charAt(0)) + w.text().substring(1);
                sentence = "\"" + claimText + ",\" said " + claimant + (person ? ", " + description : "") + ".";
                at = 1;
                cue = "said";
            }
            case 1 -> {
                claimText = w.text();
                sentence = cap(claimant) + " said " + claimText + ".";
                at = sentence.indexOf(" said ") + 6;
                cue = "said";
            }
            default -> {
                claimText = w.text();
                sentence = "According to " + claimant + ", " + claimText + ".";
                at = sentence.length() - 1 - claimText.length();
                cue = "according to";
            }
        }
        int start = text.length() + at;
        text.append(sentence).append(' ');
        String status = rich ? "VERIFIED" : STATUSES[random.nextInt(STATUSES.length)];
        double worthiness = Math.round(random.nextDouble(type.equals("STATISTIC") ? 0.5 : 0.2, 0.98) * 100) / 100.0;
        OffsetDateTime updated = status.equals("UNREVIEWED") ? created : later(created, 24 * 20);
        String updatedBy = status.equals("UNREVIEWED") ? importer : words.pick(team.members());
        b.claims.add(id, articleId, claimText, sentence, start, start + claimText.length(), claimant, description, cue,
                null, type, null, worthiness, status, 0L, created, updated, updatedBy, "EXTRACTED", importer);
        if (w.figure() != null) {
            b.quantities.add(ids.quantity++, id, 0, w.figure(), w.value(), w.unit(), false);
        }
        history(id, articleId, "EXTRACTED", null, null, claimant + ": " + claimText, importer, created);
        if (!status.equals("UNREVIEWED") || random.nextInt(100) < 15) {
            work(id, articleId, team, status, created, rich);
        }
    }

    /** What happened to a claim after import, as the services would have recorded it. */
    private void work(long claimId, long articleId, Desk.Team team, String status, OffsetDateTime created, boolean rich)
            throws SQLException {
        String worker = words.pick(team.members());
        OffsetDateTime t = later(created, 48);
        if (random.nextInt(10) < 9 || status.equals("UNREVIEWED")) {
            String editor = words.pick(team.editors());
            LocalDate due = created.toLocalDate().plusDays(2 + random.nextInt(13));
            String priority = random.nextInt(5) == 0 ? "HIGH" : random.nextInt(4) == 0 ? "LOW" : "NORMAL";
            // a past due date counts as already reminded: a started server must not send a year of reminders at once
            OffsetDateTime reminded = due.isBefore(now.toLocalDate())
                    ? due.plusDays(1).atTime(6, 0).atOffset(ZoneOffset.UTC) : null;
            b.assignments.add(claimId, worker, due, priority, editor, t, editor, t, 0L, reminded);
            history(claimId, articleId, "ASSIGNED", "assignment", null, worker + ", due " + due + ", " + priority,
                    editor, t);
        }
        if (status.equals("UNREVIEWED")) {
            return;
        }
        String rating = RATINGS[random.nextInt(RATINGS.length)];
        int sources = rich ? 50 : switch (status) {
            case "IN_REVIEW" -> 1 + random.nextInt(2);
            case "VERIFIED" -> 2 + random.nextInt(3);
            default -> 2 + random.nextInt(2);
        };
        boolean corroborated = rating.equals("TRUE") || rating.equals("MOSTLY_TRUE");
        int firstOutlet = random.nextInt(OUTLETS.size());
        int entries = 1;
        for (int i = 0; i < sources; i++) {
            String[] outlet = OUTLETS.get((firstOutlet + i) % OUTLETS.size()); // distinct outlets, at least 10
            String stance = (corroborated && i < 2) ? "SUPPORTS"
                    : switch (random.nextInt(5)) { case 0 -> "CONTRADICTS"; case 1 -> "CONTEXT"; default -> "SUPPORTS"; };
            t = later(t, 24);
            long sourceId = ids.source++;
            b.sources.add(sourceId, claimId, "https://" + outlet[0] + "/story/" + sourceId, outlet[0],
                    words.pick(SampleText.TOPICS) + " in " + words.pick(SampleText.PLACES), outlet[1], words.person(),
                    t.toLocalDate().minusDays(random.nextInt(30)), t.toLocalDate(), stance, words.filler(),
                    random.nextInt(3) == 0 ? "https://archive.example/" + sourceId : null, worker, t, worker, t, 0L);
            history(claimId, articleId, "SOURCE_ADDED", null, null, stance + " " + outlet[0], worker, t);
            entries++;
            if (i == 0) {
                history(claimId, articleId, "STATUS", "status", "UNREVIEWED", "IN_REVIEW", worker, t);
                entries++;
            }
        }
        int comments = rich ? 20 : random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
        for (int i = 0; i < comments; i++) {
            t = later(t, 12);
            String author = words.pick(team.members());
            b.comments.add(ids.comment++, claimId, author, t, words.pick(COMMENTS));
            history(claimId, articleId, "COMMENTED", null, null, words.pick(COMMENTS), author, t);
            entries++;
        }
        if (status.equals("IN_REVIEW")) {
            return;
        }
        t = later(t, 24);
        String attribution = random.nextInt(20) == 0 ? "UNCONFIRMED" : "CONFIRMED";
        String rationale = "The " + words.institution() + " figures and " + sources + " sources were compared; "
                + words.filler();
        if (!status.equals("REOPENED")) {
            String approver = status.equals("VERIFIED") ? other(team, worker) : null;
            OffsetDateTime approved = approver == null ? null : later(t, 48);
            b.verdicts.add(claimId, attribution, rating, rationale, null, worker, t, approver, approved, 0L, worker, t,
                    approver == null ? worker : approver, approved == null ? t : approved);
        }
        history(claimId, articleId, "VERDICT", "verdict", null, rating + " / " + attribution, worker, t);
        history(claimId, articleId, "STATUS", "status", "IN_REVIEW", "AWAITING_APPROVAL", worker, t);
        entries += 2;
        if (status.equals("VERIFIED") || status.equals("REOPENED")) {
            String editor = other(team, worker);
            t = later(t, 48);
            history(claimId, articleId, "APPROVED", null, null, "approved " + rating, editor, t);
            history(claimId, articleId, "STATUS", "status", "AWAITING_APPROVAL", "VERIFIED", editor, t);
            entries += 2;
            if (status.equals("REOPENED")) {
                t = later(t, 72);
                history(claimId, articleId, "REOPENED", null, null, "reopened: new figures were published", editor, t);
                history(claimId, articleId, "STATUS", "status", "VERIFIED", "REOPENED", editor, t);
                entries += 2;
            }
        }
        // the claim page's worst case (issue 11): 50 sources and 200 history entries
        while (rich && entries < 200) {
            t = later(t, 1);
            history(claimId, articleId, "EDITED", "claimant", "before " + entries, "after " + entries, worker, t);
            entries++;
        }
    }

    private String other(Desk.Team team, String worker) {
        List<String> others = team.editors().stream().filter(e -> !e.equals(worker)).toList();
        if (others.isEmpty()) {
            others = team.members().stream().filter(m -> !m.equals(worker)).toList();
        }
        return words.pick(others);
    }

    private void history(long claimId, long articleId, String action, String field, String before, String after,
                         String actor, OffsetDateTime at) throws SQLException {
        b.history.add(ids.audit++, "CLAIM", claimId, articleId, action, field, before, after, actor, at);
    }

    /** A moment up to {@code hours} after {@code t}, never in the future. */
    private OffsetDateTime later(OffsetDateTime t, int hours) {
        OffsetDateTime next = t.plusMinutes(1 + random.nextLong(hours * 60L));
        return next.isAfter(now) ? now : next;
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String[] weights(Object... pairs) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (int k = 0; k < (Integer) pairs[i + 1]; k++) {
                out.add((String) pairs[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    /** The next explicit id of each table with an identity column (the generator writes ids itself). */
    static final class Ids {
        long article;
        long claim;
        long quantity;
        long source;
        long comment;
        long audit;
    }
}
