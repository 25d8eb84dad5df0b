package org.claimdesk.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import org.springframework.transaction.CannotCreateTransactionException;

/** As DatabaseUnavailableView, for a screen whose transaction could not start (no connection to be had). */
class TransactionUnavailableView extends Div implements HasErrorParameter<CannotCreateTransactionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        return DatabaseUnavailableView.show(this, parameter.getCaughtException());
    }
}
