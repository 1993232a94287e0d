package ariadne.elf;

import static ariadne.elf.ElfConstants.*;

/**
 * A parsed section header with its contents. {@code data} is empty for SHT_NOBITS and
 * must not be modified.
 */
public record ElfSection(int index, String name, int type, long flags, long address, long offset, long size,
                         int link, int info, long alignment, long entrySize, byte[] data) {

    public boolean isAlloc() {
        return (flags & SHF_ALLOC) != 0;
    }

    public boolean isWritable() {
        return (flags & SHF_WRITE) != 0;
    }

    public boolean isExecutable() {
        return (flags & SHF_EXECINSTR) != 0;
    }

    public boolean isNobits() {
        return type == SHT_NOBITS;
    }

    /** Whether the section occupies bytes in the file (every type but NULL and NOBITS). */
    public boolean hasFileBytes() {
        return type != SHT_NOBITS && type != SHT_NULL;
    }
}
