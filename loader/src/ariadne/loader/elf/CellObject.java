package ariadne.loader.elf;

import ariadne.magic.Address;

/**
 * A cell's ELF64 relocatable object after validation: every header, section range, string,
 * symbol and relocation entry has been checked, so the accessors below may trust what they read.
 * {@link #parse} refuses anything else with a reason.
 */
public final class CellObject {
    private final ByteView bytes;
    private final int sectionCount;
    private final long sectionHeaders;
    private int symbolTable;
    private int symbolCount;
    private long stringsStart;
    private long stringsSize;
    /** Byte length of each symbol's name, measured once (lookups compare names many times). */
    private int[] nameLengths;

    private CellObject(ByteView bytes, int sectionCount, long sectionHeaders) {
        this.bytes = bytes;
        this.sectionCount = sectionCount;
        this.sectionHeaders = sectionHeaders;
    }

    /** The validated object, or null with the reason in {@code rejection}. */
    public static CellObject parse(ByteView bytes, Rejection rejection) {
        if (!checkHeader(bytes, rejection)) {
            return null;
        }
        CellObject cell = new CellObject(bytes, bytes.u16(60), bytes.u64(40));
        if (cell.checkSections(rejection) && cell.checkSymbols(rejection) && cell.checkRelocations(rejection)) {
            return cell;
        }
        return null;
    }

    private static boolean checkHeader(ByteView b, Rejection r) {
        if (!b.contains(0, Elf.HEADER_SIZE)) {
            return r.reject("truncated: " + b.length() + " bytes is shorter than an ELF header");
        }
        if (b.u8(0) != 0x7f || b.u8(1) != 'E' || b.u8(2) != 'L' || b.u8(3) != 'F') {
            return r.reject("bad magic: not an ELF object");
        }
        if (b.u8(4) != 2 || b.u8(5) != 1 || b.u8(6) != 1) {
            return r.reject("not a little-endian ELF64 object of version 1");
        }
        if (b.u16(16) != Elf.ET_REL || b.u16(18) != Elf.EM_X86_64 || b.u32(20) != 1) {
            return r.reject("not an x86-64 relocatable object (type " + b.u16(16) + ", machine " + b.u16(18) + ")");
        }
        if (b.u16(52) != Elf.HEADER_SIZE || b.u16(58) != Elf.SECTION_HEADER_SIZE) {
            return r.reject("unexpected ELF header or section header size");
        }
        int count = b.u16(60);
        if (count == 0 || count >= Elf.SHN_LORESERVE) {
            return r.reject("bad section count " + count);
        }
        if (!b.contains(b.u64(40), (long) count * Elf.SECTION_HEADER_SIZE)) {
            return r.reject("section headers out of bounds (offset " + b.u64(40) + ", " + count + " sections, "
                    + b.length() + " bytes)");
        }
        int names = b.u16(62);
        if (names == 0 || names >= count) {
            return r.reject("section name table index " + names + " out of range");
        }
        return true;
    }

    private boolean checkSections(Rejection r) {
        int names = bytes.u16(62);
        if (type(names) != Elf.SHT_STRTAB || !stringTableIsTerminated(names)) {
            return r.reject("section name table is not a terminated string table");
        }
        for (int i = 1; i < sectionCount; i++) {
            if (type(i) != Elf.SHT_NOBITS && !bytes.contains(offset(i), size(i))) {
                return r.reject("section " + i + " out of bounds (offset " + offset(i) + ", size " + size(i) + ")");
            }
            if (nameOffset(i) >= size(names)) {
                return r.reject("section " + i + " name out of bounds");
            }
            if (isAlloc(i) && Long.compareUnsigned(size(i), Elf.MAX_SECTION_SIZE) > 0) {
                return r.reject("section " + i + " is too large (" + size(i) + " bytes)");
            }
            long align = alignment(i);
            if (Long.compareUnsigned(align, Elf.MAX_ALIGNMENT) > 0 || (align & (align - 1)) != 0) {
                return r.reject("section " + i + " has bad alignment " + align);
            }
            if ((flags(i) & Elf.SHF_WRITE) != 0 && (flags(i) & Elf.SHF_EXECINSTR) != 0) {
                return r.reject("section " + i + " is both writable and executable");
            }
            if (type(i) == Elf.SHT_SYMTAB) {
                if (symbolTable != 0) {
                    return r.reject("more than one symbol table");
                }
                symbolTable = i;
            }
        }
        if (symbolTable == 0) {
            return r.reject("no symbol table");
        }
        return true;
    }

