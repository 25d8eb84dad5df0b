package org.claimdesk.claim;

import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamScope;
import org.claimdesk.shared.CappedPage;
import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.springframework.context.ApplicationEventPublisher;
import org.claimdesk.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Claims: storing what extraction found, listing, filtering and reading them. */
@Service
public class ClaimService {

    /** The most claims {@link #summaries} reads at once. */
    public static final int MAX_SUMMARIES = 500;

    private final ClaimRepository claims;
    private final ClaimArticleRepository articles;
    private final ApplicationEventPublisher events;
    private final VisibleClaims visible;
    private final ClaimSearch search;

    private final CurrentUser currentUser;

    private final Clock clock;

    ClaimService(ClaimRepository claims, ClaimArticleRepository articles, ApplicationEventPublisher events,
                 VisibleClaims visible, ClaimSearch search, CurrentUser currentUser, Clock clock) {
        this.visible = visible;
        this.search = search;
        this.clock = clock;
        this.currentUser = currentUser;
        this.claims = claims;
        this.articles = articles;
        this.events = events;
    }

    /**
     * Stores the claims of a just-imported article. Runs inside the import's transaction, so a failure
     * here leaves neither the article nor any claim behind.
     */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public List<ClaimDetails> addClaims(long articleId, List<NewClaim> newClaims) {
        ClaimArticle article = visible.article(articleId);
        Instant now = clock.instant();
        String actor = currentUser.name();
        List<Claim> saved = claims.saveAll(newClaims.stream()
                .map(c -> new Claim(article, validated(c), now, ClaimOrigin.EXTRACTED, actor)).toList());
        claims.flush();
        for (Claim c : saved) {
            events.publishEvent(new ChangeRecorded(ClaimCorrections.ENTITY, c.getId(), articleId, "EXTRACTED", null,
                    null, c.getClaimant() + ": " + c.getText(), actor, now));
        }
        return saved.stream().map(Claim::details).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimDetails get(long id) {
        return visible.claim(id).details();
    }

    /** One claim as exports see it (its article's title, address and date with it); another team's: not found. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimRow row(long id) {
        return visible.claim(id).row();
    }

    /**
     * One page of claims matching the filter, sorted in the database. Page size is capped, and so is the count
     * ({@link ClaimSearch#COUNT_CAP}, {@link ClaimSearch#TEXT_CAP} for a search by words: a larger total comes back
     * as a {@link CappedPage} with {@code isTotalCapped()}), and no page starts beyond the cap. With a query and no
     * sort asked for, the best matches come first on PostgreSQL (ts_rank) when they are within the cap; otherwise,
     * and on H2, the newest first.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public CappedPage<ClaimSummary> search(ClaimFilter filter, int page, int size, ClaimSort sort, boolean ascending) {
        return read(filter, page, size, sort, ascending, true);
    }

    /**
     * {@link #search}'s page without its total: for the claims grid, which asks {@link #countUpTo} for the total
     * once per filter and then fetches pages (counting on every page fetch read up to 10,001 rows each time).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<ClaimSummary> page(ClaimFilter filter, int page, int size, ClaimSort sort, boolean ascending) {
        return read(filter, page, size, sort, ascending, false).getContent();
    }

    private CappedPage<ClaimSummary> read(ClaimFilter filter, int page, int size, ClaimSort sort, boolean ascending,
                                          boolean withTotal) {
        if (page < 0) {
            throw new InputRejectedException("page", "The page number cannot be negative.");
        }
        if (size < 1 || size > ClaimLimits.MAX_PAGE_SIZE) {
            throw new InputRejectedException("size", "The page size is 1 to " + ClaimLimits.MAX_PAGE_SIZE + ".");
        }
        boolean hasText = filter.hasQuery();
        int cap = search.capFor(hasText);
        if ((long) page * size >= cap) {
            throw new InputRejectedException("page", "Pages beyond the first " + String.format(java.util.Locale.ROOT,
                    "%,d", cap) + " claims are not served: narrow the search or sort the other way.");
        }
        checkQuery(filter.query());
        Specification<Claim> spec = ClaimSpecifications.matching(filter, search.fullText()).and(visible.inScope());
        PageRequest request = PageRequest.of(page, size);
        // a search by words is counted first (at most TEXT_CAP + 1 rows): the best matches come first only when
        // there are few enough to rank; else the newest
        ClaimCount total = hasText ? search.count(spec, cap) : null;
        boolean ranked = sort == null && hasText && !total.atLeast();
        ClaimSort by = sort == null ? ClaimSort.CREATED : sort;
        // ties by id in the same direction, so one (column, id) index serves both directions (V19)
        Sort.Direction direction = ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
        Sort order = Sort.by(direction, by.property).and(Sort.by(direction, "id"));
        List<ClaimSummary> content = search.page(spec, ranked ? filter.query().strip() : null, order, page * size, size)
                .stream().map(Claim::summary).toList();
        if (total == null && (!withTotal || page == 0 && content.size() < size)) {
            return new CappedPage<>(content, request, content.size(), false); // all of them, or not asked: no count
        }
        if (total == null) {
            total = search.count(spec, cap);
        }
        return new CappedPage<>(content, request, total.value(), total.atLeast());
    }

    /**
     * How many claims match, exactly up to {@link ClaimSearch#COUNT_CAP} ({@link ClaimSearch#TEXT_CAP} with words);
     * above it the cap and "at least".
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimCount countUpTo(ClaimFilter filter) {
        checkQuery(filter.query());
        return search.count(ClaimSpecifications.matching(filter, search.fullText()).and(visible.inScope()),
                search.capFor(filter.hasQuery()));
    }

    /** {@link #countUpTo}'s number: exact up to the cap, the cap above it. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public long count(ClaimFilter filter) {
        return countUpTo(filter).value();
    }

    private static void checkQuery(String query) {
        Inputs.checkedCharacters(query, "q");
        if (query != null && query.length() > ClaimLimits.MAX_QUERY) {
            throw new InputRejectedException("q", "The search text is at most " + ClaimLimits.MAX_QUERY + " characters.");
        }
    }

    /**
     * The ids of the claims in {@code status} in the caller's teams (admins: all teams), for other modules'
     * queues: they narrow the ids with their own data and then read at most a page of them with
     * {@link #summaries}. Ids are all that is loaded here.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<Long> idsWithStatus(ClaimStatus status) {
        if (status == null) {
            throw new InputRejectedException("status", "Choose a status.");
        }
        TeamScope scope = visible.scope();
        if (!scope.all() && scope.teamIds().isEmpty()) {
            return List.of();
        }
        return scope.all() ? claims.findIdsByStatus(status) : claims.findIdsByStatusInTeams(status, scope.teamIds());
    }

    /** The claims with these ids that the caller sees, in no particular order; others' and missing ids are left out. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<ClaimSummary> summaries(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_SUMMARIES) {
            throw new InputRejectedException("ids", "At most " + MAX_SUMMARIES + " claims at once.");
        }
        TeamScope scope = visible.scope(); // read once: a check per claim was one query each (issue 11)
        return claims.findByIdIn(ids).stream().filter(c -> scope.includes(c.getArticle().getTeamId())).map(Claim::summary).toList();
    }

    /**
     * How many claims match the selection in the caller's teams (admins: all). Another team's article or team in
     * the selection is "not found" (404), as everywhere.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public long count(ClaimSelection selection) {
        checkSelection(selection);
        return claims.count(ClaimSpecifications.selecting(selection, Long.MIN_VALUE, search.fullText()).and(visible.inScope()));
    }

    /**
     * The next claims of the selection after {@code afterId}, by id (keyset paging: a bulk reader walks any number
     * of claims a page at a time, and a page costs the same however far it is). At most {@value #MAX_SUMMARIES}.
     * The articles and figures of a page load in batches, not per claim.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<ClaimRow> rowsAfter(ClaimSelection selection, long afterId, int limit) {
        if (limit < 1 || limit > MAX_SUMMARIES) {
            throw new InputRejectedException("limit", "A page is 1 to " + MAX_SUMMARIES + " claims.");
        }
        checkSelection(selection);
        Specification<Claim> spec = ClaimSpecifications.selecting(selection, afterId, search.fullText()).and(visible.inScope());
        return claims.findBy(spec, q -> q.sortBy(Sort.by("id")).limit(limit).all()).stream().map(Claim::row).toList();
    }

    /** Of these claim ids, those that exist and that the caller sees (for other modules' batch reads). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public java.util.Set<Long> visibleIds(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return java.util.Set.of();
        }
        if (ids.size() > MAX_SUMMARIES) {
            throw new InputRejectedException("ids", "At most " + MAX_SUMMARIES + " claims at once.");
        }
        TeamScope scope = visible.scope();
        if (!scope.all() && scope.teamIds().isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(scope.all() ? claims.findExistingIds(ids)
                : claims.findExistingIdsInTeams(ids, scope.teamIds()));
    }

    private void checkSelection(ClaimSelection selection) {
        if (selection == null) {
            throw new InputRejectedException("Choose which claims.");
        }
        checkQuery(selection.query());
        if (selection.articleId() != null) {
            visible.article(selection.articleId());
        }
        if (selection.teamId() != null) {
            visible.team(selection.teamId());
        }
    }

    /** The claims of one article in text order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<ClaimDetails> claimsOfArticle(long articleId) {
        visible.article(articleId);
        return claims.findByArticleIdOrderByStartAsc(articleId).stream().map(Claim::details).toList();
    }

    /** How many claims each of the given articles has (articles without claims are absent). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public Map<Long, Long> countByArticle(Collection<Long> articleIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : claims.countByArticleIds(articleIds)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * The article filter's choice for an article id (from a link such as {@code claims?article=12}); empty when
     * there is no such article or the caller's teams do not see it, so a bad link leaves the filter empty.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public java.util.Optional<ArticleRef> articleRef(long articleId) {
        try {
            ClaimArticle a = visible.article(articleId);
            return java.util.Optional.of(new ArticleRef(a.getId(), a.getTitle()));
        } catch (NotFoundException notVisible) {
            return java.util.Optional.empty();
        }
    }

    /** Articles whose title contains the text, for the article filter; at most {@code limit}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<ArticleRef> articleOptions(String titleQuery, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, ClaimLimits.MAX_PAGE_SIZE));
        String q = titleQuery == null ? "" : titleQuery.strip();
        String title = q.length() > ClaimLimits.MAX_QUERY ? q.substring(0, ClaimLimits.MAX_QUERY) : q;
        PageRequest request = PageRequest.of(Math.max(0, offset) / size, size);
        TeamScope scope = visible.scope();
        if (!scope.all() && scope.teamIds().isEmpty()) {
            return List.of();
        }
        return (scope.all() ? articles.findByTitle(title, request)
                        : articles.findByTitleInTeams(title, scope.teamIds(), request))
                .stream().map(a -> new ArticleRef(a.getId(), a.getTitle())).toList();
    }

    /**
     * The claim's paragraph (the text between blank lines around its span), with the span's offsets inside
     * it, so a view can show the claim in context without loading the whole article.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public ClaimContext context(long claimId) {
        ClaimDetails c = get(claimId);
        String text = articles.findTextById(c.articleId());
        if (text == null) {
            throw new NotFoundException("Article", c.articleId());
        }
        int start = Math.min(Math.max(0, c.start()), text.length());
        int end = Math.min(Math.max(start, c.end()), text.length());
        int from = text.lastIndexOf("\n\n", start);
        from = from < 0 ? 0 : from + 2;
        int to = text.indexOf("\n\n", end);
        to = to < 0 ? text.length() : to;
        // keep very long paragraphs readable: at most 600 characters either side of the span
        from = Math.max(from, start - 600);
        to = Math.min(to, end + 600);
        return new ClaimContext(text.substring(from, to), start - from, end - from);
    }

    /**
     * Refuses (404) the history of a claim the caller may not see: a claim of another team, or, for a claim that
     * is gone (deleted, merged away), one whose article is of another team or gone too (then admins only).
     *
     * @param articleId            the article the history's entries name, when there are any
     * @param teamOfDeletedArticle the team the article belonged to when it was deleted, when it was and is known
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public void checkHistoryVisible(long claimId, Long articleId, Long teamOfDeletedArticle) {
        if (claims.existsById(claimId)) {
            visible.claim(claimId);
        } else if (articleId != null && articles.existsById(articleId)) {
            visible.article(articleId);
        } else if (!visible.scope().includes(teamOfDeletedArticle)) {
            throw new NotFoundException("Claim", claimId);
        }
    }

    private static NewClaim validated(NewClaim c) {
        require(c.text(), "text", ClaimLimits.MAX_TEXT);
        require(c.sentence(), "sentence", ClaimLimits.MAX_SENTENCE);
        require(c.claimant(), "claimant", ClaimLimits.MAX_CLAIMANT);
        optional(c.claimantDescription(), "claimantDescription", ClaimLimits.MAX_CLAIMANT_DESCRIPTION);
        optional(c.cue(), "cue", ClaimLimits.MAX_CUE);
        optional(c.via(), "via", ClaimLimits.MAX_VIA);
        if (c.type() == null) {
            throw new InputRejectedException("type", "A claim needs a type.");
        }
        if (c.start() < 0 || c.end() < c.start()) {
            throw new InputRejectedException("start", "A claim's span must lie inside the article text.");
        }
        if (c.checkWorthiness() < 0 || c.checkWorthiness() > 1 || Double.isNaN(c.checkWorthiness())) {
            throw new InputRejectedException("checkWorthiness", "Check-worthiness is between 0 and 1.");
        }
        if (c.hedges() != null && String.join("|", c.hedges()).length() > ClaimLimits.MAX_HEDGES) {
            throw new InputRejectedException("hedges", "Too many hedging words.");
        }
        for (NewQuantity q : c.quantities()) {
            require(q.text(), "quantities", ClaimLimits.MAX_QUANTITY_TEXT);
            optional(q.unit(), "quantities", ClaimLimits.MAX_UNIT);
            if (!Double.isFinite(q.value())) {
                throw new InputRejectedException("quantities", "A figure needs a finite value.");
            }
        }
        return c;
    }

    private static void require(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InputRejectedException(field, "The claim's " + field + " cannot be empty.");
        }
        optional(value, field, max);
    }

    private static void optional(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new InputRejectedException(field, "The claim's " + field + " is at most " + max + " characters.");
        }
    }
}
