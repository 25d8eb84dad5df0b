package org.claimdesk.review;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** {@code /api/v1/me/notifications}: the caller's notifications, newest first, and marking them read. */
@RestController
@RequestMapping(path = "/api/v1/me/notifications", produces = "application/json")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    Map<String, Object> mine() {
        List<NotificationDetails> list = notifications.mine();
        return Map.of("unread", notifications.unreadCount(), "items", list);
    }

    @PostMapping("/{id}/read")
    NotificationDetails read(@PathVariable long id) {
        return notifications.markRead(id);
    }

    @PostMapping("/read")
    Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead());
    }
}