    private boolean stringTableIsTerminated(int section) {
        long size = size(section);
        return size > 0 && bytes.u8(offset(section) + size - 1) == 0;
    }

    private boolean checkSymbols(Rejection r) {
        int strings = link(symbolTable);
        if (entrySize(symbolTable) != Elf.SYMBOL_SIZE || size(symbolTable) % Elf.SYMBOL_SIZE != 0) {
            return r.reject("symbol table entry size is not " + Elf.SYMBOL_SIZE);
        }
        if (strings <= 0 || strings >= sectionCount || type(strings) != Elf.SHT_STRTAB
                || !stringTableIsTerminated(strings)) {
            return r.reject("symbol table does not link to a terminated string table");
        }
        stringsStart = offset(strings);
        stringsSize = size(strings);
        long count = size(symbolTable) / Elf.SYMBOL_SIZE;
        if (count == 0 || count > Integer.MAX_VALUE) {
            return r.reject("bad symbol count " + count);
        }
        symbolCount = (int) count;
        nameLengths = new int[symbolCount];
        for (int i = 1; i < symbolCount; i++) {
            if (!checkSymbol(i, r)) {
                return false;
            }
        }
        return true;
    }

    private boolean checkSymbol(int i, Rejection r) {
        long nameOffset = bytes.u32(symbolEntry(i));
        if (nameOffset >= stringsSize) {
            return r.reject("symbol " + i + " name out of bounds");
        }
        nameLengths[i] = Strings.length(bytes.address(stringsStart + nameOffset));
        int binding = symbolBinding(i);
        int type = symbolType(i);
        if (binding != Elf.STB_LOCAL && binding != Elf.STB_GLOBAL && binding != Elf.STB_WEAK) {
            return r.reject("symbol " + symbolName(i) + " has unknown binding " + binding);
        }
        if (type > Elf.STT_FILE) {
            return r.reject("symbol " + symbolName(i) + " has unknown type " + type);
        }
        int section = symbolSection(i);
        if (section == Elf.SHN_UNDEF) {
            return binding != Elf.STB_LOCAL || r.reject("local symbol " + i + " is undefined");
        }
        if (section == Elf.SHN_ABS) {
            return true;
        }
        if (section >= sectionCount) {
            return r.reject("symbol " + symbolName(i) + " in section index " + section + " out of range");
        }
        if (type != Elf.STT_FILE && Long.compareUnsigned(symbolValue(i), size(section)) > 0) {
            return r.reject("symbol " + symbolName(i) + " lies outside its section");
        }
        return true;
    }

    private boolean checkRelocations(Rejection r) {
        for (int s = 1; s < sectionCount; s++) {
            if (type(s) == Elf.SHT_RELA && !checkRelocationSection(s, r)) {
                return false;
            }
        }
        return true;
    }

    private boolean checkRelocationSection(int s, Rejection r) {
        int target = info(s);
        if (entrySize(s) != Elf.RELA_SIZE || size(s) % Elf.RELA_SIZE != 0) {
            return r.reject("relocation section " + s + " entry size is not " + Elf.RELA_SIZE);
        }
        if (link(s) != symbolTable) {
            return r.reject("relocation section " + s + " does not use the symbol table");
        }
        if (target <= 0 || target >= sectionCount || type(target) == Elf.SHT_NOBITS
                || type(target) == Elf.SHT_NULL) {
            return r.reject("relocation section " + s + " patches bad section " + target);
        }
        long count = relocationCount(s);
        for (long k = 0; k < count; k++) {
            int type = relocationType(s, k);
            int width = Elf.relocationWidth(type);
            if (width == 0) {
                return r.reject("bad relocation type " + type + " in " + sectionName(target));
            }
            long symbol = relocationSymbol(s, k);
            if (symbol == 0 || symbol >= symbolCount) {
                return r.reject("relocation symbol index " + symbol + " out of range in " + sectionName(target));
            }
            long offset = relocationOffset(s, k);
            if (offset < 0 || offset > size(target) - width) {
                return r.reject("relocation at offset " + offset + " outside " + sectionName(target));
            }
        }
        return true;
    }

    // ---- sections ----

    public int sectionCount() {
        return sectionCount;
    }

    private long header(int i) {
        return sectionHeaders + (long) i * Elf.SECTION_HEADER_SIZE;
    }

    private long nameOffset(int i) {
        return bytes.u32(header(i));
    }

