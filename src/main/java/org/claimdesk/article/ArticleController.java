package org.claimdesk.article;

import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Map;

/** The articles API; it calls the same service methods as the views, so the same rules apply. */
@RestController
@RequestMapping(path = "/api/v1/articles", produces = "application/json")
class ArticleController {

    private final ArticleService articles;
    private final GoldExport gold;

    ArticleController(ArticleService articles, GoldExport gold) {
        this.articles = articles;
        this.gold = gold;
    }

    /** The article's claims as gold data in the extraction scorer's format. */
    @GetMapping("/{id}/gold")
    Map<String, Object> gold(@PathVariable long id) {
        return gold.gold(id);
    }

    /** The article's text as stored (the text the claims' offsets point into). */
    @GetMapping(path = "/{id}/text", produces = "text/plain;charset=UTF-8")
    String text(@PathVariable long id) {
        return articles.get(id).text();
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<ArticleDetails> importArticle(@RequestBody ArticleImport body) {
        ArticleDetails created = articles.importArticle(body);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }

    @GetMapping
    PageResponse<ArticleSummary> list(@RequestParam(required = false) String q,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size,
                                      @RequestParam(defaultValue = "IMPORTED") ArticleSort sort,
                                      @RequestParam(defaultValue = "false") boolean ascending) {
        return PageResponse.of(articles.list(q, page, size, sort, ascending));
    }

    @GetMapping("/{id}")
    ArticleDetails get(@PathVariable long id) {
        return articles.get(id);
    }

    @GetMapping("/{id}/claims")
    List<ClaimDetails> claimsOf(@PathVariable long id) {
        return articles.get(id).claims();
    }

    record TeamBody(Long teamId) {
    }

    /** Moves the article to another of the caller's teams (editors and admins). */
    @PutMapping(path = "/{id}/team", consumes = "application/json")
    ArticleDetails moveToTeam(@PathVariable long id, @RequestBody TeamBody body) {
        if (body == null || body.teamId() == null) {
            throw new InputRejectedException("teamId", "Give the team to move the article to.");
        }
        return articles.moveToTeam(id, body.teamId());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        articles.delete(id);
    }
}
