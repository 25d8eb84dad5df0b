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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.shared.ui.FormMessage;
import org.claimdesk.security.Role;
import org.claimdesk.evidence.EvidenceLimits;
import org.claimdesk.evidence.PublisherRegister;
import org.claimdesk.evidence.PublisherDetails;
import org.claimdesk.evidence.PublisherOutlet;
import org.claimdesk.evidence.Reliability;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;

/**
 * The publisher reliability register: every outlet the team's sources cite and every rated one, unrated first with
 * the number of sources citing it; everyone reads it, editors rate outlets (Rate on an unrated one, or by domain)
 * and see the history of the publisher they pick.
 */
@Route("publishers")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class PublishersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PublisherOutlet> grid = new Grid<>(PublisherOutlet.class, false);
    final TextField domain = new TextField(Texts.t("evidence.PublishersView.domain"));
    final TextField name = new TextField(Texts.t("evidence.PublishersView.name"));
    final Select<Reliability> reliability = new Select<>();
    final TextField note = new TextField(Texts.t("evidence.PublishersView.note"));
    final Button save = new Button(Texts.t("evidence.PublishersView.save-rating"));
    final FormMessage problem = new FormMessage("publisher-problem");
    final H3 historyTitle = new H3(Texts.t("evidence.PublishersView.history"));
    final RegisterHistoryGrid history = new RegisterHistoryGrid("publisher-history", null);
    private final PublisherRegister register;
    private long version = -1;

    public PublishersView(PublisherRegister register, AuthenticationContext auth) {
        this.register = register;
        setSizeFull();
        grid.setId("publishers-grid");
        boolean editor = auth.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME);
        grid.addColumn(PublisherOutlet::domain).setHeader(Texts.t("evidence.PublishersView.domain")).setSortable(true).setKey("domain");
        grid.addColumn(o -> o.publisher().name()).setHeader(Texts.t("evidence.PublishersView.name")).setKey("name");
        grid.addColumn(o -> o.reliability().name()).setHeader(Texts.t("evidence.PublishersView.reliability")).setSortable(true).setKey("reliability");
        grid.addColumn(PublisherOutlet::sources).setHeader(Texts.t("evidence.PublishersView.sources")).setSortable(true).setKey("sources");
        grid.addColumn(o -> o.publisher().note()).setHeader(Texts.t("evidence.PublishersView.note")).setKey("note");
        grid.addColumn(o -> o.publisher().updatedBy()).setHeader(Texts.t("evidence.PublishersView.rated-by")).setKey("rated-by");
        if (editor) {
            // unrated outlets (listed first) get a button that opens them in the rating form
            grid.addComponentColumn(o -> {
                if (o.reliability() != Reliability.UNRATED) {
                    return new Span();
                }
                Button rate = new Button(Texts.t("evidence.PublishersView.rate"), click -> {
                    grid.select(o);
                    reliability.focus();
                });
                rate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                rate.getElement().setAttribute("aria-label", Texts.t("evidence.PublishersView.rate-domain", o.domain()));
                return rate;
            }).setHeader("").setKey("rate");
        }
        grid.setItems(register.outlets());
        add(new H2(Texts.t("evidence.PublishersView.publishers")));

        if (editor) {
            domain.setId("publisher-domain");
            domain.setMaxLength(EvidenceLimits.MAX_DOMAIN);
            domain.setPlaceholder("example.org");
            name.setMaxLength(EvidenceLimits.MAX_PUBLISHER);
            reliability.setId("publisher-reliability");
            reliability.setLabel(Texts.t("evidence.PublishersView.reliability"));
            reliability.setItems(Reliability.values());
            reliability.setValue(Reliability.UNRATED);
            note.setMaxLength(EvidenceLimits.MAX_NOTE);
            save.setId("publisher-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            grid.asSingleSelect().addValueChangeListener(e -> {
                PublisherDetails p = e.getValue() == null ? null : e.getValue().publisher();
                if (p != null) {
                    domain.setValue(p.domain());
                    name.setValue(p.name() == null ? "" : p.name());
                    reliability.setValue(p.reliability());
                    note.setValue(p.note() == null ? "" : p.note());
                    version = p.version();
                    showHistory(p.domain());
                }
            });
            HorizontalLayout form = new HorizontalLayout(domain, name, reliability, note, save);
            form.setAlignItems(Alignment.BASELINE);
            form.setWrap(true);
            add(new Paragraph(Texts.t("evidence.PublishersView.pick-a-publisher-to-rate-it")),
                    form, problem);
        }
        add(grid);
        expand(grid);
        if (editor) {
            historyTitle.setVisible(false);
            history.setVisible(false);
            add(historyTitle, history);
        }
    }

    private void showHistory(String publisherDomain) {
        historyTitle.setText(Texts.t("evidence.PublishersView.history-of", publisherDomain));
        history.show(register.history(publisherDomain));
        historyTitle.setVisible(true);
        history.setVisible(true);
    }

    void save() {
        try {
            long v = version;
            PublisherDetails existing = register.find(domain.getValue());
            if (!existing.domain().equals(selectedDomain())) {
                if (existing.version() >= 0) {
                    // never overwrite a rating the editor has not looked at
                    throw new InputRejectedException("domain",
                            Texts.t("evidence.PublishersView.in-the-register-already", existing.domain()));
                }
                v = -1;
            }
            PublisherDetails saved = register.rate(domain.getValue(), name.getValue(), reliability.getValue(),
                    note.getValue(), v);
            problem.clear();
            version = -1;
            grid.setItems(register.outlets());
            showHistory(saved.domain());
        } catch (InputRejectedException | ConflictException refused) {
            problem.error(refused.getMessage());
        }
    }

    private String selectedDomain() {
        PublisherOutlet selected = grid.asSingleSelect().getValue();
        return selected == null ? "" : selected.domain();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("evidence.PublishersView.page-title");
    }
}
