package org.claimdesk.shared.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.data.binder.Binder;
import org.claimdesk.shared.ThreeWayMerge;

import java.util.ArrayList;
import java.util.List;

/**
 * The reload side of a form: remembers the record as the person opened it, and moves their input onto the
 * record as stored now with a {@link ThreeWayMerge}, showing the fields both changed in a
 * {@link ConflictChoices} and what happened in the form's {@link FormMessage}. Each form (claim, verdict,
 * source) keeps one of these instead of writing the merge again.
 *
 * @param <D> the form's draft, the Binder's bean
 */
public class DraftMerge<D> {

    private final ThreeWayMerge<D> merge;
    private final Binder<D> binder;
    private final ConflictChoices<D> conflicts;
    private final FormMessage message;
    private final String saveWord;
    private D base;

    /**
     * @param saveWord the form's save action as the message names it ("Save", "Submit")
     */
    public DraftMerge(ThreeWayMerge<D> merge, Binder<D> binder, ConflictChoices<D> conflicts, FormMessage message,
                      String saveWord) {
        this.merge = merge;
        this.binder = binder;
        this.conflicts = conflicts;
        this.message = message;
        this.saveWord = saveWord;
    }

    /** Starts editing: {@code opened} is the record as stored, {@code draft} a copy the fields write into. */
    public void start(D opened, D draft) {
        base = opened;
        binder.setBean(draft);
        message.clear();
        conflicts.clear();
    }

    /** True when the person typed something that differs from what they opened. */
    public boolean hasChanges() {
        return !merge.differences(base, binder.getBean()).isEmpty();
    }

    /** True when the draft may be saved: every field both changed has a choice (otherwise says so). */
    public boolean readyToSave() {
        message.clear();
        if (!conflicts.resolved()) {
            message.error(Texts.t("shared.DraftMerge.choose-yours-or-theirs-for-each"));
            return false;
        }
        return true;
    }

    /**
     * Moves the input onto {@code theirs}: fields only they changed take their values, fields only this person
     * changed keep the input, fields both changed are offered to choose. When nothing changed on their side the
     * input and any open choices stay as they are.
     *
     * @param announce say so even when nobody else changed anything (after the person asked to reload)
     */
    public void rebase(D theirs, boolean announce) {
        List<String> theyChanged = merge.differences(base, theirs);
        if (theyChanged.isEmpty()) {
            if (announce && !conflicts.isVisible()) {
                message.info(Texts.t("shared.DraftMerge.reloaded-input-kept", saveWord));
            }
            return;
        }
        List<ThreeWayMerge.Conflict<D, ?>> both = new ArrayList<>(merge.merge(base, binder.getBean(), theirs));
        // a choice offered before and not made yet stays open, even when this reload did not touch its field
        for (ThreeWayMerge.Conflict<D, ?> open : conflicts.undecided()) {
            if (both.stream().noneMatch(c -> c.label().equals(open.label()))) {
                both.add(open);
            }
        }
        base = theirs;
        binder.refreshFields();
        conflicts.show(both, binder.getBean(), binder::refreshFields);
        if (!both.isEmpty()) {
            message.info(Texts.t("shared.DraftMerge.reloaded-both-changed",
                    String.join(", ", both.stream().map(c -> c.label()).toList()), saveWord.toLowerCase()));
        } else {
            message.info(Texts.t("shared.DraftMerge.reloaded-their-change", String.join(", ", theyChanged), saveWord));
        }
    }
}
