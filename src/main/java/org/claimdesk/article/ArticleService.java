package org.claimdesk.article;

import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.NewClaim;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.NotFoundException;
import org.claimdesk.shared.WebLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Importing articles (text in, claims stored), listing and reading them. */
@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final ClaimService claims;
    private final ClaimCorrections corrections;
    private final ClaimsFromText extraction;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    /** The import's one short write. */
    private final TransactionTemplate write;
    /** A read that sees what others committed, even when called inside a failed or outer transaction. */
    private final TransactionTemplate freshRead;

    private final Clock clock;

    ArticleService(ArticleRepository articles, ClaimService claims, ClaimCorrections corrections,
                   ClaimsFromText extraction, CurrentUser currentUser, ApplicationEventPublisher events,
                   PlatformTransactionManager transactions, Clock clock) {
        this.clock = clock;
        this.currentUser = currentUser;
        this.articles = articles;
        this.claims = claims;
        this.corrections = corrections;
        this.extraction = extraction;
        this.events = events;
        this.write = new TransactionTemplate(transactions);
        this.freshRead = new TransactionTemplate(transactions);
        this.freshRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.freshRead.setReadOnly(true);
    }

    /**
     * Imports an article: validates it, refuses a text imported before, runs extraction, then stores the article
     * and its claims in one short transaction. Extraction (seconds for a 1 MB text) runs before that
     * transaction, so imports never wait for each other's extraction; related claims are suggested after the
     * commit ({@link ArticleImported}, {@code SuggestLinksAfterImport}), so a slow or failing suggestion never
     * holds or undoes an import.
     *
     * @throws InputRejectedException     for bad input (nothing is stored)
     * @throws DuplicateArticleException when the same text is already stored, also when someone else stored it
     *                                    a moment before this import's commit
     */
    @PreAuthorize(Role.ANY_STAFF)
    public ArticleDetails importArticle(ArticleImport in) {
        ArticleImport valid = validated(in);
        String hash = ArticleText.contentHash(valid.text());
        articles.findIdByContentHash(hash).ifPresent(id -> {
            throw new DuplicateArticleException(id);
        });
        List<NewClaim> found = extraction.claimsOf(valid.text());
        try {
            return write.execute(status -> store(valid, hash, found));
        } catch (DataIntegrityViolationException e) {
            // Someone stored the same text between the check above and this commit: the unique content hash
            // refused ours. Name their article, read anew now that our transaction is over. Any other violation
            // is not a duplicate and is not reported as one.
            Long existing = freshRead.execute(status -> articles.findIdByContentHash(hash).orElse(null));
            if (existing == null) {
                throw e;
            }
            throw new DuplicateArticleException(existing);
        }
    }

    private ArticleDetails store(ArticleImport valid, String hash, List<NewClaim> found) {
        Article article = articles.saveAndFlush(new Article(valid, valid.text(), hash, currentUser.name(), clock.instant()));
        List<ClaimDetails> stored = claims.addClaims(article.getId(), found);
        events.publishEvent(new ArticleImported(article.getId()));
        return details(article, stored);
    }

    /** The import as it will be stored (stripped, normalized), or the first thing wrong with it. */
    private static ArticleImport validated(ArticleImport in) {
        if (in == null) {
            throw new InputRejectedException("An article needs a title and a text.");
        }
        String title = in.title() == null ? "" : Inputs.checkedCharacters(in.title(), "title").strip();
        if (title.isEmpty()) {
            throw new InputRejectedException("title", "Give the article a title.");
        }
        if (title.length() > ArticleLimits.MAX_TITLE) {
            throw new InputRejectedException("title", "The title is at most " + ArticleLimits.MAX_TITLE + " characters.");
        }
        String url = WebLinks.check(in.url(), "url");
        String publisher = Inputs.optionalText(in.publisher(), "publisher", ArticleLimits.MAX_PUBLISHER);
        checkPublicationDate(in.publishedAt());
        return new ArticleImport(title, url, publisher, in.publishedAt(), checkedText(in.text()));
    }

    /** A publication date is optional; given, it lies between 1800 and tomorrow (time zones are a day apart). */
    private static void checkPublicationDate(LocalDate publishedAt) {
        if (publishedAt == null) {
            return;
        }
        if (publishedAt.isBefore(ArticleLimits.EARLIEST_PUBLICATION)) {
            throw new InputRejectedException("publishedAt", ArticleLimits.TOO_EARLY_PUBLICATION);
        }
        if (publishedAt.isAfter(LocalDate.now().plusDays(1))) {
            throw new InputRejectedException("publishedAt", ArticleLimits.FUTURE_PUBLICATION);
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public ArticleDetails get(long id) {
        Article a = articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
        return details(a, claims.claimsOfArticle(id));
    }

    /** One page of articles whose title contains the query (all when blank), with their claim counts. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public Page<ArticleSummary> list(String titleQuery, int page, int size, ArticleSort sort, boolean ascending) {
        if (page < 0 || size < 1 || size > ArticleLimits.MAX_PAGE_SIZE) {
            throw new InputRejectedException("size", "The page size is 1 to " + ArticleLimits.MAX_PAGE_SIZE
                    + " and the page number is not negative.");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InputRejectedException("page", "The page number is too large.");
        }
        Inputs.checkedCharacters(titleQuery, "q");
        if (titleQuery != null && titleQuery.length() > ArticleLimits.MAX_QUERY) {
            throw new InputRejectedException("q", "The search text is at most " + ArticleLimits.MAX_QUERY + " characters.");
        }
        ArticleSort by = sort == null ? ArticleSort.IMPORTED : sort;
        PageRequest request = PageRequest.of(page, size,
                Sort.by(ascending ? Sort.Direction.ASC : Sort.Direction.DESC, by.property).and(Sort.by("id")));
        Page<Article> found = titleQuery == null || titleQuery.isBlank()
                ? articles.findAll(request)
                : articles.findByTitleContainingIgnoreCase(titleQuery.strip(), request);
        Map<Long, Long> counts = claims.countByArticle(found.map(Article::getId).getContent());
        return found.map(a -> new ArticleSummary(a.getId(), a.getTitle(), a.getPublisher(), a.getPublishedAt(),
                counts.getOrDefault(a.getId(), 0L), a.getImportedBy(), a.getImportedAt()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public long count(String titleQuery) {
        return titleQuery == null || titleQuery.isBlank()
                ? articles.count()
                : articles.countByTitleContainingIgnoreCase(titleQuery.strip());
    }

    /**
     * Adds a claim the engine missed, from the words a fact-checker selected in the article text; the figures
     * in the selection are parsed like extraction's.
     */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimDetails addClaimFromSelection(long articleId, int start, int end, String claimant, ClaimType type) {
        Article a = articles.findById(articleId).orElseThrow(() -> new NotFoundException("Article", articleId));
        if (start < 0 || end > a.getText().length() || end <= start) {
            throw new InputRejectedException("selection", "Select the claim's words in the article text first.");
        }
        return corrections.addFromSelection(articleId, start, end, claimant, type,
                extraction.figuresIn(a.getText().substring(start, end)));
    }

    /** Removes an article imported by mistake, with its claims. Editors and admins only. */
    @Transactional
    @PreAuthorize(Role.EDITORS)
    public void delete(long id) {
        Article a = articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
        corrections.recordArticleDeletion(id, a.getTitle());
        articles.delete(a);
    }

    /** Validates and normalizes article text; the same rules for paste, upload and API. */
    static String checkedText(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InputRejectedException("text", "The article text is empty.");
        }
        if (raw.length() > ArticleLimits.MAX_TEXT_BYTES
                || raw.getBytes(StandardCharsets.UTF_8).length > ArticleLimits.MAX_TEXT_BYTES) {
            throw new InputRejectedException("text", "The article text is over the limit of 1 MB.");
        }
        if (ArticleText.looksBinary(raw)) {
            throw new InputRejectedException("text", "The text contains binary data; import plain text, Markdown or HTML.");
        }
        Inputs.checkedLongText(raw, "text");
        return ArticleText.normalize(raw);
    }

    private static ArticleDetails details(Article a, List<ClaimDetails> claims) {
        return new ArticleDetails(a.getId(), a.getTitle(), a.getSourceUrl(), a.getPublisher(), a.getPublishedAt(),
                a.getText(), a.getImportedBy(), a.getImportedAt(), claims);
    }
}
