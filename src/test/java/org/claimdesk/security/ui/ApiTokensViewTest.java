package org.claimdesk.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.security.ApiTokenDetails;
import org.claimdesk.security.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokens tokens;

    private ApiTokenDetails listed(String name) {
        return tokens.mine().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_user_creates_a_token_sees_it_once_and_revokes_it() {
        AsUser.signIn("checker", "FACT_CHECKER");
        String name = "view script " + TestArticles.uniqueTag();
        ApiTokensView view = navigate(ApiTokensView.class);
        assertThat(view.issued.isVisible()).isFalse();

        test(view.name).setValue(name);
        view.expiresOn.setValue(LocalDate.now(ZoneOffset.UTC).plusDays(30));
        test(view.create).click();

        assertThat(view.message.isError()).as(view.message.getText()).isFalse();
        assertThat(view.issued.isVisible()).isTrue();
        assertThat(view.issued.isReadOnly()).isTrue();
        assertThat(view.copyHint.isVisible()).isTrue();
        String token = view.issued.getValue();
        assertThat(token).startsWith("cdt_");
        ApiTokenDetails created = listed(name);
        assertThat(token).startsWith(created.tokenStart());
        assertThat(test(view.grid).size()).isEqualTo(tokens.mine().size());

        navigate(ChangePasswordView.class);
        ApiTokensView again = navigate(ApiTokensView.class);
        assertThat(again).isNotSameAs(view);
        assertThat(again.issued.isVisible()).as("shown once").isFalse();
        assertThat(again.issued.getValue()).isEmpty();

        int row = rowOf(again, created.id());
        Button revoke = (Button) test(again.grid).getCellComponent(row, "revoke");
        test(revoke).click();
        assertThat(again.message.getText()).contains("revoked");
        assertThat(listed(name).active()).isFalse();
        assertThat(listed(name).revokedBy()).isEqualTo("checker");
    }

    @Test
    void a_token_without_a_name_is_refused_on_the_form() {
        AsUser.signIn("checker", "FACT_CHECKER");
        ApiTokensView view = navigate(ApiTokensView.class);
        int before = tokens.mine().size();
        test(view.create).click();
        assertThat(view.message.isError()).isTrue();
        assertThat(view.issued.isVisible()).isFalse();
        assertThat(tokens.mine()).hasSize(before);
    }

    private static int rowOf(ApiTokensView view, long id) {
        List<ApiTokenDetails> rows = view.grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("token " + id + " is not in the grid");
    }
}
