package org.claimdesk.article;

import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.QuantityDetails;
import org.claimdesk.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Exports an article's claims, as corrected by the fact-checkers, as gold data in the extraction scorer's
 * format (shared/tools/score-extraction.py): the workbench grows its own evaluation corpus.
 */
@Service
public class GoldExport {

    /** A key is a verbatim phrase of the claim: short enough to survive small re-wordings of the engine. */
    static final int MAX_KEY_WORDS = 10;

    private final ArticleService articles;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    GoldExport(ArticleService articles) {
        this.articles = articles;
    }

    /** The file name the article's text gets in the gold data, e.g. "article-12.txt". */
    public static String fileNameOf(long articleId) {
        return "article-" + articleId + ".txt";
    }

    /** The gold entry of one article: {fileName: {required: [...], optional: []}}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public Map<String, Object> gold(long articleId) {
        return gold(articles.get(articleId));
    }

    /** A zip with the article text and expected-claims.json, ready for the scorer. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public byte[] goldZip(long articleId) {
        ArticleDetails a = articles.get(articleId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(fileNameOf(a.id())));
            zip.write(a.text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("expected-claims.json"));
            zip.write(json.writeValueAsBytes(gold(a)));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, Object> gold(ArticleDetails a) {
        List<Map<String, Object>> required = new ArrayList<>();
        for (ClaimDetails c : a.claims()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", keyOf(a.text(), c));
            entry.put("claimant", List.of(aliasOf(c.claimant())));
            entry.put("quantities", c.quantities().stream().map(QuantityDetails::value).toList());
            required.add(entry);
        }
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("required", required);
        article.put("optional", List.of());
        return Map.of(fileNameOf(a.id()), article);
    }

    /** Up to ten words of the claim's span, verbatim from the article (the scorer looks for it there). */
    static String keyOf(String text, ClaimDetails c) {
        int start = Math.max(0, Math.min(c.start(), text.length()));
        int end = Math.max(start, Math.min(c.end(), text.length()));
        String[] words = text.substring(start, end).strip().split("\\s+");
        int n = Math.min(words.length, MAX_KEY_WORDS);
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
    }

    /** The claimant's last word in lower case: a surname, or the head noun of "a senior official". */
    static String aliasOf(String claimant) {
        String[] words = claimant.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s'-]", "").split("\\s+");
        return words[words.length - 1];
    }
}
