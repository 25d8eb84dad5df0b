package org.claimdesk.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The auth log for admins: newest first, narrowed by user, address or outcome. */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = "application/json")
class AuthLogController {

    private final AuthLog authLog;

    AuthLogController(AuthLog authLog) {
        this.authLog = authLog;
    }

    @GetMapping("/auth-log")
    List<AuthLogEntry> authLog(@RequestParam(required = false) String username,
                               @RequestParam(required = false) String address,
                               @RequestParam(required = false) AuthOutcome outcome,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "100") int size) {
        return authLog.newestFirst(username, address, outcome, page, size);
    }
}
