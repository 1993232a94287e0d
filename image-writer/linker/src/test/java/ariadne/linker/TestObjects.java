package ariadne.linker;

import static ariadne.elf.ElfConstants.*;

import ariadne.elf.RelocatableBuilder;

/** Small inputs shaped like the boot object and compiled cells. */
final class TestObjects {
    static final String ENTRY = "boot_entry";
    static final String START = "ariadne.kernel.Kernel.start(ILariadne/magic/Address;)V";
    static final long TEXT = SHF_ALLOC | SHF_EXECINSTR;
    static final long RODATA = SHF_ALLOC;
    static final long DATA = SHF_ALLOC | SHF_WRITE;

    private TestObjects() {
    }

    /** Multiboot header, PVH note, 32-bit entry calling the kernel, boot stack in .boot.bss. */
    static NamedObject boot() {
        RelocatableBuilder b = new RelocatableBuilder();
        int multiboot = b.addSection(".boot.multiboot", SHT_PROGBITS, SHF_ALLOC, 4,
                new byte[] {0x02, (byte) 0xb0, (byte) 0xad, 0x1b, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        b.addRelocation(multiboot, 8, R_X86_64_32, "__load_end", 0);
        b.addRelocation(multiboot, 12, R_X86_64_32, "__bss_end", 0);
        int note = b.addSection(".note.pvh", SHT_NOTE, SHF_ALLOC, 4, new byte[20]);
        b.addRelocation(note, 16, R_X86_64_32, ENTRY, 0);
        int text = b.addSection(".boot.text", SHT_PROGBITS, TEXT, 16,
                new byte[] {(byte) 0xe8, 0, 0, 0, 0, (byte) 0xf4});
        b.defineSymbol(ENTRY, text, 0, 6, STB_GLOBAL, STT_FUNC);
        b.addRelocation(text, 1, R_X86_64_PC32, START, -4);
        int stack = b.addNobitsSection(".boot.bss", DATA, 4096, 0x10000);
        b.defineSymbol("boot_stack", stack, 0, 0x10000, STB_LOCAL, STT_OBJECT);
        return new NamedObject("boot.o", b.toBytes());
    }

    /** The kernel cell: start() loading a string literal, a type, statics and a .cell.meta. */
    static NamedObject kernel() {
        RelocatableBuilder b = new RelocatableBuilder();
        byte[] code = new byte[16];
        code[0] = (byte) 0x48; // mov rax, imm64 at offset 2
        code[1] = (byte) 0xb8;
        int text = b.addSection(".text." + START, SHT_PROGBITS, TEXT, 16, code);
        b.defineSymbol(START, text, 0, 16, STB_GLOBAL, STT_FUNC);
        b.addRelocation(text, 2, R_X86_64_64, "str:abc", 0);
        b.addRelocation(text, 11, R_X86_64_PLT32, "ariadne.runtime.Throws.nullPointer()V", -4);
        int literal = b.addSection(".rodata.str.abc", SHT_PROGBITS, RODATA, 8, new byte[24]);
        b.defineSymbol("str:abc", literal, 0, 24, STB_WEAK, STT_OBJECT);
        b.addRelocation(literal, 0, R_X86_64_64, "type:java.lang.String", 0);
        int statics = b.addSection(".data.ariadne.kernel.Kernel", SHT_PROGBITS, DATA, 8, new byte[16]);
        b.defineSymbol("static:ariadne.kernel.Kernel.greeting", statics, 8, 8, STB_GLOBAL, STT_OBJECT);
        b.addRelocation(statics, 8, R_X86_64_64, "str:abc", 0);
        int meta = b.addSection(".cell.meta", SHT_PROGBITS, 0, 1, new byte[8]);
        b.addRelocation(meta, 0, R_X86_64_64, "only.in.Meta.symbol()V", 0);
        return new NamedObject("kernel.cell", b.toBytes());
    }

    /** The runtime cell: the throw helper, the String type and its own copy of the weak literal. */
    static NamedObject runtime() {
        RelocatableBuilder b = new RelocatableBuilder();
        int text = b.addSection(".text.ariadne.runtime.Throws.nullPointer()V", SHT_PROGBITS, TEXT, 16,
                new byte[] {(byte) 0xc3});
        b.defineSymbol("ariadne.runtime.Throws.nullPointer()V", text, 0, 1, STB_GLOBAL, STT_FUNC);
        int type = b.addSection(".rodata.type.java.lang.String", SHT_PROGBITS, RODATA, 8, new byte[64]);
        b.defineSymbol("type:java.lang.String", type, 0, 64, STB_GLOBAL, STT_OBJECT);
        int literal = b.addSection(".rodata.str.abc", SHT_PROGBITS, RODATA, 8, new byte[24]);
        b.defineSymbol("str:abc", literal, 0, 24, STB_WEAK, STT_OBJECT);
        b.addRelocation(literal, 0, R_X86_64_64, "type:java.lang.String", 0);
        int bss = b.addNobitsSection(".bss.ariadne.runtime.Heap", DATA, 64, 0x300);
        b.defineSymbol("static:ariadne.runtime.Heap.free", bss, 0x40, 8, STB_GLOBAL, STT_OBJECT);
        return new NamedObject("runtime.cell", b.toBytes());
    }
}
