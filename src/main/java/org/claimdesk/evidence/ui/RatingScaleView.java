package org.claimdesk.evidence.ui;

import org.claimdesk.shared.ui.Texts;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed(Role.ADMIN_NAME)
public class RatingScaleView extends VerticalLayout implements HasDynamicTitle {

    final Grid<RatingLabelDetails> grid = new Grid<>(RatingLabelDetails.class, false);
    final TextField label = new TextField(Texts.t("evidence.RatingScaleView.label"));
    final TextField color = new TextField(Texts.t("evidence.RatingScaleView.colour-rrggbb"));
    final IntegerField score = new IntegerField(Texts.t("evidence.RatingScaleView.score-1-5-empty-outside-the"));
    final TextField reviewText = new TextField(Texts.t("evidence.RatingScaleView.claimreview-text"));
    final Button save = new Button(Texts.t("evidence.RatingScaleView.save"));
    final FormMessage problem = new FormMessage("rating-problem");
    final RegisterHistoryGrid history = new RegisterHistoryGrid("rating-history", Texts.t("evidence.RatingScaleView.rating"));

    private final RatingScale scale;

    public RatingScaleView(RatingScale scale) {
        this.scale = scale;
        setSizeFull();
        grid.setId("ratings-grid");
        grid.addColumn(l -> l.rating().name()).setHeader(Texts.t("evidence.RatingScaleView.rating"));
        grid.addComponentColumn(l -> {
            Span badge = new Span(l.label());
            badge.addClassName("rating-badge");
            badge.getStyle().set("background", l.color());
            return badge;
        }).setHeader(Texts.t("evidence.RatingScaleView.shown-as"));
        grid.addColumn(RatingLabelDetails::score).setHeader(Texts.t("evidence.RatingScaleView.score"));
        grid.addColumn(RatingLabelDetails::reviewText).setHeader(Texts.t("evidence.RatingScaleView.claimreview-text")).setFlexGrow(3);
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
        add(new H2(Texts.t("evidence.RatingScaleView.rating-scale")), new Paragraph(Texts.t("evidence.RatingScaleView.pick-a-rating-to-rename-it")), form, problem, grid,
                new H3(Texts.t("evidence.RatingScaleView.history")), history);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("evidence.RatingScaleView.page-title");
    }
}
