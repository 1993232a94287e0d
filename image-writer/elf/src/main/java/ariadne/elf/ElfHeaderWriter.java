package ariadne.elf;

import static ariadne.elf.ElfConstants.*;

/** Writes the 64-byte Elf64_Ehdr of an x86-64 little-endian file. */
final class ElfHeaderWriter {
    private ElfHeaderWriter() {
    }

    static void write(ByteSink out, int fileType, long entry, long programHeaderOffset, int programHeaderCount,
                      long sectionHeaderOffset, int sectionHeaderCount, int sectionNameTableIndex) {
        if (sectionHeaderCount >= SHN_LORESERVE) {
            throw new IllegalArgumentException("too many sections (" + sectionHeaderCount
                    + "): extended section numbering is not supported");
        }
        out.u8(0x7f);
        out.u8('E');
        out.u8('L');
        out.u8('F');
        out.u8(ELFCLASS64);
        out.u8(ELFDATA2LSB);
        out.u8(EV_CURRENT);
        out.u8(ELFOSABI_NONE);
        out.padTo(16); // ABI version and padding
        out.u16(fileType);
        out.u16(EM_X86_64);
        out.u32(EV_CURRENT);
        out.u64(entry);
        out.u64(programHeaderOffset);
        out.u64(sectionHeaderOffset);
        out.u32(0); // e_flags
        out.u16(EHDR_SIZE);
        out.u16(programHeaderCount == 0 ? 0 : PHDR_SIZE);
        out.u16(programHeaderCount);
        out.u16(sectionHeaderCount == 0 ? 0 : SHDR_SIZE);
        out.u16(sectionHeaderCount);
        out.u16(sectionNameTableIndex);
    }
}
