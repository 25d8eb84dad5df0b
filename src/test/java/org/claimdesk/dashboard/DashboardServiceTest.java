package org.claimdesk.dashboard;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.ThreadStatements;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.evidence.Attribution;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.BoardTeam;
import org.claimdesk.review.Priority;
import org.claimdesk.security.NewUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamService;
import org.claimdesk.security.UserAdministration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's figures: right for the user's teams, nothing of another team's, a handful of statements. */
@ClaimDeskSpringTest
class DashboardServiceTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    AssignmentService assignments;
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

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<ClaimDetails> importStory(BoardTeam team) {
        AsUser.signIn(team.editor(), Role.EDITOR_NAME);
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Dashboard " + tag, null, null, null,
                TestArticles.story(tag)));
        return a.claims().stream().sorted(Comparator.comparingInt(ClaimDetails::start)).toList();
    }

    private void verdict(long claimId, String author, Rating rating) {
        AsUser.signIn(author, Role.FACT_CHECKER_NAME);
        evidence.addSource(claimId, new SourceInput("https://dash.example/" + TestArticles.uniqueTag(), null, null,
                null, null, null, Stance.CONTRADICTS, null, null));
        verdicts.setVerdict(claimId, new VerdictInput(Attribution.CONFIRMED, rating, "Checked against the survey.",
                null, claims.get(claimId).version()));
    }

    /** Dates a claim's import, verdict and approval in the table: the service takes "now" from the real clock. */
    private void times(long claimId, Instant imported, Instant decided, Instant approved) {
        jdbc.update("update claim set created_at = ? where id = ?", Timestamp.from(imported), claimId);
        jdbc.update("update verdict set decided_at = ?, approved_at = ? where claim_id = ?", Timestamp.from(decided),
                approved == null ? null : Timestamp.from(approved), claimId);
    }

    private static Map<ClaimStatus, Long> statuses(DashboardFigures f) {
        return f.byStatus().stream().collect(Collectors.toMap(StatusCount::status, StatusCount::count));
    }

    @Test
    void the_figures_count_the_users_teams_and_nothing_of_another_team() {
        BoardTeam team = BoardTeam.create(users, teams);
        BoardTeam other = BoardTeam.create(users, teams);
        List<ClaimDetails> cs = importStory(team);
        List<ClaimDetails> others = importStory(other);
        verdict(others.get(0).id(), other.reviewerA(), Rating.MIXED); // another team's: counted nowhere below

        AsUser.signIn(team.editor(), Role.EDITOR_NAME);
        assignments.assign(cs.get(0).id(), team.reviewerA(), LocalDate.now().plusDays(2), Priority.NORMAL); // done
        assignments.assign(cs.get(1).id(), team.reviewerA(), LocalDate.now().plusDays(2), Priority.NORMAL); // open
        verdict(cs.get(0).id(), team.reviewerA(), Rating.FALSE);
        AsUser.signIn(team.editor(), Role.EDITOR_NAME);
        verdicts.approve(cs.get(0).id(), claims.get(cs.get(0).id()).version());
        verdict(cs.get(2).id(), team.reviewerB(), Rating.MIXED); // awaiting approval

        Instant decided = Instant.now().minus(1, ChronoUnit.MINUTES);
        times(cs.get(0).id(), decided.minus(Duration.ofHours(2)), decided, decided.plus(Duration.ofHours(1)));
        times(cs.get(2).id(), decided.minus(Duration.ofHours(4)), decided, null);

        AsUser.signIn(team.reviewerB(), Role.FACT_CHECKER_NAME);
        DashboardFigures f = dashboard.figures();

        assertThat(f.inNoTeam()).isFalse();
        assertThat(f.totalClaims()).isEqualTo(cs.size());
        assertThat(statuses(f)).containsEntry(ClaimStatus.VERIFIED, 1L).containsEntry(ClaimStatus.AWAITING_APPROVAL, 1L)
                .containsEntry(ClaimStatus.UNREVIEWED, (long) cs.size() - 2).containsEntry(ClaimStatus.REOPENED, 0L);
        assertThat(f.byRating()).extracting(RatingCount::rating, RatingCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rating.MIXED, 1L),
                        org.assertj.core.groups.Tuple.tuple(Rating.FALSE, 1L)); // the scale's order
        assertThat(f.byRating()).allSatisfy(r -> assertThat(r.color()).startsWith("#"));
        assertThat(f.articles()).singleElement().satisfies(a -> {
            assertThat(a.articleId()).isEqualTo(cs.get(0).articleId());
            assertThat(a.verified()).isEqualTo(1);
            assertThat(a.total()).isEqualTo(cs.size());
        });
        assertThat(f.reviewers()).singleElement().isEqualTo(new ReviewerFigures(team.reviewerA(),
                f.reviewers().getFirst().displayName(), 1, 0, 1));
        assertThat(f.reviewers().getFirst().displayName()).startsWith("Reviewer A");
        assertThat(f.medianToVerdict()).isEqualTo(Duration.ofHours(3));
        assertThat(f.medianToApproval()).isEqualTo(Duration.ofHours(3));
        assertThat(f.unassigned()).as("not verified, nobody assigned").isEqualTo(cs.size() - 2);
        assertThat(f.verdictsPerWeek()).hasSize(DashboardService.WEEKS);
        assertThat(f.verdictsPerWeek().getLast().verdicts()).isEqualTo(2);
        assertThat(f.verdictsPerWeek().getLast().weekStart()).isBeforeOrEqualTo(LocalDate.now())
                .isAfter(LocalDate.now().minusDays(7));
        assertThat(f.verdictsPerWeek().subList(0, DashboardService.WEEKS - 1)).allSatisfy(w ->
                assertThat(w.verdicts()).isZero());

        AsUser.signIn(other.reviewerB(), Role.FACT_CHECKER_NAME); // the other team sees only its own
        DashboardFigures theirs = dashboard.figures();
        assertThat(theirs.totalClaims()).isEqualTo(others.size());
        assertThat(theirs.byRating()).extracting(RatingCount::rating).containsExactly(Rating.MIXED);
        assertThat(theirs.articles()).extracting(ArticleProgress::articleId).containsExactly(others.get(0).articleId());
        assertThat(theirs.reviewers()).isEmpty();
    }

    @Test
    void a_fact_checker_in_no_team_gets_empty_figures() {
        String tag = TestArticles.uniqueTag();
        AsUser.signIn("admin", Role.ADMIN_NAME);
        users.create(new NewUser("dash-" + tag, "Dash " + tag, "dash-" + tag + "@example.org",
                Set.of(Role.FACT_CHECKER), null));
        AsUser.signIn("dash-" + tag, Role.FACT_CHECKER_NAME);
        DashboardFigures f = dashboard.figures();
        assertThat(f.inNoTeam()).isTrue();
        assertThat(f.totalClaims()).isZero();
        assertThat(f.articles()).isEmpty();
        assertThat(f.verdictsPerWeek()).hasSize(DashboardService.WEEKS);
    }

    @Test
    void the_dashboard_reads_as_many_statements_for_many_claims_as_for_few() {
        BoardTeam team = BoardTeam.create(users, teams);
        importStory(team);
        AsUser.signIn(team.reviewerA(), Role.FACT_CHECKER_NAME);
        long few = ThreadStatements.during(() -> dashboard.figures());
        List<ClaimDetails> more = importStory(team);
        importStory(team);
        verdict(more.get(0).id(), team.reviewerA(), Rating.FALSE);
        AsUser.signIn(team.editor(), Role.EDITOR_NAME);
        assignments.assign(more.get(1).id(), team.reviewerB(), LocalDate.now().plusDays(1), Priority.HIGH);
        AsUser.signIn(team.reviewerA(), Role.FACT_CHECKER_NAME);
        long many = ThreadStatements.during(() -> dashboard.figures());
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(9);
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
        assertThat(DashboardService.median(List.of(Duration.ofHours(5), Duration.ofHours(1), Duration.ofHours(2),
                Duration.ofHours(4)))).isEqualTo(Duration.ofHours(3));
        assertThat(DashboardService.median(List.of())).isNull();
    }
}
