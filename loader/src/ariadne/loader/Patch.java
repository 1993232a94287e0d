package ariadne.loader;

import ariadne.loader.elf.Elf;
import ariadne.loader.memory.CellPages;
import ariadne.magic.Address;

/** Writes one relocation's value into loaded memory, as the x86-64 psABI defines it. */
final class Patch {
    private Patch() {
    }

    /**
     * Patches {@code place}, in memory of {@code pages}, for a relocation of {@code type} to
     * {@code symbol + addend}; false (and nothing written) when a PC-relative value does not fit
     * in 32 signed bits.
     */
    static boolean apply(CellPages pages, int type, Address place, long symbol, long addend) {
        if (type == Elf.R_X86_64_64) {
            pages.store(place, symbol + addend, 8);
            return true;
        }
        long value = symbol + addend - place.toLong();
        if (value != (int) value) {
            return false;
        }
        pages.store(place, value, 4);
        return true;
    }
}
