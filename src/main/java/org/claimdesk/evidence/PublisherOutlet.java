package org.claimdesk.evidence;

/** An outlet on the publishers page: its register entry (UNRATED, version -1 when never rated) and how many sources in the user's teams cite it. */
public record PublisherOutlet(PublisherDetails publisher, long sources) {

    public String domain() {
        return publisher.domain();
    }

    public Reliability reliability() {
        return publisher.reliability();
    }
}
