package ariadne.boot;

import ariadne.x86.Assembler;
import ariadne.x86.Label;
import ariadne.x86.Reloc;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Concatenates the output of several assemblers (e.g. 32-bit then 64-bit code) into one
 * section, shifting their relocations and labelled symbols to section offsets.
 */
final class SectionContents {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<BootSection.Symbol> symbols = new ArrayList<>();
    private final List<Reloc> relocations = new ArrayList<>();
    /** Section offset of the assembler appended last, for {@link #define}. */
    private int lastBase;

    /** Appends {@code asm}'s bytes, padding first to {@code alignment} with {@code fill}. */
    SectionContents append(Assembler asm, int alignment, int fill) {
        while (bytes.size() % alignment != 0) {
            bytes.write(fill);
        }
        int base = bytes.size();
        bytes.writeBytes(asm.toByteArray());
        for (Reloc r : asm.relocations()) {
            relocations.add(new Reloc(base + r.offset(), r.kind(), r.symbol(), r.addend()));
        }
        lastBase = base;
        return this;
    }

    /** Defines a symbol at a label of the assembler appended last. */
    SectionContents define(String name, Label label, boolean global, boolean function) {
        symbols.add(new BootSection.Symbol(name, lastBase + label.position(), global, function));
        return this;
    }

    BootSection toSection(String name, BootSection.Kind kind, int alignment) {
        byte[] contents = bytes.toByteArray();
        return new BootSection(name, kind, alignment, contents, contents.length, symbols, relocations);
    }
}
