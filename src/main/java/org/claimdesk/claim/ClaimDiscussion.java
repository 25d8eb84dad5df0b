package org.claimdesk.claim;

import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.PersonName;
import org.claimdesk.security.UserDirectory;
import org.claimdesk.security.Role;
import org.claimdesk.shared.ChangeRecorded;
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

/** The comment thread on each claim. Comments are kept as written; each one is also in the claim's history. */
@Service
public class ClaimDiscussion {

    private final ClaimRepository claims;
    private final ClaimCommentRepository comments;
    private final ApplicationEventPublisher events;
    private final VisibleClaims visible;

    private final CurrentUser currentUser;

    private final Clock clock;
    private final UserDirectory users;

    /** The most names one @mention completion offers. */
    public static final int MAX_MENTION_SUGGESTIONS = 8;

    ClaimDiscussion(ClaimRepository claims, ClaimCommentRepository comments, ApplicationEventPublisher events,
                    VisibleClaims visible, CurrentUser currentUser, Clock clock, UserDirectory users) {
        this.users = users;
        this.visible = visible;
        this.clock = clock;
        this.currentUser = currentUser;
        this.claims = claims;
        this.comments = comments;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<CommentDetails> comments(long claimId) {
        visible.claim(claimId);
        return comments.findByClaimIdOrderByAtAscIdAsc(claimId).stream().map(ClaimComment::view).toList();
    }

    /**
     * Who an @mention in this claim's discussion can reach, starting with {@code prefix}: the people who may open
     * the claim (its team and the admins), never anyone else, so a completion does not list another desk.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<PersonName> mentionable(long claimId, String prefix) {
        Claim claim = visible.claim(claimId);
        if (prefix != null && prefix.length() > 60) {
            return List.of();
        }
        return users.whoCanSee(claim.getArticle().getTeamId(), prefix, MAX_MENTION_SUGGESTIONS);
    }

    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public CommentDetails addComment(long claimId, String body) {
        Claim claim = visible.claim(claimId);
        if (body == null || body.isBlank()) {
            throw new InputRejectedException("body", "Write something before posting.");
        }
        String text = Inputs.checkedCharacters(body, "body").strip();
        if (text.length() > ClaimLimits.MAX_COMMENT) {
            throw new InputRejectedException("body", "A comment is at most " + ClaimLimits.MAX_COMMENT + " characters.");
        }
        String actor = currentUser.name();
        Instant now = clock.instant();
        ClaimComment saved = comments.save(new ClaimComment(claimId, actor, now, text));
        events.publishEvent(new ChangeRecorded(ClaimCorrections.ENTITY, claimId, claim.getArticleId(), "COMMENTED",
                null, null, text, actor, now));
        events.publishEvent(new CommentAdded(claimId, claim.getArticleId(), claim.getArticle().getTeamId(), actor, text));
        return saved.view();
    }
}
