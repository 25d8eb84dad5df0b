package org.claimdesk.review;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * @ApplicationModuleListener runs after commit on another thread: the change never waits for its listeners.
 * Scheduling is for the overdue reminders.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class AsyncListeners {
}
