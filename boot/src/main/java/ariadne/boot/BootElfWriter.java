package ariadne.boot;

import static ariadne.elf.ElfConstants.*;

import ariadne.elf.RelocatableBuilder;
import ariadne.x86.Reloc;
import ariadne.x86.RelocKind;
import java.util.List;

/** Turns the boot sections into an ELF64 relocatable object. */
final class BootElfWriter {
    private BootElfWriter() {
    }

    static byte[] toBytes(List<BootSection> sections) {
        RelocatableBuilder elf = new RelocatableBuilder();
        for (BootSection section : sections) {
            int index = addSection(elf, section);
            for (BootSection.Symbol s : section.symbols()) {
                elf.defineSymbol(s.name(), index, s.offset(), 0, s.global() ? STB_GLOBAL : STB_LOCAL,
                        s.function() ? STT_FUNC : STT_NOTYPE);
            }
            for (Reloc r : section.relocations()) {
                elf.addRelocation(index, r.offset(), elfType(r.kind()), r.symbol(), r.addend());
            }
        }
        return elf.toBytes();
    }

    private static int addSection(RelocatableBuilder elf, BootSection s) {
        return switch (s.kind()) {
            case HEADER -> elf.addSection(s.name(), SHT_PROGBITS, SHF_ALLOC, s.alignment(), s.bytes());
            case NOTE -> elf.addSection(s.name(), SHT_NOTE, SHF_ALLOC, s.alignment(), s.bytes());
            case CODE -> elf.addSection(s.name(), SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, s.alignment(), s.bytes());
            case DATA -> elf.addSection(s.name(), SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, s.alignment(), s.bytes());
            case BSS -> elf.addNobitsSection(s.name(), SHF_ALLOC | SHF_WRITE, s.alignment(), s.size());
        };
    }

    static int elfType(RelocKind kind) {
        return switch (kind) {
            case ABS64 -> R_X86_64_64;
            case ABS32 -> R_X86_64_32;
            case ABS32S -> R_X86_64_32S;
            case PC32 -> R_X86_64_PC32;
        };
    }
}
