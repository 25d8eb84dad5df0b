package org.claimdesk;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;


import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one Spring test set-up: the whole application on a random port, the test profile. Every Spring test uses
 * it, so the JVM holds one application context: a second Vaadin context would install its own security
 * context strategy and the tests of the first would no longer see their signed-in user.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface ClaimDeskSpringTest {
}
