package org.claimdesk.shared;

import java.util.Map;

/** The request clashes with what is stored (a duplicate, a stale version). Maps to 409. */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> properties;

    public ConflictException(String message, Map<String, Object> properties) {
        super(message);
        this.properties = Map.copyOf(properties);
    }

    /** Extra facts for the API's problem body, e.g. the id of the existing record. */
    public Map<String, Object> properties() {
        return properties;
    }
}
