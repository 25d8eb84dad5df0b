package org.claimdesk.claim.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.claimdesk.security.PersonName;
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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment thread of a claim. Typing "@" and the start of a name offers the people who may open the claim;
 * choosing one completes the name in the box (the mention then notifies them).
 */
class DiscussionPanel extends VerticalLayout implements ClaimPageSection {

    /** An @name being typed at the end of the text (the caret is there while typing). */
    private static final Pattern TYPING_MENTION = Pattern.compile("(?:^|[\\s(])@([\\w.-]{0,60})$");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Div thread = new Div();
    final TextArea body = new TextArea();
    final Button post = new Button(Texts.t("claim.DiscussionPanel.post-comment"));
    final HorizontalLayout suggestions = new HorizontalLayout();
    private final ClaimDiscussion discussion;
    private final long claimId;

    DiscussionPanel(ClaimDiscussion discussion, long claimId, Runnable afterPost) {
        this.discussion = discussion;
        this.claimId = claimId;
        setPadding(false);
        thread.setId("claim-comments");
        body.setId("comment-body");
        body.setPlaceholder(Texts.t("claim.DiscussionPanel.add-to-the-discussion"));
        body.setMaxLength(ClaimLimits.MAX_COMMENT);
        body.setWidthFull();
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(250);
        body.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                suggest(e.getValue());
            }
        });
        suggestions.setId("mention-suggestions");
        suggestions.setSpacing(false);
        suggestions.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        suggestions.setVisible(false);
        post.setId("comment-post");
        post.addClickListener(e -> {
            try {
                discussion.addComment(claimId, body.getValue());
                body.clear();
                suggest("");
                body.setInvalid(false);
                afterPost.run();
            } catch (InputRejectedException rejected) {
                body.setErrorMessage(rejected.getMessage());
                body.setInvalid(true);
            }
        });
        add(new H3(Texts.t("claim.DiscussionPanel.discussion")), thread, body, suggestions, post);
        refresh();
    }

    /** Offers the names that complete the @mention being typed at the end of {@code text}; none when there is none. */
    void suggest(String text) {
        suggestions.removeAll();
        Matcher m = TYPING_MENTION.matcher(text == null ? "" : text);
        boolean typing = m.find();
        int nameStart = typing ? m.start(1) : 0;
        List<PersonName> people = typing ? discussion.mentionable(claimId, m.group(1)) : List.of();
        for (PersonName p : people) {
            Button choose = new Button("@" + p.username() + (p.displayName() == null ? "" : " · " + p.displayName()));
            choose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            choose.addClassName("mention-suggestion");
            choose.addClickListener(e -> complete(nameStart, p.username()));
            suggestions.add(choose);
        }
        suggestions.setVisible(!people.isEmpty());
    }

    /** Replaces the partial name (from {@code nameStart} to the end) with the chosen one and a space. */
    private void complete(int nameStart, String username) {
        String text = body.getValue();
        body.setValue(text.substring(0, Math.min(nameStart, text.length())) + username + " ");
        suggest("");
        body.focus();
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
