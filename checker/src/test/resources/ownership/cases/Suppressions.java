package demo;

import ariadne.ownership.Unique;
import ariadne.task.OneShot;

/** A suppression silences exactly its own key, only where it is written, and must say why it is sound. */
class Suppressions {
    static final class Slot {
        OneShot<String, Integer> entry;
    }

    static void keep(@Unique Slot slot) {}

    // Sound: the caller clears the field before running the entry, so it runs once.
    @SuppressWarnings("ownership:consume.not.unique")
    int runOnce(Slot slot) {
        OneShot<String, Integer> entry = slot.entry;
        slot.entry = null;
        return entry.run("go");
    }

    @SuppressWarnings("ownership:consume.not.unique") // sound: nothing here consumes a receiver
    void otherKeysStillReported() {
        @Unique Slot s = new Slot();
        keep(s);
        // :: error: (use.after.move)
        keep(s);
    }

    // :: error: (suppression.unjustified)
    @SuppressWarnings("ownership:consume.not.unique")
    int unjustified(Slot slot) {
        return slot.entry.run("go");
    }

    @SuppressWarnings("unchecked")
    Object otherCheckersNeedNoComment(Object o) {
        return (java.util.List<String>) o;
    }

    int unsuppressed(Slot slot) {
        // :: error: (consume.not.unique)
        return slot.entry.run("go");
    }
}
