package org.claimdesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What every editable record keeps about itself: who created it and when, who changed it last and when, and its
 * version, which refuses a save made on a stale copy (optimistic locking). The same five columns on every
 * table ({@code created_by}, {@code created_at}, {@code updated_by}, {@code updated_at}, {@code version}).
 * Services pass the actor and the time (from the injected clock), so tests can set both.
 */
@MappedSuperclass
public abstract class Tracked {

    /** The longest user name stored as an actor. */
    public static final int MAX_ACTOR = 60;

    @Column(name = "created_by", length = MAX_ACTOR)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", length = MAX_ACTOR)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** Records a change by {@code actor} at {@code at}; the first change is also the creation. */
    public void touched(String actor, Instant at) {
        if (createdAt == null) {
            createdBy = actor;
            createdAt = at;
        }
        updatedBy = actor;
        updatedAt = at;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
