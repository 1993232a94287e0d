package ariadne.boot;

import static ariadne.x86.Reg.*;

import ariadne.x86.Assembler;
import ariadne.x86.Cond;
import ariadne.x86.Label;
import ariadne.x86.Mem;
import java.util.List;

/**
 * The native methods of the {@code memory} cell: control registers, TLB invalidation, MSRs,
 * CPUID, the interrupt flag, spin-lock words, running Java code on another stack, and
 * memory probes whose faults the page-fault handler recovers from (it resumes a faulting probe
 * at the address named by {@link #READ_RESUME}, {@link #WRITE_RESUME} or {@link #EXECUTE_RETURN}).
 */
public final class MemoryPrimitives {
    static final String MMU = "ariadne.memory.Mmu.";
    static final String CPU_STATE = "ariadne.memory.CpuState.";
    static final String PROBE = "ariadne.memory.MemoryProbe.";
    static final String STACK_SWITCH = "ariadne.memory.StackSwitch.callOn(Lariadne/magic/Address;Ljava/lang/Object;)V";
    /** The Java method a stack switch calls on the new stack with the object it was given. */
    static final String STACK_ENTRY = "ariadne.memory.StackEntry.enter(Ljava/lang/Object;)V";

    /** The load of {@code MemoryProbe.canRead}, and where it resumes (rax = 0) when that load faults. */
    public static final String READ_PROBE = "boot.probe.read";
    public static final String READ_RESUME = "boot.probe.read_resume";
    /** The store of {@code MemoryProbe.canWrite}, and where it resumes (rax = 0) when that store faults. */
    public static final String WRITE_PROBE = "boot.probe.write";
    public static final String WRITE_RESUME = "boot.probe.write_resume";
    /** The return address of the call in {@code MemoryProbe.canExecute}: a fetch fault there resumes here (rax = 0). */
    public static final String EXECUTE_RETURN = "boot.probe.execute_return";

    private static final int RFLAGS_IF = 1 << 9;

    private MemoryPrimitives() {
    }

    public static byte[] buildObject() {
        return BootElfWriter.toBytes(List.of(section()));
    }

    static BootSection section() {
        NativeMethods m = new NativeMethods();
        controlRegisters(m);
        msrAndCpuid(m);
        interruptFlagAndPointers(m);
        spinLockWords(m);
        stackSwitch(m);
        probes(m);
        return m.toSection(".text.boot.memory");
    }

    private static void controlRegisters(NativeMethods m) {
        int[] registers = {0, 3, 4};
        for (int cr : registers) {
            Assembler a = m.method(MMU + "readCr" + cr + "()J");
            a.movFromCr(RAX, cr);                        // rax = CRn
            a.ret();
            a = m.method(MMU + "writeCr" + cr + "(J)V");
            a.movq(RAX, Mem.at(RSP, 8));                 // rax = value
            a.movCr(cr, RAX);                            // CRn = value
            a.ret();
        }
        Assembler a = m.method(MMU + "invalidate(Lariadne/magic/Address;)V");
        a.movq(RAX, Mem.at(RSP, 8));                     // rax = virtual address
        a.invlpg(Mem.at(RAX));                           // drop its TLB entry
        a.ret();
    }

    private static void msrAndCpuid(NativeMethods m) {
        Assembler a = m.method(MMU + "readMsr(I)J");
        a.movl(RCX, Mem.at(RSP, 8));                     // ecx = MSR number
        a.rdmsr();                                       // edx:eax = MSR
        a.shlq(RDX, 32);                                 // rdx = high half in place
        a.movl(RAX, RAX);                                // rax = low half, zero-extended
        a.orq(RAX, RDX);                                 // rax = 64-bit value
        a.ret();

        a = m.method(MMU + "writeMsr(IJ)V");
        a.movl(RCX, Mem.at(RSP, 16));                    // ecx = MSR number
        a.movq(RAX, Mem.at(RSP, 8));                     // rax = value
        a.movq(RDX, RAX);                                // rdx = value
        a.shrq(RDX, 32);                                 // edx = high half
        a.wrmsr();                                       // MSR = edx:eax
        a.ret();

        a = m.method(MMU + "cpuid(IILariadne/magic/Address;)V");
        a.movl(RAX, Mem.at(RSP, 24));                    // eax = leaf
        a.movl(RCX, Mem.at(RSP, 16));                    // ecx = subleaf
        a.cpuid();                                       // eax, ebx, ecx, edx = the leaf's words
        a.movq(RSI, Mem.at(RSP, 8));                     // rsi = where the four words go
        a.movl(Mem.at(RSI, 0), RAX);                     // out[0] = eax
        a.movl(Mem.at(RSI, 4), RBX);                     // out[1] = ebx
        a.movl(Mem.at(RSI, 8), RCX);                     // out[2] = ecx
        a.movl(Mem.at(RSI, 12), RDX);                    // out[3] = edx
        a.ret();
    }

