package demo;

import ariadne.ownership.CellConfined;
import other.Registry;

/** @CellConfined instances never leave their cell, even when moved. */
public class CellConfinedRules {
    @CellConfined
    public static final class Slot {
        Slot next;

        public Slot next() {
            return next;
        }
    }

    // :: error: (cell.confined.escape)
    public static Slot first() {
        return new Slot();
    }

    // :: error: (cell.confined.escape)
    public static void adopt(Slot slot) {}

    static Slot internalFirst() {
        return new Slot();
    }

    void handedToAnotherCell() {
        // :: error: (cell.confined.escape)
        Registry.keepObject(new Slot());
        Registry.keepObject(null);
    }
}
