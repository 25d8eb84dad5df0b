package org.claimdesk.review;

import org.claimdesk.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Tells assignees when their claim is overdue (due date passed, not verified), once per assignment: a new
 * assignee or due date is told again. Runs on a schedule ({@code claimdesk.overdue-reminders.every}, default
 * 15 minutes) with no signed-in user, so it reads through repositories rather than the user-facing services.
 * Each reminder is claimed with a conditional update before it is sent, so two runs (or two nodes) never send
 * one twice.
 */
@Component
class OverdueReminders {

    private static final Logger log = LoggerFactory.getLogger(OverdueReminders.class);

    private final AssignmentRepository assignments;
    private final NotificationService notifications;
    private final UserDirectory users;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueReminders(AssignmentRepository assignments, NotificationService notifications, UserDirectory users,
                     PlatformTransactionManager transactionManager, Clock clock) {
        this.assignments = assignments;
        this.notifications = notifications;
        this.users = users;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${claimdesk.overdue-reminders.first:PT1M}",
            fixedDelayString = "${claimdesk.overdue-reminders.every:PT15M}")
    // one node at a time (shared/SchedulerLocks); a run takes seconds, and after it the others skip for a minute
    @SchedulerLock(name = "overdue-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void onSchedule() {
        try {
            int sent = remind();
            if (sent > 0) {
                log.info("Sent {} overdue reminders", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Overdue reminders failed; the next run tries again", e);
        }
    }

    /** Sends the reminders due now; returns how many this call sent. */
    int remind() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (AssignmentRepository.Overdue o : assignments.overdueNotReminded(today)) {
            Boolean told = transactions.execute(status -> {
                if (assignments.markReminded(o.claimId(), o.assignee(), o.dueDate(), clock.instant()) != 1) {
                    return false; // another run got there first, or the assignment changed meanwhile
                }
                if (users.canSee(o.assignee(), o.teamId())) {
                    notifications.overdue(o.assignee(), o.claimId(), o.dueDate());
                }
                return true;
            });
            if (Boolean.TRUE.equals(told)) {
                sent++;
            }
        }
        return sent;
    }
}
