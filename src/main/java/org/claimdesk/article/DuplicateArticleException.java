package org.claimdesk.article;

import org.claimdesk.shared.ConflictException;

import java.util.Map;

/** The same text was imported before; carries the existing article's id. */
public class DuplicateArticleException extends ConflictException {

    private final long existingId;

    public DuplicateArticleException(long existingId) {
        super("This text was already imported as article " + existingId + ".", Map.of("existingId", existingId));
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}
