package ariadne.interrupts;

import ariadne.base.ObjectLayout;
import ariadne.magic.Address;
import ariadne.magic.Magic;

/** The 10-byte operand of {@code lgdt}/{@code lidt}: a 16-bit limit and a 64-bit base. */
final class DescriptorPointer {
    private DescriptorPointer() {
    }

    /** Writes the operand for a table of {@code bytes} bytes at {@code base} into {@code into} (two longs). */
    static Address of(long[] into, Address base, int bytes) {
        Address pointer = Magic.objectAddress(into).plus(ObjectLayout.ARRAY_ELEMENTS);
        pointer.storeShort(0, (short) (bytes - 1));
        pointer.storeLong(2, base.toLong());
        return pointer;
    }

    /** The address of the first element of a long array: tables kept in Java arrays (the heap never moves objects). */
    static Address elements(long[] array) {
        return Magic.objectAddress(array).plus(ObjectLayout.ARRAY_ELEMENTS);
    }
}