    public int type(int i) {
        return (int) bytes.u32(header(i) + 4);
    }

    public long flags(int i) {
        return bytes.u64(header(i) + 8);
    }

    public long offset(int i) {
        return bytes.u64(header(i) + 24);
    }

    public long size(int i) {
        return bytes.u64(header(i) + 32);
    }

    private int link(int i) {
        return (int) bytes.u32(header(i) + 40);
    }

    private int info(int i) {
        return (int) bytes.u32(header(i) + 44);
    }

    /** At least 1. */
    public long alignment(int i) {
        long align = bytes.u64(header(i) + 48);
        return align == 0 ? 1 : align;
    }

    private long entrySize(int i) {
        return bytes.u64(header(i) + 56);
    }

    public boolean isAlloc(int i) {
        return (flags(i) & Elf.SHF_ALLOC) != 0;
    }

    public boolean isExecutable(int i) {
        return (flags(i) & Elf.SHF_EXECINSTR) != 0;
    }

    public boolean isWritable(int i) {
        return (flags(i) & Elf.SHF_WRITE) != 0;
    }

    public boolean isNobits(int i) {
        return type(i) == Elf.SHT_NOBITS;
    }

    /** Where section {@code i}'s bytes are (not for NOBITS sections). */
    public Address contents(int i) {
        return bytes.address(offset(i));
    }

    public String sectionName(int i) {
        return Strings.decode(bytes, offset(bytes.u16(62)) + nameOffset(i));
    }

    /** The section a RELA section patches. */
    public int relocatedSection(int relaSection) {
        return info(relaSection);
    }

    // ---- symbols ----

    public int symbolCount() {
        return symbolCount;
    }

    private long symbolEntry(int i) {
        return offset(symbolTable) + (long) i * Elf.SYMBOL_SIZE;
    }

    /** Where symbol {@code i}'s NUL-terminated UTF-8 name starts in memory. */
    public Address symbolNameAddress(int i) {
        return bytes.address(stringsStart + bytes.u32(symbolEntry(i)));
    }

    /** Bytes of symbol {@code i}'s name. */
    public int symbolNameLength(int i) {
        return nameLengths[i];
    }

    public String symbolName(int i) {
        return Strings.decode(bytes, stringsStart + bytes.u32(symbolEntry(i)));
    }

    public int symbolBinding(int i) {
        return bytes.u8(symbolEntry(i) + 4) >>> 4;
    }

    public int symbolType(int i) {
        return bytes.u8(symbolEntry(i) + 4) & 0xf;
    }

    public int symbolSection(int i) {
        return bytes.u16(symbolEntry(i) + 6);
    }

    public long symbolValue(int i) {
        return bytes.u64(symbolEntry(i) + 8);
    }

    public long symbolSize(int i) {
        return bytes.u64(symbolEntry(i) + 16);
    }

    public boolean isDefined(int i) {
        return symbolSection(i) != Elf.SHN_UNDEF;
    }

    // ---- relocations (of a SHT_RELA section) ----

    public boolean isRelocationSection(int i) {
        return type(i) == Elf.SHT_RELA;
    }

    public long relocationCount(int relaSection) {
        return size(relaSection) / Elf.RELA_SIZE;
    }

    private long relocationEntry(int relaSection, long k) {
        return offset(relaSection) + k * Elf.RELA_SIZE;
    }

    public long relocationOffset(int relaSection, long k) {
        return bytes.u64(relocationEntry(relaSection, k));
    }

    public int relocationType(int relaSection, long k) {
        return (int) bytes.u64(relocationEntry(relaSection, k) + 8);
    }

    /** The symbol index, widened so that a huge index cannot wrap to a valid one. */
    public long relocationSymbol(int relaSection, long k) {
        return bytes.u64(relocationEntry(relaSection, k) + 8) >>> 32;
    }

    public long relocationAddend(int relaSection, long k) {
        return bytes.u64(relocationEntry(relaSection, k) + 16);
    }

    // ---- the descriptor record ----

    /** The section named {@code name}, or 0. */
    public int sectionNamed(String name) {
        byte[] wanted = Strings.encode(name);
        Address wantedAt = Strings.bytesOf(wanted);
        for (int i = 1; i < sectionCount; i++) {
            Address at = bytes.address(offset(bytes.u16(62)) + nameOffset(i));
            if (Strings.compare(at, Strings.length(at), wantedAt, wanted.length) == 0) {
                return i;
            }
        }
        return 0;
    }
}
