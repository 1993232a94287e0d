package ariadne.boot;

import static ariadne.boot.BootSymbols.*;

import ariadne.x86.Assembler;
import ariadne.x86.Label;
import ariadne.x86.Mode;

/** The early GDT, its descriptor-table pointer, and where the entries record how we booted. */
final class BootData {
    static final String SECTION = ".boot.data";
    static final int CODE_SELECTOR = 0x08;
    static final int DATA_SELECTOR = 0x10;
    static final long CODE64_DESCRIPTOR = 0x00AF_9A00_0000_FFFFL;
    static final long DATA_DESCRIPTOR = 0x00CF_9200_0000_FFFFL;
    static final int GDT_SIZE = 3 * 8;

    private BootData() {
    }

    static BootSection build() {
        Assembler a = new Assembler(Mode.PROTECTED_32);
        Label gdt = new Label();
        Label gdtPointer = new Label();
        Label protocol = new Label();
        Label info = new Label();
        a.bind(gdt);
        a.emit64(0);                                // 0x00: null descriptor
        a.emit64(CODE64_DESCRIPTOR);                // 0x08: code, ring 0, present, long mode (L=1)
        a.emit64(DATA_DESCRIPTOR);                  // 0x10: data, ring 0, present, writable, flat 4 GiB
        a.bind(gdtPointer);
        a.emit16(GDT_SIZE - 1);                     // GDTR limit
        a.emitAbs32(GDT, 0);                        // GDTR base, low 32 bits (all lgdt needs in 32-bit mode)
        a.emit32(0);                                // GDTR base, high 32 bits (for a 64-bit lgdt)
        a.align(4, 0);
        a.bind(protocol);
        a.emit32(0);                                // boot protocol: 1 = PVH, 2 = Multiboot1
        a.bind(info);
        a.emit32(0);                                // physical address of hvm_start_info / multiboot_info
        return new SectionContents()
                .append(a, 1, 0)
                .define(GDT, gdt, false, false)
                .define(GDT_POINTER, gdtPointer, false, false)
                .define(PROTOCOL, protocol, false, false)
                .define(INFO, info, false, false)
                .toSection(SECTION, BootSection.Kind.DATA, 8);
    }
}