    private static void interruptFlagAndPointers(NativeMethods m) {
        Assembler a = m.method(CPU_STATE + "disableInterrupts()J");
        UnlistedInstructions.pushfq(a);                  // push RFLAGS
        a.pop(RAX);                                      // rax = RFLAGS before
        a.cli();                                         // interrupts off
        a.ret();

        a = m.method(CPU_STATE + "restoreInterrupts(J)V");
        Label keepOff = new Label();
        a.testl(Mem.at(RSP, 8), RFLAGS_IF);              // were interrupts on in the saved flags?
        a.jcc(Cond.E, keepOff);                          // no: leave them off
        a.sti();                                         // yes: on again
        a.bind(keepOff);
        a.ret();

        a = m.method(CPU_STATE + "stackPointer()J");
        a.lea(RAX, Mem.at(RSP, 8));                      // rax = the caller's rsp after this returns
        a.ret();

        a = m.method(CPU_STATE + "framePointer()J");
        a.movq(RAX, RBP);                                // rax = the caller's rbp (no frame here)
        a.ret();
    }

    /** Test-and-test-and-set on a lock word, with interrupts off while it is held. */
    private static void spinLockWords(NativeMethods m) {
        Assembler a = m.method(CPU_STATE + "acquire(Lariadne/magic/Address;)J");
        Label retry = new Label();
        Label spin = new Label();
        a.movq(RCX, Mem.at(RSP, 8));                     // rcx = lock word
        UnlistedInstructions.pushfq(a);                  // push RFLAGS
        a.pop(RAX);                                      // rax = RFLAGS before: the result
        a.cli();                                         // interrupts off while the lock is held
        a.bind(retry);
        a.movl(RDX, 1);                                  // edx = 1 (held)
        a.xchgq(Mem.at(RCX), RDX);                       // atomically take the word; rdx = its old value
        a.testq(RDX, RDX);                               // was it free?
        a.jcc(Cond.NE, spin);                            // no: wait for it
        a.ret();                                         // yes: ours
        a.bind(spin);
        a.pause();                                       // spin-wait hint
        a.cmpq(Mem.at(RCX), 0);                          // free again? (read only, no bus lock)
        a.jcc(Cond.NE, spin);                            // no: keep waiting
        a.jmp(retry);                                    // yes: try to take it

        a = m.method(CPU_STATE + "release(Lariadne/magic/Address;J)V");
        Label keepOff = new Label();
        a.movq(RCX, Mem.at(RSP, 16));                    // rcx = lock word
        a.movq(Mem.at(RCX), 0);                          // free it (a plain store releases on x86)
        a.testl(Mem.at(RSP, 8), RFLAGS_IF);              // were interrupts on before acquire?
        a.jcc(Cond.E, keepOff);                          // no: leave them off
        a.sti();                                         // yes: on again
        a.bind(keepOff);
        a.ret();
    }

    /** {@code callOn(top, target)}: calls {@code StackEntry.enter(target)} with rsp = top, then comes back. */
    private static void stackSwitch(NativeMethods m) {
        Assembler a = m.method(STACK_SWITCH);
        a.push(RBP);                                     // standard frame: the chain continues across stacks
        a.movq(RBP, RSP);                                // rbp = this frame
        a.movq(RCX, Mem.at(RBP, 16));                    // rcx = target object
        a.movq(RSP, Mem.at(RBP, 24));                    // rsp = top of the other stack
        a.push(RCX);                                     // argument: the target
        a.callSymbol(STACK_ENTRY);                       // StackEntry.enter(target) on the other stack
        a.movq(RSP, RBP);                                // back on the caller's stack
        a.pop(RBP);                                      // caller's rbp
        a.ret();
    }

    private static void probes(NativeMethods m) {
        Label readProbe = new Label();
        Label readResume = new Label();
        Assembler a = m.method(PROBE + "canRead(Lariadne/magic/Address;)Z");
        a.movq(RCX, Mem.at(RSP, 8));                     // rcx = address
        a.xorl(RAX, RAX);                                // result if the load faults: false
        a.bind(readProbe);
        a.movzxbl(RDX, Mem.at(RCX));                     // the probing load (may fault)
        a.movl(RAX, 1);                                  // it did not: true
        a.bind(readResume);
        a.ret();
        m.export(READ_PROBE, readProbe);
        m.export(READ_RESUME, readResume);

        Label writeProbe = new Label();
        Label writeResume = new Label();
        a = m.method(PROBE + "canWrite(Lariadne/magic/Address;)Z");
        a.movq(RCX, Mem.at(RSP, 8));                     // rcx = address
        a.xorl(RAX, RAX);                                // result if the store faults: false
        a.bind(writeProbe);
        UnlistedInstructions.lockAddZeroByteAtRcx(a);    // the probing store of the same value (may fault)
        a.movl(RAX, 1);                                  // it did not: true
        a.bind(writeResume);
        a.ret();
        m.export(WRITE_PROBE, writeProbe);
        m.export(WRITE_RESUME, writeResume);

        Label executeReturn = new Label();
        a = m.method(PROBE + "canExecute(Lariadne/magic/Address;)Z");
        a.movq(RCX, Mem.at(RSP, 8));                     // rcx = code that sets eax = 1 and returns
        a.xorl(RAX, RAX);                                // result if fetching it faults: false
        a.call(RCX);                                     // run it (may fault on the fetch)
        a.bind(executeReturn);
        a.ret();
        m.export(EXECUTE_RETURN, executeReturn);
    }
}
