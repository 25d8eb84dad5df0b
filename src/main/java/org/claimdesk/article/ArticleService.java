package org.claimdesk.article;

import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.NewClaim;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamAccess;
import org.claimdesk.security.TeamScope;
import org.claimdesk.security.TeamSummary;
import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.NotFoundException;
import org.claimdesk.shared.WebLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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
import java.util.Locale;
import java.util.Map;

/** Importing articles (text in, claims stored), listing and reading them. */
@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final ClaimService claims;
    private final ClaimCorrections corrections;
    private final ClaimsFromText extraction;
    private final ImportMetrics metrics;
    private final CurrentUser currentUser;
    private final TeamAccess teams;
    private final ApplicationEventPublisher events;
    /** The import's one short write. */
    private final TransactionTemplate write;
    /** A read that sees what others committed, even when called inside a failed or outer transaction. */
    private final TransactionTemplate freshRead;

    private final Clock clock;

    ArticleService(ArticleRepository articles, ClaimService claims, ClaimCorrections corrections,
                   ClaimsFromText extraction, CurrentUser currentUser, TeamAccess teams,
                   ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
                   ImportMetrics metrics) {
        this.metrics = metrics;
        this.clock = clock;
        this.teams = teams;
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
     * The article goes to {@code in.teamId()}, which must be one of the importer's teams (admins: any team), or
     * when not given to the importer's only team ({@link TeamAccess#teamForImport}).
     *
     * @throws InputRejectedException     for bad input, or no team to import into (nothing is stored)
     * @throws DuplicateArticleException when the same text is already stored, also when someone else stored it
     *                                    a moment before this import's commit
     */
    @PreAuthorize(Role.ANY_STAFF)
    public ArticleDetails importArticle(ArticleImport in) {
        ArticleDetails imported = metrics.timeImport(() -> importChecked(in));
        metrics.imported(imported.claims().size());
        return imported;
    }

    private ArticleDetails importChecked(ArticleImport in) {
        ArticleImport valid = validated(in);
        long teamId = teams.teamForImport(valid.teamId());
        String hash = ArticleText.contentHash(valid.text());
        articles.findIdByContentHash(hash).ifPresent(id -> {
            throw duplicateOf(id);
        });
        List<NewClaim> found = extraction.claimsOf(valid.text());
        try {
            return write.execute(status -> store(valid, teamId, hash, found));
        } catch (DataIntegrityViolationException e) {
            // Someone stored the same text between the check above and this commit: the unique content hash
            // refused ours. Name their article, read anew now that our transaction is over. Any other violation
            // is not a duplicate and is not reported as one.
            Long existing = freshRead.execute(status -> articles.findIdByContentHash(hash).orElse(null));
            if (existing == null) {
                throw e;
            }
            throw duplicateOf(existing);
        }
    }

    /** The refusal of a text stored before: naming the article only when the importer may see it. */
    private RuntimeException duplicateOf(long existingId) {
        Long teamId = freshRead.execute(status -> articles.findById(existingId).map(Article::getTeamId).orElse(null));
        if (teams.canSee(teamId)) {
            return new DuplicateArticleException(existingId);
        }
        return new ConflictException("This text was already imported by another team.", Map.of());
    }

    private ArticleDetails store(ArticleImport valid, long teamId, String hash, List<NewClaim> found) {
        Article article = articles.saveAndFlush(new Article(valid, valid.text(), hash, teamId, currentUser.name(),
                clock.instant()));
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
        return new ArticleImport(title, url, publisher, in.publishedAt(), checkedText(in.text()), in.teamId());
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
        Article a = visible(id);
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
        Page<Article> found = articles.findAll(matching(titleQuery, teams.scope()), request);
        Map<Long, Long> counts = claims.countByArticle(found.map(Article::getId).getContent());
        return found.map(a -> new ArticleSummary(a.getId(), a.getTitle(), a.getPublisher(), a.getPublishedAt(),
                counts.getOrDefault(a.getId(), 0L), a.getImportedBy(), a.getImportedAt()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public long count(String titleQuery) {
        return articles.count(matching(titleQuery, teams.scope()));
    }

    /** Articles of the teams in scope whose title contains the query (all of them when it is blank). */
    private static Specification<Article> matching(String titleQuery, TeamScope scope) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new java.util.ArrayList<>();
            if (!scope.all()) {
                where.add(scope.teamIds().isEmpty() ? cb.disjunction() : root.get("teamId").in(scope.teamIds()));
            }
            if (titleQuery != null && !titleQuery.isBlank()) {
                String pattern = "%" + titleQuery.strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.like(cb.lower(root.get("title")), pattern, '\\'));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    /**
     * The article, when it exists and belongs to one of the caller's teams (admins: any). Another team's article
     * is "not found", exactly like a missing one, so ids never tell what other teams hold.
     */
    private Article visible(long id) {
        return articles.findById(id).filter(a -> teams.canSee(a.getTeamId()))
                .orElseThrow(() -> new NotFoundException("Article", id));
    }

    /** The teams the signed-in user may import into or move an article to (admins: all). */
    @PreAuthorize(Role.ANY_STAFF)
    public List<TeamSummary> importTeams() {
        return teams.usableTeams();
    }

    /** Moves an article to another team: editors, between their own teams (admins: any team). */
    @Transactional
    @PreAuthorize(Role.EDITORS)
    public ArticleDetails moveToTeam(long id, long teamId) {
        Article a = visible(id);
        teams.checkUsable(teamId);
        if (a.getTeamId() != teamId) {
            String actor = currentUser.name();
            Instant now = clock.instant();
            events.publishEvent(new ChangeRecorded("ARTICLE", id, id, "MOVED", "team", String.valueOf(a.getTeamId()),
                    String.valueOf(teamId), actor, now));
            a.moveTo(teamId);
            a.touched(actor, now);
            articles.saveAndFlush(a);
        }
        return details(a, claims.claimsOfArticle(id));
    }

    /**
     * Adds a claim the engine missed, from the words a fact-checker selected in the article text; the figures
     * in the selection are parsed like extraction's.
     */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimDetails addClaimFromSelection(long articleId, int start, int end, String claimant, ClaimType type) {
        Article a = visible(articleId);
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
        Article a = visible(id);
        corrections.recordArticleDeletion(id, a.getTitle());
        // the team stays on record, so the history of the deleted claims stays readable for that team only
        events.publishEvent(new ChangeRecorded("ARTICLE", id, id, "DELETED", "team", String.valueOf(a.getTeamId()),
                null, currentUser.name(), clock.instant()));
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
                a.getText(), a.getImportedBy(), a.getImportedAt(), claims, a.getTeamId());
    }
}
