package ariadne.boot;

import static ariadne.x86.Reg.*;

import ariadne.x86.Assembler;
import ariadne.x86.Label;
import ariadne.x86.Mem;
import ariadne.x86.Mode;
import ariadne.x86.Reg;
import java.util.List;

/**
 * The entry of every interrupt vector, as an ELF64 relocatable object: 256 stubs that push a
 * uniform frame and call one Java dispatcher with its address, and a table of the stubs'
 * addresses ({@link #TABLE_SYMBOL}, 256 eight-byte entries) from which the nucleus builds its IDT.
 *
 * <p>The frame, from its address F upwards: rax, rbx, rcx, rdx, rsi, rdi, rbp, r8..r15 (8 bytes
 * each, F+0..F+112), the vector (F+120), the error code or 0 (F+128), then what the CPU pushed:
 * rip, cs, rflags, rsp, ss (F+136..F+168). The SSE state is kept by {@code fxsave64} in a
 * 16-byte aligned area below F. Whatever the dispatcher writes into the frame is what the
 * interrupted code resumes with. Below the SSE area the stub builds a fake frame (interrupted
 * rbp and rip) so that frame walks continue from the dispatcher into the interrupted code.
 */
public final class InterruptStubs {
    /** Global symbol of the table of 256 stub addresses, indexed by vector. */
    public static final String TABLE_SYMBOL = "boot.interrupt_stubs";
    /** The Java method every stub calls with the frame address (pushed, per docs/ABI.md). */
    public static final String DISPATCHER = "ariadne.interrupts.InterruptDispatcher.dispatch(Lariadne/magic/Address;)V";

    static final int VECTORS = 256;
    static final int STUB_ALIGNMENT = 16;
    static final int FXSAVE_AREA = 512;
    static final int FRAME_RBP = 48;
    static final int FRAME_RIP = 136;

    /** Registers in push order; the last one pushed (rax) ends up at the frame address. */
    private static final List<Reg> PUSH_ORDER = List.of(R15, R14, R13, R12, R11, R10, R9, R8, RBP, RDI, RSI, RDX, RCX, RBX, RAX);
    /** Global function symbols, so that reports and stack traces can name the stubs. */
    private static final String CODE_SYMBOL = "boot.interrupt_stub_code";
    private static final String COMMON_SYMBOL = "boot.interrupt_common";

    private InterruptStubs() {
    }

    public static byte[] buildObject() {
        return BootElfWriter.toBytes(sections());
    }

    static List<BootSection> sections() {
        Assembler code = new Assembler(Mode.LONG_64);
        Label start = new Label();
        Label common = new Label();
        code.bind(start);
        int[] stubOffsets = new int[VECTORS];
        for (int vector = 0; vector < VECTORS; vector++) {
            code.align(STUB_ALIGNMENT, 0xCC);
            stubOffsets[vector] = code.position();
            emitStub(code, vector, common);
        }
        code.align(STUB_ALIGNMENT, 0xCC);
        emitCommonPath(code, common);
        BootSection text = new SectionContents().append(code, 1, 0)
                .define(CODE_SYMBOL, start, true, true)
                .define(COMMON_SYMBOL, common, true, true)
                .toSection(".text.boot.interrupt_stubs", BootSection.Kind.CODE, STUB_ALIGNMENT);

        Assembler table = new Assembler(Mode.LONG_64);
        Label tableStart = new Label();
        table.bind(tableStart);
        for (int offset : stubOffsets) {
            table.emitAbs64(CODE_SYMBOL, offset);        // entry point of this vector's stub
        }
        BootSection data = new SectionContents().append(table, 1, 0)
                .define(TABLE_SYMBOL, tableStart, true, false)
                .toSection(".rodata.boot.interrupt_stubs", BootSection.Kind.HEADER, 8);
        return List.of(text, data);
    }

    /** The CPU pushes an error code for these vectors only (#DF, #TS, #NP, #SS, #GP, #PF, #AC, #CP, #VC, #SX). */
    static boolean cpuPushesErrorCode(int vector) {
        return switch (vector) {
            case 8, 10, 11, 12, 13, 14, 17, 21, 29, 30 -> true;
            default -> false;
        };
    }

    private static void emitStub(Assembler a, int vector, Label common) {
        if (!cpuPushesErrorCode(vector)) {
            a.pushImm(0);                                // error code slot: none for this vector
        }
        a.pushImm(vector > 127 ? vector - 256 : vector); // vector (imm8 is sign-extended; the dispatcher masks it)
        a.jmp(common);                                   // the same path for every vector
    }

    private static void emitCommonPath(Assembler a, Label common) {
        a.bind(common);
        a.cld();                                         // Java code expects string operations upwards
        for (Reg r : PUSH_ORDER) {
            a.push(r);                                   // save every general register into the frame
        }
        a.movq(RAX, RSP);                                // rax = frame address F
        a.subq(RSP, FXSAVE_AREA);                        // room for the SSE state
        a.andq(RSP, -16);                                // fxsave needs 16-byte alignment
        UnlistedInstructions.fxsave64AtRsp(a);           // save x87/SSE state
        a.push(RAX);                                     // keep F to find the frame again
        a.push(Mem.at(RAX, FRAME_RIP));                  // fake return address: the interrupted rip
        a.push(Mem.at(RAX, FRAME_RBP));                  // fake saved rbp: the interrupted rbp
        a.movq(RBP, RSP);                                // rbp heads a frame chain into the interrupted code
        a.push(RAX);                                     // argument: the frame address
        a.callSymbol(DISPATCHER);                        // InterruptDispatcher.dispatch(F); rbp survives it
        a.lea(RSP, Mem.at(RBP, 16));                     // drop argument and fake frame: rsp at the saved F
        a.pop(RAX);                                      // rax = F; rsp = SSE area
        UnlistedInstructions.fxrstor64AtRsp(a);          // restore x87/SSE state
        a.movq(RSP, RAX);                                // rsp = F
        for (int i = PUSH_ORDER.size() - 1; i >= 0; i--) {
            a.pop(PUSH_ORDER.get(i));                    // restore the (possibly rewritten) registers
        }
        a.addq(RSP, 16);                                 // drop vector and error code
        a.iretq();                                       // resume at the frame's rip, rsp, rflags
    }
}
