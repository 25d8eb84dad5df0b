package org.claimdesk.evidence;

import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The substance scale's labels and colours; admins rename them, everyone sees them. */
@Service
public class RatingScale {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final RatingLabelRepository labels;

    private final CurrentUser currentUser;

    RatingScale(RatingLabelRepository labels, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.labels = labels;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<RatingLabelView> labels() {
        return labels.findAllByOrderByPositionAsc().stream().map(RatingLabel::view).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RatingLabelView update(Rating rating, String label, String color, Integer score, String reviewText,
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
        l.update(name, color.strip().toLowerCase(), score, text, currentUser.name());
        return labels.saveAndFlush(l).view();
    }
}
