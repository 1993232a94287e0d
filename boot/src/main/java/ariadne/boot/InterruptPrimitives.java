package ariadne.boot;

import static ariadne.x86.Reg.*;

import ariadne.x86.Assembler;
import ariadne.x86.Mem;
import java.util.List;

/**
 * The native methods of the {@code interrupts} cell: loading the IDT, GDT and task register,
 * reading CR2, waiting for an interrupt, and a division without Java's zero check (so that
 * tests can raise a real #DE).
 */
public final class InterruptPrimitives {
    static final String CPU = "ariadne.interrupts.Cpu.";
    static final String FAULT_INJECTION = "ariadne.interrupts.FaultInjection.";

    private InterruptPrimitives() {
    }

    public static byte[] buildObject() {
        return BootElfWriter.toBytes(List.of(section()));
    }

    static BootSection section() {
        NativeMethods m = new NativeMethods();
        Assembler a = m.method(CPU + "loadIdt(Lariadne/magic/Address;)V");
        a.movq(RAX, Mem.at(RSP, 8));                     // rax = 10-byte IDTR image (limit, base)
        a.lidt(Mem.at(RAX));                             // IDTR = [rax]
        a.ret();

        a = m.method(CPU + "loadGdt(Lariadne/magic/Address;)V");
        a.movq(RAX, Mem.at(RSP, 8));                     // rax = 10-byte GDTR image (limit, base)
        a.lgdt(Mem.at(RAX));                             // GDTR = [rax]; segment registers keep their caches
        a.ret();

        a = m.method(CPU + "loadTaskRegister(I)V");
        a.movl(RAX, Mem.at(RSP, 8));                     // eax = TSS selector
        a.ltr(RAX);                                      // TR = selector (marks the TSS busy)
        a.ret();

        a = m.method(CPU + "readCr2()J");
        a.movFromCr(RAX, 2);                             // rax = CR2, the last page-fault address
        a.ret();

        a = m.method(CPU + "enableAndHalt()V");
        a.sti();                                         // interrupts on; sti delays them by one instruction
        a.hlt();                                         // so no interrupt slips in before the hlt
        a.ret();

        a = m.method(FAULT_INJECTION + "divide(JJ)J");
        a.push(RBP);                                     // a standard frame, so the fault's frame walks work
        a.movq(RBP, RSP);                                // rbp = this frame
        a.movq(RAX, Mem.at(RBP, 24));                    // rax = dividend
        a.cqo();                                         // rdx:rax = sign-extended dividend
        a.movq(RCX, Mem.at(RBP, 16));                    // rcx = divisor
        a.idivq(RCX);                                    // rax = quotient; #DE if the divisor is 0
        a.leave();                                       // pop the frame
        a.ret();
        return m.toSection(".text.boot.interrupts");
    }
}
