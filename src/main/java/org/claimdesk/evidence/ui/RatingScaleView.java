package org.claimdesk.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.shared.ui.FormMessage;
import org.claimdesk.security.Role;
import org.claimdesk.evidence.EvidenceLimits;
import org.claimdesk.evidence.RatingLabelDetails;
import org.claimdesk.evidence.RatingScale;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;

/**
 * Admins rename the substance scale's labels and colours, and set the score and text ClaimReview uses; the
 * scale's history shows every such change.
 */
@Route("admin/ratings")
@PageTitle("Rating scale | ClaimDesk")
@RolesAllowed(Role.ADMIN_NAME)
public class RatingScaleView extends VerticalLayout {

    final Grid<RatingLabelDetails> grid = new Grid<>(RatingLabelDetails.class, false);
    final TextField label = new TextField("Label");
    final TextField color = new TextField("Colour (#rrggbb)");
    final IntegerField score = new IntegerField("Score 1..5 (empty: outside the scale)");
    final TextField reviewText = new TextField("ClaimReview text");
    final Button save = new Button("Save");
    final FormMessage problem = new FormMessage("rating-problem");
    final RegisterHistoryGrid history = new RegisterHistoryGrid("rating-history", "Rating");
    private final RatingScale scale;

    public RatingScaleView(RatingScale scale) {
        this.scale = scale;
        setSizeFull();
        grid.setId("ratings-grid");
        grid.addColumn(l -> l.rating().name()).setHeader("Rating");
        grid.addComponentColumn(l -> {
            Span badge = new Span(l.label());
            badge.addClassName("rating-badge");
            badge.getStyle().set("background", l.color());
            return badge;
        }).setHeader("Shown as");
        grid.addColumn(RatingLabelDetails::score).setHeader("Score");
        grid.addColumn(RatingLabelDetails::reviewText).setHeader("ClaimReview text").setFlexGrow(3);
        grid.setItems(scale.labels());
        label.setId("rating-label");
        label.setMaxLength(EvidenceLimits.MAX_LABEL);
        color.setId("rating-color");
        color.setMaxLength(7);
        score.setMin(1);
        score.setMax(5);
        reviewText.setMaxLength(EvidenceLimits.MAX_REVIEW_TEXT);
        reviewText.setWidth("24rem");
        save.setId("rating-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            RatingLabelDetails l = e.getValue();
            save.setEnabled(l != null);
            if (l != null) {
                label.setValue(l.label());
                color.setValue(l.color());
                score.setValue(l.score());
                reviewText.setValue(l.reviewText());
            }
        });
        save.addClickListener(e -> {
            RatingLabelDetails l = grid.asSingleSelect().getValue();
            try {
                scale.update(l.rating(), label.getValue(), color.getValue(), score.getValue(), reviewText.getValue(),
                        l.version());
                problem.clear();
                grid.setItems(scale.labels());
                history.show(scale.history());
            } catch (InputRejectedException | ConflictException refused) {
                problem.error(refused.getMessage());
            }
        });
        HorizontalLayout form = new HorizontalLayout(label, color, score, reviewText, save);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        history.show(scale.history());
        add(new H2("Rating scale"), new Paragraph("Pick a rating to rename it or change its colour."), form, problem, grid,
                new H3("History"), history);
        expand(grid);
    }
}
