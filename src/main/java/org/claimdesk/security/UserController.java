package org.claimdesk.security;

import org.claimdesk.shared.InputRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.util.List;
import java.util.Set;

/** The users API (admins) and the signed-in user's own password. Same services as the views. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class UserController {

    private final UserAdministration admin;
    private final OwnPassword ownPassword;

    UserController(UserAdministration admin, OwnPassword ownPassword) {
        this.admin = admin;
        this.ownPassword = ownPassword;
    }

    record NewUserBody(String username, String displayName, String email, Set<Role> roles, String password) {
    }

    record UserBody(String displayName, String email, Set<Role> roles, Boolean enabled, Long version) {
    }

    record VersionBody(Long version) {
    }

    record PasswordBody(String currentPassword, String newPassword) {
    }

    @GetMapping("/users")
    List<UserAccountDetails> users() {
        return admin.list();
    }

    @GetMapping("/users/{username}")
    UserAccountDetails user(@PathVariable String username) {
        return admin.get(username);
    }

    /** 201 with the user, and the one-time password when the admin sent none (shown this once). */
    @PostMapping(path = "/users", consumes = "application/json")
    ResponseEntity<IssuedPassword> create(@RequestBody NewUserBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(admin.create(new NewUser(body.username(),
                body.displayName(), body.email(), body.roles(), body.password())));
    }

    @PutMapping(path = "/users/{username}", consumes = "application/json")
    UserAccountDetails update(@PathVariable String username, @RequestBody UserBody body) {
        if (body.enabled() == null) {
            throw new InputRejectedException("enabled", "Say whether the user is enabled (true or false).");
        }
        return admin.update(username, new UserEdit(body.displayName(), body.email(), body.roles(), body.enabled(),
                required(body.version())));
    }

    @PostMapping(path = "/users/{username}/password-reset", consumes = "application/json")
    IssuedPassword resetPassword(@PathVariable String username, @RequestBody VersionBody body) {
        return admin.resetPassword(username, required(body.version()));
    }

    @PutMapping(path = "/me/password", consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordBody body) {
        ownPassword.change(body.currentPassword(), body.newPassword());
    }

    private static long required(Long version) {
        if (version == null) {
            throw new InputRejectedException("version", "Send the version you read.");
        }
        return version;
    }
}
