package ariadne.boot;

import static ariadne.x86.Reg.*;

import ariadne.x86.Assembler;
import ariadne.x86.Mem;
import java.util.List;

/**
 * The native methods of the runtime's unwinder ({@code ariadne.runtime.unwind.Frames}): reading
 * the caller's frame pointer, and resuming at an exception handler in an older frame.
 */
public final class UnwindPrimitives {
    static final String FRAMES = "ariadne.runtime.unwind.Frames.";
    static final String CALLER_FRAME = FRAMES + "callerFrame()Lariadne/magic/Address;";
    static final String RESUME = FRAMES
            + "resume(Lariadne/magic/Address;Lariadne/magic/Address;Lariadne/magic/Address;Ljava/lang/Throwable;)V";

    private UnwindPrimitives() {
    }

    public static byte[] buildObject() {
        return BootElfWriter.toBytes(List.of(section()));
    }

    static BootSection section() {
        NativeMethods m = new NativeMethods();
        Assembler a = m.method(CALLER_FRAME);
        a.movq(RAX, RBP);                                // rax = rbp: this native has no frame, so the caller's
        a.ret();

        // resume(handler, framePointer, stackPointer, exception): never returns.
        a = m.method(RESUME);
        a.movq(RAX, Mem.at(RSP, 8));                     // rax = exception
        a.movq(RCX, Mem.at(RSP, 16));                    // rcx = handler frame's rsp with an empty operand stack
        a.movq(RDX, Mem.at(RSP, 32));                    // rdx = handler address
        a.movq(RBP, Mem.at(RSP, 24));                    // rbp = the handler's frame
        a.movq(RSP, RCX);                                // drop every younger frame
        a.push(RAX);                                     // the handler's operand stack: just the exception
        a.jmp(RDX);                                      // enter the handler
        return m.toSection(".text.boot.unwind");
    }
}
