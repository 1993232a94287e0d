package ariadne.elf;

import static ariadne.elf.ElfConstants.*;

/** One Elf64_Phdr (a segment of an executable). {@code flags} is a PF_R/PF_W/PF_X mask. */
public record ProgramHeader(int type, int flags, long offset, long virtualAddress, long physicalAddress,
                            long fileSize, long memorySize, long alignment) {

    /** A PT_LOAD segment whose physical address equals its virtual address (identity-mapped images). */
    public static ProgramHeader load(int flags, long offset, long address, long fileSize, long memorySize,
                                     long alignment) {
        return new ProgramHeader(PT_LOAD, flags, offset, address, address, fileSize, memorySize, alignment);
    }

    /** A PT_NOTE segment covering note bytes already inside a loaded segment. */
    public static ProgramHeader note(long offset, long address, long size, long alignment) {
        return new ProgramHeader(PT_NOTE, PF_R, offset, address, address, size, size, alignment);
    }

    void writeTo(ByteSink out) {
        out.u32(type);
        out.u32(flags);
        out.u64(offset);
        out.u64(virtualAddress);
        out.u64(physicalAddress);
        out.u64(fileSize);
        out.u64(memorySize);
        out.u64(alignment);
    }
}
