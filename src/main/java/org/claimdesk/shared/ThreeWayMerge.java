package org.claimdesk.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Merges what a person typed onto a record someone else saved in the meantime, field by field: what I opened
 * (base), what I typed (mine), what they saved (theirs). A field only I changed keeps my value, a field only
 * they changed takes theirs, and a field we both changed to different values is a {@link Conflict} for the
 * person to decide. So reloading never re-submits a stale value over someone else's change.
 *
 * @param <D> the form's draft (a mutable bean)
 */
public final class ThreeWayMerge<D> {

    /** One field of a draft: how to read and write it, and how to show its value to a person. */
    public record Field<D, V>(String label, Function<D, V> get, BiConsumer<D, V> set, Function<V, String> show) {

        public static <D> Field<D, String> text(String label, Function<D, String> get, BiConsumer<D, String> set) {
            return new Field<>(label, get, set, v -> v == null || v.isBlank() ? "(empty)" : v);
        }

        public static <D, V> Field<D, V> of(String label, Function<D, V> get, BiConsumer<D, V> set) {
            return new Field<>(label, get, set, v -> v == null ? "(empty)" : v.toString());
        }
    }

    /** A field both people changed to different values: the person chooses which value stays. */
    public record Conflict<D, V>(Field<D, V> field, V mine, V theirs) {

        public String label() {
            return field.label();
        }

        public String mineShown() {
            return field.show().apply(mine);
        }

        public String theirsShown() {
            return field.show().apply(theirs);
        }

        /** Writes the chosen value into the draft. */
        public void choose(D draft, boolean keepMine) {
            field.set().accept(draft, keepMine ? mine : theirs);
        }
    }

    private final List<Field<D, ?>> fields;

    @SafeVarargs
    public ThreeWayMerge(Field<D, ?>... fields) {
        this.fields = List.of(fields);
    }

    /**
     * Writes the merged values into {@code mine} and returns the fields both changed differently; until the
     * person chooses, such a field holds their own value.
     */
    public List<Conflict<D, ?>> merge(D base, D mine, D theirs) {
        List<Conflict<D, ?>> conflicts = new ArrayList<>();
        for (Field<D, ?> f : fields) {
            mergeField(f, base, mine, theirs, conflicts);
        }
        return conflicts;
    }

    /** The labels of the fields whose values differ between two drafts. */
    public List<String> differences(D a, D b) {
        return fields.stream().filter(f -> !same(f.get().apply(a), f.get().apply(b))).map(Field::label).toList();
    }

    private static <D, V> void mergeField(Field<D, V> f, D base, D mine, D theirs, List<Conflict<D, ?>> conflicts) {
        V b = f.get().apply(base);
        V m = f.get().apply(mine);
        V t = f.get().apply(theirs);
        boolean iChanged = !same(b, m);
        boolean theyChanged = !same(b, t);
        if (!iChanged) {
            f.set().accept(mine, t);
        } else if (theyChanged && !same(m, t)) {
            conflicts.add(new Conflict<>(f, m, t));
        }
    }

    /** Equal values; for text, an empty field and a missing value are the same, and so are surrounding spaces. */
    static boolean same(Object a, Object b) {
        if (a instanceof String || b instanceof String) {
            return Objects.equals(blankToNull((String) a), blankToNull((String) b));
        }
        return Objects.equals(a, b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
