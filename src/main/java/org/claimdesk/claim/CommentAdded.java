package org.claimdesk.claim;

/** A comment was posted on a claim (published after the comment is stored; handled after commit). */
public record CommentAdded(long claimId, long articleId, Long teamId, String author, String body) {
}
