package org.claimdesk.review;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** @ApplicationModuleListener runs after commit on another thread: the change never waits for its listeners. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncListeners {
}
