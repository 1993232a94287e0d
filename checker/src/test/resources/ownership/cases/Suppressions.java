package demo;

import ariadne.ownership.Unique;
import ariadne.task.OneShot;

/** A suppression silences exactly its own key, and only where it is written. */
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

    @SuppressWarnings("ownership:consume.not.unique")
    void otherKeysStillReported() {
        @Unique Slot s = new Slot();
        keep(s);
        // :: error: (use.after.move)
        keep(s);
    }

    int unsuppressed(Slot slot) {
        // :: error: (consume.not.unique)
        return slot.entry.run("go");
    }
}
