package org.claimdesk.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The signed-in user's API tokens, and (admins) anyone's. Same service as the "API tokens" view. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record NewTokenBody(String name, LocalDate expiresOn) {
    }

    /** The answer to a creation: the token (this once) next to its details. */
    record CreatedToken(String token, long id, String name, String tokenStart, LocalDate expiresOn,
                        Instant createdAt) {
    }

    @GetMapping("/me/tokens")
    List<ApiTokenDetails> mine() {
        return tokens.mine();
    }

    @PostMapping(path = "/me/tokens", consumes = "application/json")
    ResponseEntity<CreatedToken> create(@RequestBody NewTokenBody body) {
        IssuedToken issued = tokens.create(body.name(), body.expiresOn());
        ApiTokenDetails d = issued.details();
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedToken(issued.token(), d.id(), d.name(),
                d.tokenStart(), d.expiresOn(), d.createdAt()));
    }

    @DeleteMapping("/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }

    @GetMapping("/users/{username}/tokens")
    List<ApiTokenDetails> of(@PathVariable String username) {
        return tokens.of(username);
    }

    @DeleteMapping("/users/{username}/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeAny(@PathVariable String username, @PathVariable long id) {
        tokens.revokeAny(username, id);
    }
}
