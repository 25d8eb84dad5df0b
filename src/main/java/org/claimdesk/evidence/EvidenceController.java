package org.claimdesk.evidence;

import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.util.List;
import java.util.Map;

/** The verification API: sources, verdicts, approval, publishers, the rating scale. Same services as the views. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class EvidenceController {

    private final EvidenceService evidence;
    private final VerdictService verdicts;
    private final PublisherRegister publishers;
    private final RatingScale ratings;

    EvidenceController(EvidenceService evidence, VerdictService verdicts, PublisherRegister publishers,
                       RatingScale ratings) {
        this.evidence = evidence;
        this.verdicts = verdicts;
        this.publishers = publishers;
        this.ratings = ratings;
    }

    record SourceBody(String url, String title, String publisher, String author, java.time.LocalDate publishedAt,
                      java.time.LocalDate accessedAt, Stance stance, String excerpt, String archivedUrl, Long version) {
        SourceInput input() {
            return new SourceInput(url, title, publisher, author, publishedAt, accessedAt, stance, excerpt, archivedUrl);
        }
    }

    record VersionBody(Long version, String reason) {
    }

    record PublisherBody(String name, Reliability reliability, String note, Long version) {
    }

    record RatingBody(String label, String color, Integer score, String reviewText, Long version) {
    }

    @GetMapping("/claims/{id}/sources")
    List<SourceDetails> sources(@PathVariable long id) {
        return evidence.sources(id);
    }

    @PostMapping(path = "/claims/{id}/sources", consumes = "application/json")
    ResponseEntity<SourceDetails> addSource(@PathVariable long id, @RequestBody SourceBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(evidence.addSource(id, body.input()));
    }

    @PutMapping(path = "/claims/{id}/sources/{sid}", consumes = "application/json")
    SourceDetails editSource(@PathVariable long id, @PathVariable long sid, @RequestBody SourceBody body) {
        return evidence.editSource(id, sid, required(body.version()), body.input());
    }

    @DeleteMapping("/claims/{id}/sources/{sid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeSource(@PathVariable long id, @PathVariable long sid, @RequestParam Long version,
                      @RequestParam(required = false) String reason) {
        evidence.removeSource(id, sid, required(version), reason);
    }

    @GetMapping("/claims/{id}/corroboration")
    Corroboration corroboration(@PathVariable long id) {
        return evidence.corroboration(id);
    }

    @GetMapping("/claims/{id}/verdict")
    VerdictDetails verdict(@PathVariable long id) {
        return verdicts.verdict(id).orElseThrow(() -> new NotFoundException("A verdict on claim", id));
    }

    @PutMapping(path = "/claims/{id}/verdict", consumes = "application/json")
    VerdictDetails setVerdict(@PathVariable long id, @RequestBody VerdictInput body) {
        return verdicts.setVerdict(id, body);
    }

    @PostMapping("/claims/{id}/approve")
    VerdictDetails approve(@PathVariable long id, @RequestBody(required = false) VersionBody body) {
        return verdicts.approve(id, body == null ? null : body.version());
    }

    @PostMapping("/claims/{id}/reopen")
    ClaimDetails reopen(@PathVariable long id, @RequestBody(required = false) VersionBody body) {
        return verdicts.reopen(id, body == null ? null : body.version(), body == null ? null : body.reason());
    }

    @PostMapping("/claims/{id}/verdict/copy-to-same-claims")
    Map<String, List<Long>> copy(@PathVariable long id) {
        return Map.of("copiedTo", verdicts.copyToSameClaims(id));
    }

    @GetMapping("/publishers")
    List<PublisherDetails> publishers() {
        return publishers.all();
    }

    @GetMapping("/publishers/{domain}")
    PublisherDetails publisher(@PathVariable String domain) {
        return publishers.find(domain);
    }

    @PutMapping(path = "/publishers/{domain}", consumes = "application/json")
    PublisherDetails ratePublisher(@PathVariable String domain, @RequestBody PublisherBody body) {
        return publishers.rate(domain, body.name(), body.reliability(), body.note(),
                body.version() == null ? -1 : body.version());
    }

    @GetMapping("/ratings")
    List<RatingLabelDetails> ratings() {
        return ratings.labels();
    }

    @PutMapping(path = "/ratings/{rating}", consumes = "application/json")
    RatingLabelDetails rate(@PathVariable Rating rating, @RequestBody RatingBody body) {
        return ratings.update(rating, body.label(), body.color(), body.score(), body.reviewText(), required(body.version()));
    }

    private static long required(Long version) {
        if (version == null) {
            throw new InputRejectedException("version", "Give the version you read (optimistic locking).");
        }
        return version;
    }
}
