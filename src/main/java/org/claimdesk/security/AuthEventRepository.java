package org.claimdesk.security;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface AuthEventRepository extends JpaRepository<AuthEvent, Long> {

    /** The account's failures since {@code since}: by the (username, time) index. */
    @Query("select e.occurredAt from AuthEvent e where e.username = :username and e.outcome = 'FAILURE'"
            + " and e.occurredAt > :since order by e.occurredAt")
    List<Instant> failuresOfAccount(String username, Instant since);

    /** When the account last signed in, if after {@code since}. */
    @Query("select max(e.occurredAt) from AuthEvent e where e.username = :username and e.outcome = 'SUCCESS'"
            + " and e.occurredAt > :since")
    Instant lastSuccessOfAccount(String username, Instant since);

    /** The address's failures since {@code since}: by the (address, time) index. */
    @Query("select e.occurredAt from AuthEvent e where e.remoteAddress = :address and e.outcome = 'FAILURE'"
            + " and e.occurredAt > :since order by e.occurredAt")
    List<Instant> failuresFromAddress(String address, Instant since);

    /** Newest first, optionally narrowed; each filter is ignored when null. */
    @Query("select e from AuthEvent e where (:username is null or e.username = :username)"
            + " and (:address is null or e.remoteAddress = :address)"
            + " and (:outcome is null or e.outcome = :outcome) order by e.occurredAt desc, e.id desc")
    List<AuthEvent> newestFirst(String username, String address, AuthOutcome outcome, Pageable page);

    @Modifying
    @Query("delete from AuthEvent e where e.occurredAt < :before")
    int deleteOlderThan(Instant before);
}
