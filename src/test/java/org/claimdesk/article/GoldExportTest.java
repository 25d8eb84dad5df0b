package org.claimdesk.article;

import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimEdit;
import org.claimdesk.extraction.ClaimType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class GoldExportTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimCorrections corrections;
    @Autowired
    GoldExport export;

    @Test
    @SuppressWarnings("unchecked")
    void corrected_claims_are_exported_in_the_scorers_gold_format() throws IOException {
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Gold " + tag, null, null, null, TestArticles.story(tag)));
        ClaimDetails c = a.claims().stream().filter(x -> x.text().contains("hectares")).findFirst().orElseThrow();
        corrections.edit(c.id(), c.version(), new ClaimEdit(c.text(), "Pavel Dragan", "union leader", ClaimType.PREDICTION));

        Map<String, Object> gold = export.gold(a.id());
        Map<String, Object> entry = (Map<String, Object>) gold.get(GoldExport.fileNameOf(a.id()));
        List<Map<String, Object>> required = (List<Map<String, Object>>) entry.get("required");
        assertThat(required).hasSize(a.claims().size());
        String normalized = a.text().toLowerCase().replaceAll("\\s+", " ");
        assertThat(required).allSatisfy(r ->
                assertThat(normalized).contains(((String) r.get("key")).toLowerCase().replaceAll("\\s+", " ")));
        assertThat(required).anySatisfy(r -> {
            assertThat((List<String>) r.get("claimant")).containsExactly("dragan");
            assertThat((List<Double>) r.get("quantities")).containsExactly(2500.0);
        });

        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export.goldZip(a.id())))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("expected-claims.json", GoldExport.fileNameOf(a.id()));
        assertThat(files.get(GoldExport.fileNameOf(a.id()))).isEqualTo(a.text());
        assertThat(files.get("expected-claims.json")).contains("\"required\"").contains("dragan");
    }
}
