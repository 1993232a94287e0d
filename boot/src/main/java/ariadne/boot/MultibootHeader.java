package ariadne.boot;

import static ariadne.boot.BootSymbols.*;

import ariadne.x86.Assembler;
import ariadne.x86.Label;
import ariadne.x86.Mode;

/**
 * The Multiboot1 header. The image is ELF64, which Multiboot1 loaders do not parse, so the
 * header carries the load addresses itself (the "a.out kludge", flags bit 16).
 */
final class MultibootHeader {
    static final String SECTION = ".boot.multiboot";
    static final int MAGIC = 0x1BADB002;
    static final int PAGE_ALIGN_MODULES = 1;
    static final int MEMORY_INFO = 1 << 1;
    static final int ADDRESS_FIELDS = 1 << 16;
    static final int FLAGS = PAGE_ALIGN_MODULES | MEMORY_INFO | ADDRESS_FIELDS;

    private MultibootHeader() {
    }

    static BootSection build() {
        Assembler a = new Assembler(Mode.PROTECTED_32);
        Label header = new Label();
        a.bind(header);
        a.emit32(MAGIC);                            // magic
        a.emit32(FLAGS);                            // flags: page-align modules, memory info, address fields
        a.emit32(-(MAGIC + FLAGS));                 // checksum: magic + flags + checksum == 0 (mod 2^32)
        a.emitAbs32(MULTIBOOT_HEADER, 0);           // header_addr: where this header is loaded
        a.emitAbs32(IMAGE_START, 0);                // load_addr: start of the file-backed image
        a.emitAbs32(LOAD_END, 0);                   // load_end_addr: end of the file-backed image
        a.emitAbs32(BSS_END, 0);                    // bss_end_addr: the loader zeroes up to here
        a.emitAbs32(MULTIBOOT_ENTRY, 0);            // entry_addr: 32-bit entry point
        return new SectionContents()
                .append(a, 1, 0)
                .define(MULTIBOOT_HEADER, header, false, false)
                .toSection(SECTION, BootSection.Kind.HEADER, 4);
    }
}
