package ariadne.boot;

import static ariadne.x86.Reg.*;

import ariadne.x86.Assembler;
import ariadne.x86.Label;
import ariadne.x86.Mem;
import ariadne.x86.Mode;
import java.util.List;

/**
 * The loader cell's machine code: calls through a code address (a loaded cell's method, an
 * initialiser) and the caller's frame pointer (the start of a stack walk), the things its Java
 * cannot say. Each routine is the body of {@code static native} methods of
 * {@code ariadne.loader.CallGate}, under the Java calling convention of docs/ABI.md.
 *
 * <p>An {@code invoke} takes the code address as its <em>first</em> argument, so it sits
 * deepest on the stack and the target's own arguments lie right above the return address, as
 * the target expects them: the gate just tail-jumps, the target returns straight to the
 * caller, and the caller pops the code address with the rest.
 */
public final class LoaderCallGate {
    private static final String OWNER = "ariadne.loader.CallGate.";
    private static final String ADDRESS = "Lariadne/magic/Address;";
    private static final String OBJECT = "Ljava/lang/Object;";

    /** {@code static native long invoke(Address code)}: code takes no argument. */
    public static final String INVOKE_0 = OWNER + "invoke(" + ADDRESS + ")J";
    /** {@code static native long invoke(Address code, long a)}. */
    public static final String INVOKE_1 = OWNER + "invoke(" + ADDRESS + "J)J";
    /** {@code static native long invoke(Address code, long a, long b)}. */
    public static final String INVOKE_2 = OWNER + "invoke(" + ADDRESS + "JJ)J";
    /** {@code static native Object invokeForObject(Address code)}. */
    public static final String INVOKE_FOR_OBJECT_0 = OWNER + "invokeForObject(" + ADDRESS + ")" + OBJECT;
    /** {@code static native Object invokeForObject(Address code, Object a)}. */
    public static final String INVOKE_FOR_OBJECT_1 = OWNER + "invokeForObject(" + ADDRESS + OBJECT + ")" + OBJECT;
    /** {@code static native Address callerFrame()}: the calling method's rbp. */
    public static final String CALLER_FRAME = OWNER + "callerFrame()" + ADDRESS;

    static final String SECTION = ".text.ariadne.loader.CallGate";

    private LoaderCallGate() {
    }

    /** The ELF64 relocatable object defining every {@code CallGate} native. */
    public static byte[] buildObject() {
        return BootElfWriter.toBytes(List.of(section()));
    }

    static BootSection section() {
        Assembler a = new Assembler(Mode.LONG_64);
        Label oneArgument = new Label();
        Label twoArguments = new Label();
        Label threeArguments = new Label();
        Label callerFrame = new Label();

        a.bind(oneArgument);
        a.movq(RAX, Mem.at(RSP, 8));                 // rax = code, the only argument
        a.jmp(RAX);                                  // tail call: the target returns to our caller

        a.align(16, 0xCC);
        a.bind(twoArguments);
        a.movq(RAX, Mem.at(RSP, 16));                // rax = code, below the target's one argument
        a.jmp(RAX);                                  // the target finds its argument at [rsp+8]

        a.align(16, 0xCC);
        a.bind(threeArguments);
        a.movq(RAX, Mem.at(RSP, 24));                // rax = code, below the target's two arguments
        a.jmp(RAX);                                  // the target finds them at [rsp+16] and [rsp+8]

        a.align(16, 0xCC);
        a.bind(callerFrame);
        a.movq(RAX, RBP);                            // no frame of our own: rbp is still the caller's
        a.ret();                                     // return it

        return new SectionContents()
                .append(a, 16, 0xCC)
                .define(INVOKE_0, oneArgument, true, true)
                .define(INVOKE_FOR_OBJECT_0, oneArgument, true, true)
                .define(INVOKE_1, twoArguments, true, true)
                .define(INVOKE_FOR_OBJECT_1, twoArguments, true, true)
                .define(INVOKE_2, threeArguments, true, true)
                .define(CALLER_FRAME, callerFrame, true, true)
                .toSection(SECTION, BootSection.Kind.CODE, 16);
    }
}
