package org.claimdesk.review;

import org.claimdesk.shared.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/teams/{id}/board} (editors: per reviewer open, overdue, done this week) and
 * {@code GET /api/v1/teams/{id}/unassigned?page=&size=} (everyone in the team: the claims nobody has taken).
 */
@RestController
class TeamBoardController {

    private final TeamBoard board;

    TeamBoardController(TeamBoard board) {
        this.board = board;
    }

    @GetMapping(path = "/api/v1/teams/{id}/board", produces = "application/json")
    TeamBoardDetails board(@PathVariable long id) {
        return board.board(id);
    }

    @GetMapping(path = "/api/v1/teams/{id}/unassigned", produces = "application/json")
    PageResponse<UnassignedClaim> unassigned(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(board.unassigned(id, page, size));
    }
}
