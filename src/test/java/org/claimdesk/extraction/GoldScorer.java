package org.claimdesk.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Scores the engine against a gold file exactly like shared/tools/score-extraction.py does. */
final class GoldScorer {

    /** Totals over all articles. */
    record Score(int required, int hit, int predictions, int good, int claimant, int quantities, int quantityHits,
                 int figuresInOwnWords, int figuresListed) {

        static final Score NONE = new Score(0, 0, 0, 0, 0, 0, 0, 0, 0);

        Score plus(Score o) {
            return new Score(required + o.required, hit + o.hit, predictions + o.predictions, good + o.good,
                    claimant + o.claimant, quantities + o.quantities, quantityHits + o.quantityHits,
                    figuresInOwnWords + o.figuresInOwnWords, figuresListed + o.figuresListed);
        }

        double recall() {
            return required == 0 ? 1 : (double) hit / required;
        }

        double precision() {
            return predictions == 0 ? 0 : (double) good / predictions;
        }

        double claimantAccuracy() {
            return hit == 0 ? 0 : (double) claimant / hit;
        }

        double quantityAccuracy() {
            return quantities == 0 ? 1 : (double) quantityHits / quantities;
        }

        /** The scorer's "figures in the claim's own words": listed figures whose written form lies in the claim's text. */
        double ownWords() {
            return figuresListed == 0 ? 1 : (double) figuresInOwnWords / figuresListed;
        }

        String summary() {
            return String.format(Locale.ROOT, "extraction: recall %.2f, precision %.2f, claimant %.2f, quantities %.2f; "
                    + "figures in the claim's own words %.2f (%d/%d)", recall(), precision(), claimantAccuracy(),
                    quantityAccuracy(), ownWords(), figuresInOwnWords, figuresListed);
        }
    }

    private GoldScorer() {
    }

    static String norm(String s) {
        String t = (s == null ? "" : s).replace('\u201C', '"').replace('\u201D', '"').replace('\u2019', '\'')
                .replace('\u2018', '\'');
        return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    static Score score(Path gold, Path folder, PrintStream log) throws IOException {
        Map<String, Object> g = new TreeMap<>((Map<String, Object>) MiniJson.parse(Files.readString(gold)));
        Score s = Score.NONE;
        for (Map.Entry<String, Object> e : g.entrySet()) {
            Map<String, Object> art = (Map<String, Object>) e.getValue();
            List<Map<String, Object>> required = (List<Map<String, Object>>) art.get("required");
            List<Object> optional = (List<Object>) art.getOrDefault("optional", List.of());
            String text = Files.readString(folder.resolve(e.getKey()));
            List<ExtractedClaim> preds = ClaimExtractor.standard().extract(text);
            List<String> predTexts = preds.stream().map(p -> norm(p.text() + " " + p.sentence())).toList();
            List<String> keys = new java.util.ArrayList<>();
            required.forEach(r -> keys.add(norm((String) r.get("key"))));
            optional.forEach(o -> keys.add(norm((String) o)));
            int inside = 0;
            int listed = 0;
            for (ExtractedClaim p : preds) {
                for (ExtractedQuantity x : p.quantities()) {
                    String w = norm(x.text());
                    if (!w.isEmpty()) {
                        listed++;
                        inside += norm(p.text()).contains(w) ? 1 : 0;
                    }
                }
            }
            int good = (int) predTexts.stream().filter(t -> keys.stream().anyMatch(t::contains)).count();
            int hit = 0;
            int who = 0;
            int q = 0;
            int qhit = 0;
            for (Map<String, Object> r : required) {
                String k = norm((String) r.get("key"));
                List<Object> gq = (List<Object>) r.get("quantities");
                q += gq.size();
                List<ExtractedClaim> m = new java.util.ArrayList<>();
                for (int i = 0; i < preds.size(); i++) {
                    if (predTexts.get(i).contains(k)) {
                        m.add(preds.get(i));
                    }
                }
                if (m.isEmpty()) {
                    log.println("  missed [" + e.getKey() + "]: " + r.get("key"));
                    continue;
                }
                hit++;
                List<Object> aliases = (List<Object>) r.get("claimant");
                if (m.stream().anyMatch(p -> aliases.stream().anyMatch(a -> norm(p.claimant()).contains((String) a)))) {
                    who++;
                } else {
                    log.println("  wrong claimant [" + e.getKey() + "]: " + r.get("key") + " -> "
                            + m.stream().map(ExtractedClaim::claimant).toList());
                }
                for (Object v : gq) {
                    double gv = ((Number) v).doubleValue();
                    boolean found = m.stream().flatMap(p -> p.quantities().stream())
                            .anyMatch(x -> Math.abs(x.value() - gv) <= 1e-6 * Math.max(1.0, Math.abs(gv)));
                    if (found) {
                        qhit++;
                    } else {
                        log.println("  missed quantity [" + e.getKey() + "]: " + ClaimJson.number(gv) + " in " + k);
                    }
                }
            }
            log.printf("%s: %d/%d found, %d/%d predictions match, claimant %d/%d, quantities %d/%d%n", e.getKey(), hit,
                    required.size(), good, preds.size(), who, hit, qhit, q);
            s = s.plus(new Score(required.size(), hit, preds.size(), good, who, q, qhit, inside, listed));
        }
        log.println(s.summary());
        return s;
    }
}
