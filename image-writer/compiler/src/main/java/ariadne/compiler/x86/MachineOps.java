package ariadne.compiler.x86;

import ariadne.compiler.template.MachineOp;
import ariadne.x86.Assembler;
import ariadne.x86.Cond;
import ariadne.x86.Reg;

/** The privileged machine operations behind {@code ariadne.magic.Magic} and {@code Address}. */
final class MachineOps {
    private final Assembler asm;
    private final DeferredStack stack;

    MachineOps(Assembler asm, DeferredStack stack) {
        this.asm = asm;
        this.stack = stack;
    }

    /** Operands come from the {@link DeferredStack}; the machine stack is exact around the rest. */
    void emit(MachineOp op) {
        switch (op) {
            case WORD_IS_ZERO -> {
                stack.popInto(Reg.RAX);
                stack.pushComparison(StackEntry.flag(Cond.E, true)); // a branch tests rax itself
            }
            case WORD_UNSIGNED_LESS -> {
                stack.popInto(Reg.RCX);
                stack.popInto(Reg.RAX);
                stack.pushComparison(StackEntry.flag(Cond.B, false));
            }
            case PORT_OUT_8, PORT_OUT_16, PORT_OUT_32 -> portOut(op);
            case PORT_IN_8, PORT_IN_16, PORT_IN_32 -> portIn(op);
            case HALT -> flushThen(asm::hlt);
            case DISABLE_INTERRUPTS -> flushThen(asm::cli);
            case ENABLE_INTERRUPTS -> flushThen(asm::sti);
            case SPIN_PAUSE -> flushThen(asm::pause);
            case READ_TIMESTAMP -> {
                stack.keepRaxFree();
                asm.rdtsc();
                asm.shlq(Reg.RDX, 32);
                asm.movl(Reg.RAX, Reg.RAX); // zero-extend the low half
                asm.orq(Reg.RAX, Reg.RDX);
                stack.pushRax(false);
            }
        }
    }

    private void flushThen(Runnable instruction) {
        stack.flush();
        instruction.run();
    }

    /** (port, value): {@code out dx, al/ax/eax}. */
    private void portOut(MachineOp op) {
        stack.popInto(Reg.RAX);
        stack.popInto(Reg.RDX);
        switch (op) {
            case PORT_OUT_8 -> asm.outb();
            case PORT_OUT_16 -> asm.outw();
            default -> asm.outl();
        }
    }

    /** (port) → value: {@code in al/ax/eax, dx}, zero-extended. */
    private void portIn(MachineOp op) {
        stack.popInto(Reg.RDX);
        stack.keepRaxFree();
        asm.movl(Reg.RAX, 0);
        switch (op) {
            case PORT_IN_8 -> asm.inb();
            case PORT_IN_16 -> asm.inw();
            default -> asm.inl();
        }
        stack.pushRax(false);
    }
}
