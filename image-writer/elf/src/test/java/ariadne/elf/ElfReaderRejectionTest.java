package ariadne.elf;

import static ariadne.elf.ElfConstants.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each test breaks one thing in a valid object and expects a message that names it. */
class ElfReaderRejectionTest {
    private final byte[] valid = SampleObjects.cell().toBytes();
    private final ElfFile parsed = ElfReader.read(valid);

    @Test
    void truncatedHeader() {
        assertRejected(Arrays.copyOf(valid, 40), "shorter than an ELF header");
    }

    @Test
    void badMagicClassEncodingMachineAndType() {
        assertRejected(mutated(b -> b[1] = 'X'), "bad magic");
        assertRejected(mutated(b -> b[4] = 1), "not ELFCLASS64");
        assertRejected(mutated(b -> b[5] = 2), "not little endian");
        assertRejected(mutated(b -> put16(b, 18, 3)), "not EM_X86_64");
        assertRejected(mutated(b -> put16(b, 16, 3)), "neither ET_REL");
    }

    @Test
    void sectionHeaderTableBeyondTheFile() {
        assertRejected(mutated(b -> put64(b, 40, valid.length - 64)), "section header table");
    }

    @Test
    void sectionContentsBeyondTheFile() {
        assertRejected(mutated(b -> put64(b, header(section(".text." + SampleObjects.START)) + 32, 1 << 20)),
                "contents [");
    }

    @Test
    void sectionNameOutsideTheNameTable() {
        assertRejected(mutated(b -> put32(b, header(1), 1 << 20)), "outside the section name table");
    }

    @Test
    void unterminatedSymbolName() {
        ElfSection strtab = parsed.section(".strtab").orElseThrow();
        assertRejected(mutated(b -> b[(int) (strtab.offset() + strtab.size() - 1)] = 'x'), "not NUL-terminated");
    }

    @Test
    void symbolPointingAtMissingSection() {
        int symbol = parsed.symbol(SampleObjects.START).orElseThrow().index();
        assertRejected(mutated(b -> put16(b, symbolEntry(symbol) + 6, 200)), "section index 200 is not a section");
    }

    @Test
    void localSymbolAfterTheGlobals() {
        int symbol = parsed.symbol(SampleObjects.START).orElseThrow().index();
        assertRejected(mutated(b -> b[(int) symbolEntry(symbol) + 4] = (byte) STT_FUNC), "wrong side of the first non-local");
    }

    @Test
    void relocationWithBadSymbolTypeOrOffset() {
        long entry = section(".rela.text." + SampleObjects.START).offset();
        assertRejected(mutated(b -> put32(b, entry + 12, 999)), "symbol index 999 is not a symbol");
        assertRejected(mutated(b -> put32(b, entry + 8, 24)), "unsupported relocation type 24");
        assertRejected(mutated(b -> put64(b, entry, 3)), "R_X86_64_PLT32 at offset 3 does not fit");
    }

    @Test
    void relocationSectionWithBadTarget() {
        long header = header(section(".rela.text." + SampleObjects.START));
        assertRejected(mutated(b -> put32(b, header + 44, 0)), "target section 0 is not a section");
    }

    @Test
    void symbolTableWithWrongEntrySize() {
        assertRejected(mutated(b -> put64(b, header(section(".symtab")) + 56, 16)), "entry size 16 is not 24");
    }

    private ElfSection section(String name) {
        return parsed.section(name).orElseThrow();
    }

    private long header(ElfSection section) {
        return header(section.index());
    }

    private long header(int index) {
        return readU64(valid, 40) + (long) SHDR_SIZE * index;
    }

    private long symbolEntry(int index) {
        return section(".symtab").offset() + (long) SYM_SIZE * index;
    }

    private byte[] mutated(Consumer<byte[]> change) {
        byte[] copy = valid.clone();
        change.accept(copy);
        return copy;
    }

    private static void assertRejected(byte[] bytes, String reason) {
        ElfFormatException e = assertThrows(ElfFormatException.class, () -> ElfReader.read(bytes));
        assertTrue(e.getMessage().contains(reason), () -> "expected '" + reason + "' in: " + e.getMessage());
    }

    private static long readU64(byte[] b, int at) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (b[at + i] & 0xff);
        }
        return value;
    }

    private static void put16(byte[] b, long at, int value) {
        b[(int) at] = (byte) value;
        b[(int) at + 1] = (byte) (value >>> 8);
    }

    private static void put32(byte[] b, long at, long value) {
        put16(b, at, (int) value);
        put16(b, at + 2, (int) (value >>> 16));
    }

    private static void put64(byte[] b, long at, long value) {
        put32(b, at, value);
        put32(b, at + 4, value >>> 32);
    }
}
