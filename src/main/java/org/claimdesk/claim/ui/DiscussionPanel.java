package org.claimdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.claimdesk.claim.ClaimDiscussion;
import org.claimdesk.claim.ClaimLimits;
import org.claimdesk.claim.CommentDetails;
import org.claimdesk.shared.InputRejectedException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The comment thread of a claim. */
class DiscussionPanel extends VerticalLayout implements ClaimPageSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Div thread = new Div();
    final TextArea body = new TextArea();
    final Button post = new Button("Post comment");
    private final ClaimDiscussion discussion;
    private final long claimId;

    DiscussionPanel(ClaimDiscussion discussion, long claimId, Runnable afterPost) {
        this.discussion = discussion;
        this.claimId = claimId;
        setPadding(false);
        thread.setId("claim-comments");
        body.setId("comment-body");
        body.setPlaceholder("Add to the discussion");
        body.setMaxLength(ClaimLimits.MAX_COMMENT);
        body.setWidthFull();
        post.setId("comment-post");
        post.addClickListener(e -> {
            try {
                discussion.addComment(claimId, body.getValue());
                body.clear();
                body.setInvalid(false);
                afterPost.run();
            } catch (InputRejectedException rejected) {
                body.setErrorMessage(rejected.getMessage());
                body.setInvalid(true);
            }
        });
        add(new H3("Discussion"), thread, body, post);
        refresh();
    }

    /** Redraws the list; what the user is typing stays. */
    @Override
    public void refresh(org.claimdesk.claim.ClaimDetails claim) {
        refresh();
    }

    void refresh() {
        thread.removeAll();
        for (CommentDetails c : discussion.comments(claimId)) {
            Div row = new Div(new Span(c.author() + " · " + WHEN.format(c.at())), new Div(c.body()));
            row.addClassName("comment");
            thread.add(row);
        }
    }
}
