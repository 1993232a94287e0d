package ariadne.elf;

import static ariadne.elf.ElfConstants.*;

/** A parsed Elf64_Sym; {@code index} is its position in .symtab. */
public record ElfSymbol(int index, String name, long value, long size, int binding, int type, int sectionIndex) {

    public boolean isDefined() {
        return sectionIndex != SHN_UNDEF;
    }

    public boolean isLocal() {
        return binding == STB_LOCAL;
    }

    public boolean isAbsolute() {
        return sectionIndex == SHN_ABS;
    }
}
