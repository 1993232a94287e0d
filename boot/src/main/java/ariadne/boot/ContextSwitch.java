package ariadne.boot;

import static ariadne.x86.Reg.*;

import ariadne.x86.Assembler;
import ariadne.x86.Label;
import ariadne.x86.Mem;
import ariadne.x86.Mode;
import java.util.List;

/**
 * The task cell's stack switch, the one thing its Java cannot say: the body of the
 * {@code static native} method {@code ariadne.task.Cpu.switchStacks}, with the Java calling
 * convention of docs/ABI.md (arguments pushed left to right, so the last one is at
 * {@code [rsp+8]} on entry; only {@code rbp}/{@code rsp} are preserved across a call).
 *
 * <p>Because no other register survives a call, a switch needs to keep only {@code rbp} and
 * the return address: both already sit on the outgoing stack, so saving {@code rsp} saves the
 * whole context.
 */
public final class ContextSwitch {
    /** {@code static native void switchStacks(Address saveRspTo, Address newRsp)}. */
    public static final String SWITCH_STACKS =
            "ariadne.task.Cpu.switchStacks(Lariadne/magic/Address;Lariadne/magic/Address;)V";

    static final String SECTION = ".text.ariadne.task.Cpu";

    private ContextSwitch() {
    }

    /** The ELF64 relocatable object defining {@link #SWITCH_STACKS}. */
    public static byte[] buildObject() {
        return BootElfWriter.toBytes(List.of(section()));
    }

    static BootSection section() {
        Assembler a = new Assembler(Mode.LONG_64);
        Label switchStacks = new Label();

        a.bind(switchStacks);
        a.movq(RAX, Mem.at(RSP, 16));                // rax = saveRspTo (first argument)
        a.movq(RCX, Mem.at(RSP, 8));                 // rcx = newRsp (last argument)
        a.push(RBP);                                 // the outgoing task's frame pointer, on its own stack
        a.movq(Mem.at(RAX), RSP);                    // *saveRspTo = outgoing rsp: its whole context
        a.movq(RSP, RCX);                            // now on the incoming task's stack
        a.pop(RBP);                                  // the incoming task's frame pointer
        a.ret();                                     // resume where it switched out (or enter its bootstrap)

        return new SectionContents()
                .append(a, 16, 0xCC)
                .define(SWITCH_STACKS, switchStacks, true, true)
                .toSection(SECTION, BootSection.Kind.CODE, 16);
    }
}
