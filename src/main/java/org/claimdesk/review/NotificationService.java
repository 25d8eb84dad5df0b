package org.claimdesk.review;

import org.claimdesk.claim.CommentAdded;
import org.claimdesk.evidence.ClaimReopened;
import org.claimdesk.evidence.VerdictApproved;
import org.claimdesk.evidence.VerdictGiven;
import org.claimdesk.live.Broadcaster;
import org.claimdesk.live.LiveEvent;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.UserDirectory;
import org.claimdesk.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-app notifications. Made from other modules' events after their change committed (a change that rolls back
 * notifies nobody); read and marked read by their recipient only. Each new one is pushed to the recipient's open
 * screens (the unread count in the layout).
 */
@Service
public class NotificationService {

    /** The most notifications one list shows. */
    public static final int MAX_LIST = 100;

    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([a-z0-9][a-z0-9._-]{1,59})");

    private final NotificationRepository notifications;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Broadcaster broadcaster;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, UserDirectory users, CurrentUser currentUser,
                        Broadcaster broadcaster, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(VerdictGiven e) {
        // the editors of the article's team approve; the author never approves their own verdict
        for (String editor : users.usernamesWithRole(Role.EDITOR)) {
            if (!editor.equals(e.author()) && users.canSee(editor, e.teamId())) {
                notify(editor, "APPROVAL_REQUESTED", e.claimId(),
                        e.author() + " asks for approval of a verdict (" + e.rating() + ") on claim #" + e.claimId() + ".");
            }
        }
    }

    @ApplicationModuleListener
    void on(ClaimAssigned e) {
        if (users.canSee(e.assignee(), e.teamId())) {
            notify(e.assignee(), "ASSIGNED", e.claimId(), e.by() + " assigned claim #" + e.claimId() + " to you.");
        }
    }

    @ApplicationModuleListener
    void on(VerdictApproved e) {
        if (!e.author().equals(e.approver()) && users.canSee(e.author(), e.teamId())) {
            notify(e.author(), "VERDICT_APPROVED", e.claimId(),
                    e.approver() + " approved your verdict on claim #" + e.claimId() + ".");
        }
    }

    @ApplicationModuleListener
    void on(ClaimReopened e) {
        if (e.verdictAuthor() != null && !e.verdictAuthor().equals(e.by()) && users.canSee(e.verdictAuthor(), e.teamId())) {
            notify(e.verdictAuthor(), "SENT_BACK", e.claimId(), e.by() + " reopened claim #" + e.claimId()
                    + ", which had your verdict" + (e.reason() == null ? "." : ": " + e.reason()));
        }
    }

    @ApplicationModuleListener
    void on(CommentAdded e) {
        Set<String> named = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(e.body());
        while (m.find()) {
            named.add(m.group(1));
        }
        named.remove(e.author());
        // only people who may open the claim hear of it: a mention never leaks another team's claim
        for (String who : users.existing(named)) {
            if (!users.canSee(who, e.teamId())) {
                continue;
            }
            notify(who, "MENTIONED", e.claimId(), e.author() + " mentioned you on claim #" + e.claimId() + ": "
                    + e.body());
        }
    }

    /** Tells an assignee their claim is overdue (from {@link OverdueReminders}, in its transaction). */
    void overdue(String assignee, long claimId, java.time.LocalDate dueDate) {
        notify(assignee, "OVERDUE", claimId, "Claim #" + claimId + " was due on " + dueDate + " and is overdue.");
    }

    /** The signed-in user's notifications, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<NotificationDetails> mine() {
        return notifications.findByRecipientOrderByIdDesc(currentUser.name(), PageRequest.of(0, MAX_LIST)).stream()
                .map(Notification::details).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(currentUser.name());
    }

    /** Marks one of the signed-in user's notifications read; someone else's is "not found", like a missing one. */
    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public NotificationDetails markRead(long id) {
        Notification n = notifications.findById(id).filter(x -> x.getRecipient().equals(currentUser.name()))
                .orElseThrow(() -> new NotFoundException("Notification", id));
        n.markRead(clock.instant());
        return n.details();
    }

    @Transactional
    @PreAuthorize(Role.ANY_STAFF)
    public int markAllRead() {
        return notifications.markAllRead(currentUser.name(), clock.instant());
    }

    private void notify(String recipient, String kind, long claimId, String text) {
        notifications.save(new Notification(recipient, kind, claimId, text, clock.instant()));
        broadcaster.publishAfterCommit(new LiveEvent(LiveEvent.user(recipient), LiveEvent.Kind.CHANGED, "ClaimDesk", kind));
    }
}
