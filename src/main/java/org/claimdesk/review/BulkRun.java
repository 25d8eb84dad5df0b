package org.claimdesk.review;

import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * Runs a bulk action claim by claim, each in its own transaction, so one refusal neither undoes nor stops the
 * others; every claim gets a result saying what was done, or why it was refused. A claim the caller may not see
 * is refused as "does not exist", exactly like one that never existed.
 */
final class BulkRun {

    private BulkRun() {
    }

    /** Refuses no claims, or more than {@link AssignmentService#MAX_BULK}, before anything changes. */
    static List<Long> checked(List<Long> claimIds, String whenNone) {
        if (claimIds == null || claimIds.stream().noneMatch(Objects::nonNull)) {
            throw new InputRejectedException("claimIds", whenNone);
        }
        if (claimIds.size() > AssignmentService.MAX_BULK) {
            throw new InputRejectedException("claimIds", "At most " + AssignmentService.MAX_BULK + " claims at once.");
        }
        return claimIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    /**
     * @param action does the work on one claim inside the transaction and says what it did ("assigned to x");
     *               a refusal is an {@link InputRejectedException}, {@link NotFoundException} or a stale record
     */
    static List<BulkResult> each(TransactionTemplate transactions, List<Long> claimIds, String whenNone,
                                 LongFunction<String> action) {
        List<BulkResult> results = new ArrayList<>();
        for (long id : checked(claimIds, whenNone)) {
            try {
                String done = transactions.execute(status -> action.apply(id));
                results.add(new BulkResult(id, true, done));
            } catch (InputRejectedException | NotFoundException | ConflictException refused) {
                results.add(new BulkResult(id, false, refused.getMessage()));
            }
        }
        return results;
    }
}
