package org.claimdesk.dashboard;

import org.claimdesk.evidence.Rating;

/** How many of the teams' claims have a verdict with this rating, with the rating scale's label and colour. */
public record RatingCount(Rating rating, String label, String color, long count) {
}
