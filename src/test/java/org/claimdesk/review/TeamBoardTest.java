package org.claimdesk.review;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.evidence.Attribution;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamService;
import org.claimdesk.security.TeamSummary;
import org.claimdesk.security.UserAdministration;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The team board: per reviewer open, overdue and done this week; the unassigned claims in the order to pick them. */
@ClaimDeskSpringTest
class TeamBoardTest {

    @Autowired
    TeamBoard board;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AssignmentRepository assignmentRows;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;
    @Autowired
    UserAdministration users;
    @Autowired
    TeamService teams;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** An article imported by the team's editor (their only team), its claims in text order. */
    private List<ClaimDetails> importStory(BoardTeam team, LocalDate publishedAt) {
        AsUser.signIn(team.editor(), Role.EDITOR_NAME);
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Board " + tag, null, null, publishedAt,
                TestArticles.story(tag)));
        assertThat(a.teamId()).isEqualTo(team.id());
        return a.claims().stream().sorted(Comparator.comparingInt(ClaimDetails::start)).toList();
    }

    /** A source and a verdict by {@code author}, approved by {@code approver}: the claim is VERIFIED. */
    private void verify(long claimId, String author, String authorRole, String approver, String approverRole) {
        AsUser.signIn(author, authorRole);
        evidence.addSource(claimId, new SourceInput("https://board.example/" + TestArticles.uniqueTag(), null, null,
                null, null, null, Stance.CONTRADICTS, null, null));
        verdicts.setVerdict(claimId, new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "The survey says otherwise.",
                null, claims.get(claimId).version()));
        AsUser.signIn(approver, approverRole);
        verdicts.approve(claimId, claims.get(claimId).version());
    }

    private void assign(BoardTeam team, long claimId, String who) {
        AsUser.signIn(team.editor(), Role.EDITOR_NAME);
        assignments.assign(claimId, who, LocalDate.now().plusDays(3), Priority.NORMAL);
    }

    private static Map<String, ReviewerLoad> byReviewer(TeamBoardDetails details) {
        return details.reviewers().stream().collect(Collectors.toMap(ReviewerLoad::reviewer, Function.identity()));
    }

    @Test
    void the_board_counts_each_members_open_overdue_and_this_weeks_verified_claims() {
        BoardTeam team = BoardTeam.create(users, teams);
        List<ClaimDetails> first = importStory(team, LocalDate.of(2025, 1, 10));
        List<ClaimDetails> second = importStory(team, LocalDate.of(2025, 3, 1));
        String a = team.reviewerA();

        assign(team, first.get(0).id(), a); // open
        assign(team, first.get(1).id(), a); // open, and made overdue below
        assign(team, first.get(2).id(), a); // verified this week
        assign(team, second.get(0).id(), a); // verified last week
        // the service refuses a due date in the past, so the test dates an assignment back in the table
        Assignment late = assignmentRows.findById(first.get(1).id()).orElseThrow();
        late.set(a, LocalDate.now().minusDays(1), Priority.HIGH, team.editor(), Instant.now());
        assignmentRows.saveAndFlush(late);
        verify(first.get(2).id(), a, Role.FACT_CHECKER_NAME, team.editor(), Role.EDITOR_NAME);
        verify(second.get(0).id(), a, Role.FACT_CHECKER_NAME, team.editor(), Role.EDITOR_NAME);

        AsUser.signIn(team.editor(), Role.EDITOR_NAME);
        Instant beforeThisWeek = board.board(team.id()).weekStartsAt().minusSeconds(3600);
        jdbc.update("update verdict set approved_at = ? where claim_id = ?", Timestamp.from(beforeThisWeek),
                second.get(0).id());

        TeamBoardDetails details = board.board(team.id());
        assertThat(details.teamName()).isEqualTo(team.name());
        assertThat(details.reviewers()).extracting(ReviewerLoad::reviewer)
                .containsExactly(team.reviewerA(), team.reviewerB(), team.editor()); // members by username
        ReviewerLoad loadA = byReviewer(details).get(a);
        assertThat(loadA.open()).as("open").isEqualTo(2);
        assertThat(loadA.overdue()).as("overdue").isEqualTo(1);
        assertThat(loadA.doneThisWeek()).as("done this week").isEqualTo(1);
        assertThat(loadA.displayName()).startsWith("Reviewer A");
        assertThat(byReviewer(details).get(team.reviewerB()))
                .isEqualTo(new ReviewerLoad(team.reviewerB(), byReviewer(details).get(team.reviewerB()).displayName(),
                        0, 0, 0, true));
        assertThat(byReviewer(details).get(team.editor()).open()).isZero();
        assertThat(details.weekStartsAt()).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void someone_who_left_the_team_with_work_of_it_still_has_a_row() {
        BoardTeam team = BoardTeam.create(users, teams);
        List<ClaimDetails> cs = importStory(team, null);
        assign(team, cs.get(0).id(), team.reviewerB());
        AsUser.signIn("admin", Role.ADMIN_NAME);
        teams.setMembers(team.id(), List.of(team.editor(), team.reviewerA()));

        AsUser.signIn(team.editor(), Role.EDITOR_NAME);
        TeamBoardDetails details = board.board(team.id());
        assertThat(details.reviewers()).extracting(ReviewerLoad::reviewer).as("members, then who left")
                .containsExactly(team.reviewerA(), team.editor(), team.reviewerB());
        assertThat(byReviewer(details).get(team.reviewerB())).satisfies(r -> {
            assertThat(r.member()).isFalse();
            assertThat(r.open()).isEqualTo(1);
        });
    }

    @Test
    void unassigned_claims_come_most_check_worthy_first_then_newest_article_and_leave_out_assigned_and_verified() {
        BoardTeam team = BoardTeam.create(users, teams);
        List<ClaimDetails> older = importStory(team, LocalDate.of(2025, 1, 10));
        List<ClaimDetails> newer = importStory(team, LocalDate.of(2025, 3, 1));
        List<ClaimDetails> undated = importStory(team, null); // imported today: the newest article
        assign(team, older.get(0).id(), team.reviewerA());
        verify(newer.get(0).id(), team.editor(), Role.EDITOR_NAME, team.reviewerA(), Role.FACT_CHECKER_NAME);

        Map<Long, Integer> articleAge = Map.of(older.getFirst().articleId(), 0, newer.getFirst().articleId(), 1,
                undated.getFirst().articleId(), 2);
        List<Long> expected = java.util.stream.Stream.of(older, newer, undated).flatMap(List::stream)
                .filter(c -> c.id() != older.get(0).id() && c.id() != newer.get(0).id())
                .sorted(Comparator.comparingDouble(ClaimDetails::checkWorthiness).reversed()
                        .thenComparing(c -> articleAge.get(c.articleId()), Comparator.reverseOrder())
                        .thenComparingInt(ClaimDetails::start))
                .map(ClaimDetails::id).toList();

        AsUser.signIn(team.reviewerB(), Role.FACT_CHECKER_NAME); // fact-checkers pick work from it
        List<UnassignedClaim> seen = new ArrayList<>();
        for (int page = 0; ; page++) {
            var p = board.unassigned(team.id(), page, 2);
            seen.addAll(p.getContent());
            assertThat(p.getTotalElements()).isEqualTo(expected.size());
            if (!p.hasNext()) {
                break;
            }
        }
        assertThat(seen).extracting(UnassignedClaim::claimId).containsExactlyElementsOf(expected);
        // the same story three times: equally worthy claims are ordered by their article's date, newest first
        assertThat(java.util.stream.IntStream.range(1, seen.size()).filter(i ->
                seen.get(i - 1).checkWorthiness() == seen.get(i).checkWorthiness()
                        && seen.get(i - 1).articleId() != seen.get(i).articleId()))
                .as("equally worthy claims of different articles").isNotEmpty();
        assertThat(seen).filteredOn(c -> c.articleId() == newer.getFirst().articleId())
                .allSatisfy(c -> assertThat(c.articleDate()).isEqualTo(LocalDate.of(2025, 3, 1)));
        assertThat(seen).extracting(UnassignedClaim::checkWorthiness).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void page_and_size_of_the_unassigned_list_are_checked() {
        BoardTeam team = BoardTeam.create(users, teams);
        AsUser.signIn(team.reviewerA(), Role.FACT_CHECKER_NAME);
        assertThatThrownBy(() -> board.unassigned(team.id(), 0, TeamBoard.MAX_PAGE_SIZE + 1))
                .isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> board.unassigned(team.id(), 0, 0)).isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> board.unassigned(team.id(), -1, 10)).isInstanceOf(InputRejectedException.class);
        // no page starts beyond the count's cap (a deep offset reads every row before it)
        assertThatThrownBy(() -> board.unassigned(team.id(), TeamBoard.UNASSIGNED_COUNT_CAP / 100, 100))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("beyond the first 10,000");
        assertThat(board.unassigned(team.id(), 0, TeamBoard.MAX_PAGE_SIZE).getContent()).isEmpty();
        assertThat(board.unassigned(team.id(), TeamBoard.UNASSIGNED_COUNT_CAP / 100 - 1, 100).getContent()).isEmpty();
    }

    @Test
    void another_teams_board_and_unassigned_list_are_not_found_and_fact_checkers_get_no_board() {
        BoardTeam team = BoardTeam.create(users, teams);
        long politics = politicsDesk().id();
        AsUser.signIn(team.editor(), Role.EDITOR_NAME);
        assertThatThrownBy(() -> board.board(politics)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> board.unassigned(politics, 0, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> board.board(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        AsUser.signIn(team.reviewerA(), Role.FACT_CHECKER_NAME);
        assertThatThrownBy(() -> board.board(team.id())).isInstanceOf(AccessDeniedException.class);
    }

    private TeamSummary politicsDesk() {
        AsUser.signIn("admin", Role.ADMIN_NAME);
        return teams.list().stream().filter(t -> t.name().equals("Politics desk")).findFirst().orElseThrow();
    }

    private TeamSummary metroDesk() {
        AsUser.signIn("admin", Role.ADMIN_NAME);
        return teams.list().stream().filter(t -> t.name().equals("Metro desk")).findFirst().orElseThrow();
    }

    @Test
    void over_http_editors_read_their_teams_board_others_get_403_or_404_as_problem_json() throws Exception {
        long politics = politicsDesk().id();
        long metro = metroDesk().id();
        ApiClient api = new ApiClient(port);

        Reply ok = api.call("GET", "/api/v1/teams/" + politics + "/board", "editor", null);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().get("teamName").asString()).isEqualTo("Politics desk");
        List<String> reviewers = new ArrayList<>();
        ok.body().get("reviewers").forEach(r -> reviewers.add(r.get("reviewer").asString()));
        assertThat(reviewers).contains("editor", "checker", "checker2").doesNotContain("metro");

        Reply checker = api.call("GET", "/api/v1/teams/" + politics + "/board", "checker", null);
        assertThat(checker.status()).isEqualTo(403);
        assertThat(checker.contentType()).startsWith("application/problem+json");

        Reply editorOnMetro = api.call("GET", "/api/v1/teams/" + metro + "/board", "editor", null);
        assertThat(editorOnMetro.status()).isEqualTo(404);
        assertThat(editorOnMetro.contentType()).startsWith("application/problem+json");
        // metro is a fact-checker: the role check answers first on the board, the team check on the list
        assertThat(api.call("GET", "/api/v1/teams/" + politics + "/board", "metro", null).status()).isEqualTo(403);
        Reply metroList = api.call("GET", "/api/v1/teams/" + politics + "/unassigned", "metro", null);
        assertThat(metroList.status()).isEqualTo(404);
        assertThat(metroList.contentType()).startsWith("application/problem+json");

        Reply list = api.call("GET", "/api/v1/teams/" + politics + "/unassigned?page=0&size=5", "checker", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("size").asInt()).isEqualTo(5);
        assertThat(list.body().get("items").size()).isLessThanOrEqualTo(5);
        assertThat(api.call("GET", "/api/v1/teams/" + politics + "/unassigned?size=1000", "checker", null).status())
                .isEqualTo(400);
    }
}
