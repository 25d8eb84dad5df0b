package org.claimdesk.evidence;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The history of the publisher register and of the rating scale, for editors and admins (the services refuse
 * everyone else with 403). Oldest change first.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class RegisterHistoryController {

    private final PublisherRegister publishers;
    private final RatingScale ratings;

    RegisterHistoryController(PublisherRegister publishers, RatingScale ratings) {
        this.publishers = publishers;
        this.ratings = ratings;
    }

    @GetMapping("/publishers/{domain}/history")
    List<RegisterChange> publisherHistory(@PathVariable String domain) {
        return publishers.history(domain);
    }

    @GetMapping("/ratings/history")
    List<RegisterChange> ratingHistory() {
        return ratings.history();
    }
}
