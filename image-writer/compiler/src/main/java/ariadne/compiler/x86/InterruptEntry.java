package ariadne.compiler.x86;

import ariadne.compiler.template.InterruptHandlers;
import ariadne.x86.Assembler;
import ariadne.x86.Mem;
import ariadne.x86.Reg;
import java.util.List;

/**
 * The entry and exit of an {@code @InterruptHandler} method (docs/ABI.md, "Interrupt handlers"),
 * in place of the Java prologue and epilogue. The entry builds the interrupt frame F the nucleus
 * reads as {@code InterruptFrame} (rax..r15 at F+0..F+112, vector F+120, error code F+128, the
 * CPU's rip, cs, rflags, rsp, ss from F+136), saves the SSE state with {@code fxsave64} in a
 * 16-byte aligned area below F (compiled code uses xmm registers for float and double), and then
 * a Java frame whose caller looks like the interrupted code:
 * <pre>
 *   [rbp+24] F, kept for the exit
 *   [rbp+16] F, the method's Address argument (padding when it takes none)
 *   [rbp+8]  the interrupted rip  (so frame walks and stack traces continue into it)
 *   [rbp]    the interrupted rbp
 * </pre>
 * rbp is 16-byte aligned, as after a call from an aligned call site. The exit restores the SSE
 * state and the registers from the frame, which the body may have rewritten, and returns with
 * {@code iretq}.
 */
final class InterruptEntry {
    static final int FXSAVE_AREA = 512;
    static final int FRAME_RBP = 48;
    static final int FRAME_RIP = 136;
    static final int KEPT_FRAME = 24;
    /** Registers in push order; the last one pushed (rax) ends up at the frame address. */
    private static final List<Reg> PUSH_ORDER = List.of(Reg.R15, Reg.R14, Reg.R13, Reg.R12, Reg.R11, Reg.R10,
            Reg.R9, Reg.R8, Reg.RBP, Reg.RDI, Reg.RSI, Reg.RDX, Reg.RCX, Reg.RBX, Reg.RAX);

    private final Assembler asm;
    private final int vector;

    InterruptEntry(Assembler asm, int vector) {
        this.asm = asm;
        this.vector = vector;
    }

    /** Everything up to and including {@code mov rbp, rsp}; the caller then reserves the locals. */
    void emitEntry() {
        if (!InterruptHandlers.cpuPushesErrorCode(vector)) {
            asm.pushImm(0);                                // error code slot: none for this vector
        }
        asm.pushImm(vector > 127 ? vector - 256 : vector); // vector (imm8, sign-extended; readers mask it)
        asm.cld();                                         // Java code expects string operations upwards
        for (Reg r : PUSH_ORDER) {
            asm.push(r);                                   // every general register into the frame
        }
        asm.movq(Reg.RAX, Reg.RSP);                        // rax = F
        asm.subq(Reg.RSP, FXSAVE_AREA);
        asm.andq(Reg.RSP, -16);                            // fxsave needs 16-byte alignment
        asm.emitBytes(new byte[] {0x48, 0x0F, (byte) 0xAE, 0x04, 0x24}); // fxsave64 [rsp] (REX.W 0F AE /0)
        asm.push(Reg.RAX);                                 // F kept for the exit
        asm.push(Reg.RAX);                                 // F as the argument (or padding)
        asm.push(Mem.at(Reg.RAX, FRAME_RIP));              // "return address": the interrupted rip
        asm.push(Mem.at(Reg.RAX, FRAME_RBP));              // "saved rbp": the interrupted rbp
        asm.movq(Reg.RBP, Reg.RSP);
    }

    /** Where the body returns: back into the interrupted code with the frame's state. */
    void emitExit() {
        asm.lea(Reg.RSP, Mem.at(Reg.RBP, KEPT_FRAME));     // drop the body's frame and operand stack
        asm.pop(Reg.RAX);                                  // rax = F; rsp = the SSE area
        asm.emitBytes(new byte[] {0x48, 0x0F, (byte) 0xAE, 0x0C, 0x24}); // fxrstor64 [rsp] (REX.W 0F AE /1)
        asm.movq(Reg.RSP, Reg.RAX);
        for (int i = PUSH_ORDER.size() - 1; i >= 0; i--) {
            asm.pop(PUSH_ORDER.get(i));                    // the (possibly rewritten) registers
        }
        asm.addq(Reg.RSP, 16);                             // drop vector and error code
        asm.iretq();                                       // resume at the frame's rip, rsp, rflags
    }
}
