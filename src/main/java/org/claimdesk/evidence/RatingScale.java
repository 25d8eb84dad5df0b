package org.claimdesk.evidence;

import org.claimdesk.audit.RegisterHistory;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.shared.ChangeRecorded;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * The substance scale's labels and colours; admins rename them, everyone sees them. Every change is in the
 * scale's history (field by field, before and after), which editors and admins read.
 */
@Service
public class RatingScale {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final RatingLabelRepository labels;

    private final RegisterHistory history;
    private final ApplicationEventPublisher events;

    private final CurrentUser currentUser;

    private final Clock clock;

    RatingScale(RatingLabelRepository labels, RegisterHistory history, ApplicationEventPublisher events,
                CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.currentUser = currentUser;
        this.labels = labels;
        this.history = history;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<RatingLabelDetails> labels() {
        return labels.findAllByOrderByPositionAsc().stream().map(RatingLabel::view).toList();
    }

    @Transactional
    @PreAuthorize(Role.ADMINS)
    public RatingLabelDetails update(Rating rating, String label, String color, Integer score, String reviewText,
                                  long version) {
        RatingLabel l = labels.findById(rating).orElseThrow(() -> new NotFoundException("Rating", rating));
        String name = Inputs.optionalText(label, "label", EvidenceLimits.MAX_LABEL);
        if (name == null) {
            throw new InputRejectedException("label", "A rating needs a label.");
        }
        if (color == null || !COLOR.matcher(color.strip()).matches()) {
            throw new InputRejectedException("color", "A colour is written #rrggbb, like #1e8e3e.");
        }
        if (score != null && (score < 1 || score > 5)) {
            throw new InputRejectedException("score", "The score is 1 (false) to 5 (true), or empty.");
        }
        String text = Inputs.optionalText(reviewText, "reviewText", EvidenceLimits.MAX_REVIEW_TEXT);
        if (text == null) {
            throw new InputRejectedException("reviewText", "Write the text the ClaimReview export uses.");
        }
        if (l.getVersion() != version) {
            throw new ConflictException("Someone changed this rating after you opened it; reload and try again.",
                    Map.of("currentVersion", l.getVersion()));
        }
        RatingLabelDetails before = l.view();
        String actor = currentUser.name();
        Instant now = clock.instant();
        l.update(name, color.strip().toLowerCase(), score, text, actor, now);
        RatingLabel saved = labels.saveAndFlush(l);
        RatingLabelDetails after = saved.view();
        record(saved, "label", before.label(), after.label(), actor, now);
        record(saved, "color", before.color(), after.color(), actor, now);
        record(saved, "score", Objects.toString(before.score(), null), Objects.toString(after.score(), null), actor, now);
        record(saved, "reviewText", before.reviewText(), after.reviewText(), actor, now);
        return after;
    }

    /** Every change to the scale, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.EDITORS)
    public List<RegisterChange> history() {
        Map<Long, Rating> byHistoryId = labels.findAll().stream()
                .collect(Collectors.toMap(RatingLabel::historyId, l -> l.view().rating()));
        return history.ofAll(RegisterHistory.RATING_LABEL).stream()
                .map(e -> RegisterChange.of(String.valueOf(byHistoryId.get(e.entityId())), e)).toList();
    }

    /** One history entry per changed field, in the transaction of the change. */
    private void record(RatingLabel l, String field, String before, String after, String actor, Instant now) {
        if (!Objects.equals(before, after)) {
            events.publishEvent(new ChangeRecorded(RegisterHistory.RATING_LABEL, l.historyId(), null, "EDITED", field,
                    before, after, actor, now));
        }
    }
}
