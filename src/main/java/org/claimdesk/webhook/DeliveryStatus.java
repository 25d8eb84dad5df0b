package org.claimdesk.webhook;

/** PENDING: to be (re)tried at its next attempt time; DELIVERED: a 2xx answer; FAILED: every attempt failed. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
