package org.claimdesk.shared;

/** A record that does not exist (or that the caller may not know exists). Maps to 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
