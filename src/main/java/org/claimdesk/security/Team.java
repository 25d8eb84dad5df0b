package org.claimdesk.security;

import jakarta.persistence.*;
import org.claimdesk.shared.Tracked;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A desk of people who work on the same articles; an article belongs to exactly one team. */
@Entity
@Table(name = "team")
class Team extends Tracked {

    static final int MAX_NAME = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> members = new HashSet<>();

    protected Team() {
    }

    Team(String name, String actor, Instant at) {
        this.name = name;
        touched(actor, at);
    }

    Long getId() { return id; }
    String getName() { return name; }
    Set<UserAccount> getMembers() { return members; }

    void rename(String name) {
        this.name = name;
    }

    void setMembers(Set<UserAccount> members) {
        this.members.clear();
        this.members.addAll(members);
    }

    TeamSummary summary() {
        return new TeamSummary(id, name, members.stream().map(UserAccount::getUsername).sorted().toList());
    }
}
