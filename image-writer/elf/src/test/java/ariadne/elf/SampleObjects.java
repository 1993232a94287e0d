package ariadne.elf;

import static ariadne.elf.ElfConstants.*;

/** A small relocatable shaped like a compiled cell: one method, one string literal, statics. */
final class SampleObjects {
    static final String START = "ariadne.kernel.Kernel.start(ILariadne/magic/Address;)V";
    static final String NULL_POINTER = "ariadne.runtime.Throws.nullPointer()V";
    static final String STRING_TYPE = "type:java.lang.String";
    static final String LITERAL = "str:0123456789abcdef0123456789abcdef";

    private SampleObjects() {
    }

    static RelocatableBuilder cell() {
        RelocatableBuilder b = new RelocatableBuilder();
        int text = b.addSection(".text." + START, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 16,
                new byte[] {(byte) 0xe8, 0, 0, 0, 0, (byte) 0xc3});
        int literal = b.addSection(".rodata." + LITERAL.replace(':', '.'), SHT_PROGBITS, SHF_ALLOC, 8, new byte[24]);
        int statics = b.addNobitsSection(".bss.statics", SHF_ALLOC | SHF_WRITE, 64, 4096);
        b.defineSymbol(START, text, 0, 6, STB_GLOBAL, STT_FUNC);
        b.defineSymbol(LITERAL, literal, 0, 24, STB_WEAK, STT_OBJECT);
        b.defineSymbol("return", text, 5, 1, STB_LOCAL, STT_NOTYPE);
        b.defineSymbol("static:ariadne.kernel.Kernel.booted", statics, 8, 8, STB_GLOBAL, STT_OBJECT);
        b.addRelocation(text, 1, R_X86_64_PLT32, NULL_POINTER, -4);
        b.addRelocation(literal, 0, R_X86_64_64, STRING_TYPE, 0);
        b.addRelocation(literal, 16, R_X86_64_64, "return", 3);
        return b;
    }
}
