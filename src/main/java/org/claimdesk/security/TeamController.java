package org.claimdesk.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

import java.util.List;

/** {@code /api/v1/teams}: admins create, rename and staff teams; everyone lists the teams they see. */
@RestController
@RequestMapping(path = "/api/v1/teams", produces = "application/json")
class TeamController {

    private final TeamService teams;

    TeamController(TeamService teams) {
        this.teams = teams;
    }

    record NameBody(String name) {
    }

    record MembersBody(List<String> usernames) {
    }

    @GetMapping
    List<TeamSummary> list() {
        return teams.list();
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    TeamSummary create(@RequestBody NameBody body) {
        return teams.create(body == null ? null : body.name());
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    TeamSummary rename(@PathVariable long id, @RequestBody NameBody body) {
        return teams.rename(id, body == null ? null : body.name());
    }

    @PutMapping(path = "/{id}/members", consumes = "application/json")
    TeamSummary setMembers(@PathVariable long id, @RequestBody MembersBody body) {
        return teams.setMembers(id, body == null ? null : body.usernames());
    }
}
