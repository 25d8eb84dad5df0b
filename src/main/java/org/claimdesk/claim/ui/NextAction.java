package org.claimdesk.claim.ui;

import java.util.Optional;

/**
 * The one thing to do next on a claim, shown in the claim page's header: "Add a source", "Approve the verdict".
 * A section that owns the work proposes it; without an action it is only a line saying where the claim waits
 * ("Waiting for someone else's approval").
 *
 * @param text   what to do or what the claim waits for, in a sentence
 * @param action the button's label and what it does, when the signed-in user can act
 */
public record NextAction(String text, Optional<Action> action) {

    public record Action(String label, Runnable run) {
    }

    public static NextAction doing(String text, String label, Runnable run) {
        return new NextAction(text, Optional.of(new Action(label, run)));
    }

    public static NextAction waiting(String text) {
        return new NextAction(text, Optional.empty());
    }
}
