package org.claimdesk.claim;

import org.claimdesk.extraction.ClaimType;
import org.claimdesk.shared.Tracked;
import jakarta.persistence.*;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "claim")
class Claim extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private ClaimArticle article;

    @Column(name = "article_id", nullable = false, insertable = false, updatable = false)
    private Long articleId;

    @Column(name = "claim_text", nullable = false, length = ClaimLimits.MAX_TEXT)
    private String text;

    @Column(nullable = false, length = ClaimLimits.MAX_SENTENCE)
    private String sentence;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false, length = ClaimLimits.MAX_CLAIMANT)
    private String claimant;

    @Column(name = "claimant_description", length = ClaimLimits.MAX_CLAIMANT_DESCRIPTION)
    private String claimantDescription;

    @Column(length = ClaimLimits.MAX_CUE)
    private String cue;

    @Column(length = ClaimLimits.MAX_VIA)
    private String via;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_type", nullable = false, length = 20)
    private ClaimType type;

    /** Hedging words, separated by '|' (they never contain one: they are words of the article). */
    @Column(length = ClaimLimits.MAX_HEDGES)
    private String hedges;

    @Column(name = "check_worthiness", nullable = false)
    private double checkWorthiness;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ClaimStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimOrigin origin = ClaimOrigin.EXTRACTED;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "claim_id", nullable = false)
    @OrderBy("position")
    @BatchSize(size = ClaimLimits.MAX_PAGE_SIZE)
    private List<Quantity> quantities = new ArrayList<>();

    protected Claim() {
    }

    Claim(ClaimArticle article, NewClaim c, Instant now, ClaimOrigin origin, String actor) {
        this.article = article;
        this.text = c.text();
        this.sentence = c.sentence();
        this.start = c.start();
        this.end = c.end();
        this.claimant = c.claimant();
        this.claimantDescription = c.claimantDescription();
        this.cue = c.cue();
        this.via = c.via();
        this.type = c.type();
        this.hedges = c.hedges() == null || c.hedges().isEmpty() ? null : String.join("|", c.hedges());
        this.checkWorthiness = c.checkWorthiness();
        this.status = ClaimStatus.UNREVIEWED;
        this.origin = origin;
        touched(actor, now);
        int position = 0;
        for (NewQuantity q : c.quantities()) {
            quantities.add(new Quantity(position++, q.text(), q.value(), q.unit(), q.approximate()));
        }
    }

    Long getId() { return id; }
    Long getArticleId() { return article.getId(); }
    ClaimArticle getArticle() { return article; }
    String getText() { return text; }
    String getSentence() { return sentence; }
    int getStart() { return start; }
    int getEnd() { return end; }
    String getClaimant() { return claimant; }
    String getClaimantDescription() { return claimantDescription; }
    String getCue() { return cue; }
    String getVia() { return via; }
    ClaimType getType() { return type; }
    List<Quantity> getQuantities() { return quantities; }

    void setText(String text) { this.text = text; }
    void setClaimant(String claimant) { this.claimant = claimant; }
    void setClaimantDescription(String d) { this.claimantDescription = d; }
    void setType(ClaimType type) { this.type = type; }

    /** Moves the claim to another span of its article (split, merge). */
    void respan(int start, int end, String text, String sentence) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.sentence = sentence;
    }

    /** Keeps only the figures whose words lie in the claim's text; returns the others. */
    List<Quantity> keepQuantitiesIn(String spanText) {
        List<Quantity> moved = new ArrayList<>();
        quantities.removeIf(q -> {
            boolean out = !spanText.contains(q.getText());
            if (out) {
                moved.add(q.copy());
            }
            return out;
        });
        renumber();
        return moved;
    }

    void addQuantities(List<Quantity> more) {
        more.forEach(q -> quantities.add(q.copy()));
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < quantities.size(); i++) {
            quantities.get(i).setPosition(i);
        }
    }

    ClaimStatus getStatus() { return status; }

    void setStatus(ClaimStatus status) { this.status = status; }


    ClaimSummary summary() {
        return new ClaimSummary(id, article.getId(), article.getTitle(), text, claimant, type, status,
                quantities.stream().map(Quantity::view).toList(), checkWorthiness);
    }

    ClaimRow row() {
        return new ClaimRow(id, text, claimant, claimantDescription, via, type,
                quantities.stream().map(Quantity::getText).toList(), status, article.getId(), article.getTitle(),
                article.getSourceUrl(), article.getPublisher(), article.getPublishedAt(), getCreatedAt());
    }

    ClaimDetails details() {
        return new ClaimDetails(id, article.getId(), article.getTitle(), text, sentence, start, end, claimant,
                claimantDescription, cue, via, type, status, quantities.stream().map(Quantity::view).toList(),
                hedges == null ? List.of() : Arrays.asList(hedges.split("\\|")), checkWorthiness, getVersion(),
                getCreatedAt(), getUpdatedAt(), getUpdatedBy(), origin, article.getTeamId());
    }
}
