package ariadne.elf;

/** One Elf64_Shdr as written; {@code name} is an offset into .shstrtab. */
record SectionHeader(int name, int type, long flags, long address, long offset, long size,
                     int link, int info, long alignment, long entrySize) {

    static final SectionHeader NULL = new SectionHeader(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Appends a builder-written table (symtab, strtab) to {@code out} and returns its header. */
    static SectionHeader appendTable(ByteSink out, int name, int type, byte[] data, int alignment,
                                     int link, int info, int entrySize) {
        out.alignTo(alignment);
        long offset = out.position();
        out.bytes(data);
        return new SectionHeader(name, type, 0, 0, offset, data.length, link, info, alignment, entrySize);
    }

    void writeTo(ByteSink out) {
        out.u32(name);
        out.u32(type);
        out.u64(flags);
        out.u64(address);
        out.u64(offset);
        out.u64(size);
        out.u32(link);
        out.u32(info);
        out.u64(alignment);
        out.u64(entrySize);
    }
}
