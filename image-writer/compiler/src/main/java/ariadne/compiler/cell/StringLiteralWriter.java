package ariadne.compiler.cell;

import static ariadne.elf.ElfConstants.*;

import ariadne.compiler.abi.ObjectLayout;
import ariadne.compiler.abi.Symbols;
import java.util.Arrays;

/**
 * Writes a string literal as a weak {@code java.lang.String} object followed by its character
 * array, in a section of its own so the linker can keep one copy per image (literal identity).
 */
final class StringLiteralWriter {
    private StringLiteralWriter() {
    }

    static SectionBuilder write(String value, StringLayout layout) {
        String symbol = Symbols.stringLiteral(value);
        SectionBuilder section = new SectionBuilder(Symbols.stringSection(symbol), SHT_PROGBITS, SHF_ALLOC, 8);
        boolean latin1 = layout.coder() != null && value.chars().allMatch(c -> c < 256);
        int size = layout.layout().instanceSize();
        int arrayOffset = size; // instance sizes are multiples of 8

        byte[] object = new byte[size];
        if (layout.coder() != null && !latin1) {
            object[layout.coder().offset()] = 1; // UTF16
        }
        section.putAddress(Symbols.type(StringLayout.STRING), 0);
        section.putBytes(Arrays.copyOfRange(object, ObjectLayout.STATUS_OFFSET, size));
        // Through the literal's own symbol, not a local one: when the linker keeps another cell's
        // copy of this literal, nothing refers to this section any more.
        section.relocate(layout.value().offset(), R_X86_64_64, symbol, arrayOffset);

        section.putAddress(Symbols.type(layout.arrayDescriptor()), 0);
        section.putLong(0); // status word
        int elementSize = layout.coder() == null ? 2 : 1;
        byte[] elements = encode(value, layout.coder() == null, latin1);
        section.putInt(elements.length / elementSize);
        section.putInt(0);
        section.putBytes(elements);
        section.alignTo(8);

        section.define(symbol, 0, size, STB_WEAK, STT_OBJECT);
        return section;
    }

    /** UTF-16LE for char[] and UTF16-coded byte[]; one byte per char for Latin-1. */
    private static byte[] encode(String value, boolean charArray, boolean latin1) {
        if (!charArray && latin1) {
            byte[] bytes = new byte[value.length()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) value.charAt(i);
            }
            return bytes;
        }
        byte[] bytes = new byte[2 * value.length()];
        for (int i = 0; i < value.length(); i++) {
            bytes[2 * i] = (byte) value.charAt(i);
            bytes[2 * i + 1] = (byte) (value.charAt(i) >>> 8);
        }
        return bytes;
    }
}
