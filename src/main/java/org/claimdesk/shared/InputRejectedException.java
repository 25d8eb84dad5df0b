package org.claimdesk.shared;

/** Input a service refuses; the message is written for the person who typed it. Maps to 400. */
public class InputRejectedException extends RuntimeException {

    private final String field;

    public InputRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public InputRejectedException(String message) {
        this(null, message);
    }

    /** The input field at fault, or null when the whole input is. */
    public String field() {
        return field;
    }
}
