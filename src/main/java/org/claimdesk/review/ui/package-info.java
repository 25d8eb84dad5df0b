/**
 * The review module's views, and the notification bell the main layout shows (hence a named interface).
 */
@org.springframework.modulith.NamedInterface("ui")
package org.claimdesk.review.ui;
