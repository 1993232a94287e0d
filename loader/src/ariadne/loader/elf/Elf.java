package ariadne.loader.elf;

/** The ELF64 constants the loader understands (x86-64 relocatable objects only). */
public final class Elf {
    public static final int HEADER_SIZE = 64;
    public static final int SECTION_HEADER_SIZE = 64;
    public static final int SYMBOL_SIZE = 24;
    public static final int RELA_SIZE = 24;

    public static final int ET_REL = 1;
    public static final int EM_X86_64 = 62;

    public static final int SHT_NULL = 0;
    public static final int SHT_PROGBITS = 1;
    public static final int SHT_SYMTAB = 2;
    public static final int SHT_STRTAB = 3;
    public static final int SHT_RELA = 4;
    public static final int SHT_NOBITS = 8;

    public static final long SHF_WRITE = 1;
    public static final long SHF_ALLOC = 2;
    public static final long SHF_EXECINSTR = 4;

    public static final int SHN_UNDEF = 0;
    public static final int SHN_LORESERVE = 0xff00;
    public static final int SHN_ABS = 0xfff1;

    public static final int STB_LOCAL = 0;
    public static final int STB_GLOBAL = 1;
    public static final int STB_WEAK = 2;

    public static final int STT_NOTYPE = 0;
    public static final int STT_OBJECT = 1;
    public static final int STT_FUNC = 2;
    public static final int STT_SECTION = 3;
    public static final int STT_FILE = 4;

    public static final int R_X86_64_64 = 1;
    public static final int R_X86_64_PC32 = 2;
    public static final int R_X86_64_PLT32 = 4;

    /** Largest loaded section a cell may have. */
    public static final long MAX_SECTION_SIZE = 64L << 20;

    /** Largest section alignment a cell may ask for: a page. */
    public static final long MAX_ALIGNMENT = 4096;

    private Elf() {
    }

    /** Bytes a relocation of this type patches, or 0 for a type the loader does not apply. */
    public static int relocationWidth(int type) {
        if (type == R_X86_64_64) {
            return 8;
        }
        return type == R_X86_64_PC32 || type == R_X86_64_PLT32 ? 4 : 0;
    }
}
