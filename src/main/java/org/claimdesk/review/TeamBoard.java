package org.claimdesk.review;

import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamService;
import org.claimdesk.security.TeamSummary;
import org.claimdesk.security.UserService;
import org.claimdesk.security.UserSummary;
import org.claimdesk.shared.CappedPage;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a team has on its plate: per reviewer the open, overdue and this week's finished claims (editors), and the
 * claims nobody has taken yet, most check-worthy first (everyone: fact-checkers pick work from it). A team the
 * signed-in user is not in (admins: any team) is "not found", like a team that does not exist.
 * <p>
 * Days are those of the service clock's zone, the same "today" that marks a claim overdue in My queue.
 */
@Service
public class TeamBoard {

    /** The largest page of unassigned claims. */
    public static final int MAX_PAGE_SIZE = 100;

    /**
     * The unassigned count stops here, as the claims list's does: counting all of a large team's unassigned claims
     * read them all on every fetch (1.4 s at 1M claims: issue 11), and no page starts beyond it.
     */
    public static final int UNASSIGNED_COUNT_CAP = 10_000;

    private final TeamBoardRepository board;
    private final TeamService teams;
    private final UserService users;
    private final Clock clock;

    TeamBoard(TeamBoardRepository board, TeamService teams, UserService users, Clock clock) {
        this.board = board;
        this.teams = teams;
        this.users = users;
        this.clock = clock;
    }

    /** The teams whose board the signed-in editor may open: their own (admins: all), by name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.EDITORS)
    public List<TeamSummary> teams() {
        return teams.list();
    }

    /** Each member of the team with their counts (zeros when they have no work), then former members with work. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.EDITORS)
    public TeamBoardDetails board(long teamId) {
        TeamSummary team = visibleTeam(teamId);
        LocalDate today = LocalDate.now(clock);
        Instant weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(clock.getZone()).toInstant();
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] row : board.loadsOfTeam(teamId, today, weekStart)) {
            counts.put((String) row[0], new long[]{number(row[1]), number(row[2]), number(row[3])});
        }
        List<ReviewerLoad> rows = new ArrayList<>();
        for (String member : team.members()) {
            rows.add(load(member, counts.remove(member), true));
        }
        counts.keySet().stream().sorted().forEach(former -> rows.add(load(former, counts.get(former), false)));
        return new TeamBoardDetails(team.id(), team.name(), today, weekStart, rows);
    }

    /** One page of the team's unassigned, unverified claims: most check-worthy first, then the newest article. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public Page<UnassignedClaim> unassigned(long teamId, int page, int size) {
        if (page < 0) {
            throw new InputRejectedException("page", "The page number cannot be negative.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InputRejectedException("size", "The page size is 1 to " + MAX_PAGE_SIZE + ".");
        }
        long offset = (long) page * size;
        if (offset >= UNASSIGNED_COUNT_CAP) {
            throw new InputRejectedException("page", "Pages beyond the first " + String.format(java.util.Locale.ROOT,
                    "%,d", UNASSIGNED_COUNT_CAP) + " unassigned claims are not served: assign these first.");
        }
        visibleTeam(teamId);
        List<UnassignedClaim> items = board.unassignedOfTeam(teamId, size, offset).stream()
                .map(TeamBoard::unassignedClaim).toList();
        PageRequest request = PageRequest.of(page, size);
        if (page == 0 && items.size() < size) {
            return new CappedPage<>(items, request, items.size(), false); // all of them: no count needed
        }
        long total = board.countUnassignedOfTeamUpTo(teamId, UNASSIGNED_COUNT_CAP + 1);
        return total > UNASSIGNED_COUNT_CAP ? new CappedPage<>(items, request, UNASSIGNED_COUNT_CAP, true)
                : new CappedPage<>(items, request, total, false);
    }

    private TeamSummary visibleTeam(long teamId) {
        return teams.list().stream().filter(t -> t.id() == teamId).findFirst()
                .orElseThrow(() -> new NotFoundException("Team", teamId));
    }

    private ReviewerLoad load(String username, long[] counts, boolean member) {
        long[] c = counts == null ? new long[3] : counts;
        String shown = users.find(username).map(UserSummary::displayName).orElse(username);
        return new ReviewerLoad(username, shown, c[0], c[1], c[2], member);
    }

    private static UnassignedClaim unassignedClaim(Object[] r) {
        return new UnassignedClaim(number(r[0]), (String) r[1], (String) r[2], ((Number) r[3]).doubleValue(),
                ClaimStatus.valueOf((String) r[4]), number(r[5]), (String) r[6], date(r[7]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A DATE column comes back as LocalDate or java.sql.Date depending on the driver and Hibernate settings. */
    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            default -> LocalDate.parse(value.toString().substring(0, 10));
        };
    }
}
