package ariadne.linker;

import static ariadne.elf.ElfConstants.*;

import ariadne.elf.ElfSection;

/**
 * Where a loaded input section goes, in image order. The boot sections come first so the
 * Multiboot header lands in the first 8 KiB of the file and the PVH note is easy to find.
 * All sections of a kind merge into one output section named {@link #outputName()}.
 */
enum SectionKind {
    MULTIBOOT(".boot.multiboot", Segment.CODE, SHT_PROGBITS, SHF_ALLOC),
    PVH_NOTE(".note.pvh", Segment.CODE, SHT_NOTE, SHF_ALLOC),
    BOOT_TEXT(".boot.text", Segment.CODE, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR),
    TEXT(".text", Segment.CODE, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR),
    RODATA(".rodata", Segment.READ_ONLY, SHT_PROGBITS, SHF_ALLOC),
    /** Every cell's method table, contiguous for the unwinder (bounds: {@link LinkerSymbols#METHOD_TABLES_START}). */
    METHOD_TABLES(".rodata.ariadne.methods", Segment.READ_ONLY, SHT_PROGBITS, SHF_ALLOC),
    DATA(".data", Segment.READ_WRITE, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE),
    BSS(".bss", Segment.READ_WRITE, SHT_NOBITS, SHF_ALLOC | SHF_WRITE);

    /** The loadable segments, in address order, with their PF_* permissions. */
    enum Segment {
        CODE(PF_R | PF_X),
        READ_ONLY(PF_R),
        READ_WRITE(PF_R | PF_W);

        final int flags;

        Segment(int flags) {
            this.flags = flags;
        }
    }

    private final String outputName;
    private final Segment segment;
    private final int outputType;
    private final long outputFlags;

    SectionKind(String outputName, Segment segment, int outputType, long outputFlags) {
        this.outputName = outputName;
        this.segment = segment;
        this.outputType = outputType;
        this.outputFlags = outputFlags;
    }

    String outputName() {
        return outputName;
    }

    Segment segment() {
        return segment;
    }

    /** SHT_* of the merged output section. */
    int outputType() {
        return outputType;
    }

    /** SHF_* of the merged output section. */
    long outputFlags() {
        return outputFlags;
    }

    /** Classifies a SHF_ALLOC section by its name (boot sections) or else its flags. */
    static SectionKind of(ElfSection section, String where) {
        switch (section.name()) {
            case ".boot.multiboot":
                return MULTIBOOT;
            case ".note.pvh":
                return PVH_NOTE;
            case ".boot.text":
                return BOOT_TEXT;
            default:
                break;
        }
        if (section.isExecutable() && section.isWritable()) {
            throw new LinkException(where + ": sections both writable and executable are not supported");
        }
        if (section.name().equals(METHOD_TABLES.outputName) && !section.isWritable() && !section.isExecutable()) {
            return METHOD_TABLES;
        }
        if (section.isNobits()) {
            return BSS;
        }
        if (section.isExecutable()) {
            return TEXT;
        }
        return section.isWritable() ? DATA : RODATA;
    }
}
