package org.claimdesk.claim;

import org.claimdesk.extraction.ClaimType;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

import java.util.List;

/** The claims API; it calls the same service methods as the views, so the same rules apply. */
@RestController
@RequestMapping(path = "/api/v1/claims", produces = "application/json")
class ClaimController {

    private final ClaimService claims;
    private final ClaimCorrections corrections;
    private final ClaimDiscussion discussion;
    private final ClaimLinks links;

    ClaimController(ClaimService claims, ClaimCorrections corrections, ClaimDiscussion discussion, ClaimLinks links) {
        this.claims = claims;
        this.corrections = corrections;
        this.discussion = discussion;
        this.links = links;
    }

    record CommentBody(String body) {
    }

    record LinkBody(Long toClaimId, LinkType type) {
    }

    @GetMapping("/{id}/comments")
    List<CommentDetails> comments(@PathVariable long id) {
        claims.get(id);
        return discussion.comments(id);
    }

    @PostMapping(path = "/{id}/comments", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    CommentDetails comment(@PathVariable long id, @RequestBody CommentBody body) {
        return discussion.addComment(id, body == null ? null : body.body());
    }

    @GetMapping("/{id}/links")
    List<LinkDetails> links(@PathVariable long id) {
        claims.get(id);
        return links.linksOf(id);
    }

    @PostMapping(path = "/{id}/links", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    LinkDetails link(@PathVariable long id, @RequestBody LinkBody body) {
        if (body == null || body.toClaimId() == null) {
            throw new InputRejectedException("toClaimId", "Give the claim to link with.");
        }
        return links.link(id, body.toClaimId(), body.type());
    }

    @PostMapping("/links/{linkId}/accept")
    LinkDetails accept(@PathVariable long linkId) {
        return links.decide(linkId, true);
    }

    @PostMapping("/links/{linkId}/dismiss")
    LinkDetails dismiss(@PathVariable long linkId) {
        return links.decide(linkId, false);
    }

    record EditBody(String text, String claimant, String claimantDescription, ClaimType type, Long version) {
    }

    record SplitBody(Integer offset, Long version) {
    }

    /** keepClaimantOf: the id of the claim whose claimant the merged claim keeps (needed when they differ). */
    record MergeBody(Long firstId, Long firstVersion, Long secondId, Long secondVersion, Long keepClaimantOf) {
    }

    /** Corrects a claim; the version is the one the caller read (409 when someone changed it since). */
    @PutMapping(path = "/{id}", consumes = "application/json")
    ClaimDetails edit(@PathVariable long id, @RequestBody EditBody body) {
        return corrections.edit(id, requireVersion(body.version(), "version"),
                new ClaimEdit(body.text(), body.claimant(), body.claimantDescription(), body.type()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam Long version) {
        corrections.delete(id, requireVersion(version, "version"));
    }

    @PostMapping(path = "/{id}/split", consumes = "application/json")
    List<ClaimDetails> split(@PathVariable long id, @RequestBody SplitBody body) {
        if (body.offset() == null) {
            throw new InputRejectedException("offset", "Give the offset in the claim's span to split at.");
        }
        return corrections.split(id, requireVersion(body.version(), "version"), body.offset());
    }

    @PostMapping(path = "/merge", consumes = "application/json")
    ClaimDetails merge(@RequestBody MergeBody body) {
        if (body.firstId() == null || body.secondId() == null) {
            throw new InputRejectedException("firstId", "Give the two claims to merge: firstId and secondId.");
        }
        return corrections.merge(body.firstId(), requireVersion(body.firstVersion(), "firstVersion"),
                body.secondId(), requireVersion(body.secondVersion(), "secondVersion"), body.keepClaimantOf());
    }

    private static long requireVersion(Long version, String field) {
        if (version == null) {
            throw new InputRejectedException(field, "Give the version of the claim you read (optimistic locking).");
        }
        return version;
    }

    /**
     * Claims matching the filters, a page at a time. {@code q}: websearch syntax on PostgreSQL (full text over claimant,
     * claim text and article title; best matches first unless {@code sort} is given, when at most 1,000 match), every
     * word on H2. Totals above 10,000 (1,000 with {@code q}) come back as the cap with {@code totalCapped: true}, and
     * pages beyond them are refused (400). {@code rating}: the claim's verdict has this rating (FALSE, MOSTLY_TRUE ...).
     */
    @GetMapping
    PageResponse<ClaimSummary> search(@RequestParam(required = false) String q,
                                      @RequestParam(required = false) ClaimStatus status,
                                      @RequestParam(required = false) ClaimType type,
                                      @RequestParam(required = false) Long articleId,
                                      @RequestParam(required = false) String rating,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size,
                                      @RequestParam(required = false) ClaimSort sort,
                                      @RequestParam(defaultValue = "false") boolean ascending) {
        return PageResponse.of(claims.search(new ClaimFilter(q, status, type, articleId,
                rating == null || rating.isBlank() ? null : rating.strip().toUpperCase(java.util.Locale.ROOT)), page, size, sort, ascending));
    }

    @GetMapping("/{id}")
    ClaimDetails get(@PathVariable long id) {
        return claims.get(id);
    }
}
