package ariadne.boot;

import static ariadne.x86.Reg.*;

import ariadne.x86.Assembler;
import ariadne.x86.Mem;
import ariadne.x86.Xmm;
import java.util.List;

/**
 * The floating-point natives of java.base: {@code java.lang.StrictMath.sqrt}, native in the
 * JDK too, is the SSE2 square root, correctly rounded as Java requires. Java convention
 * (docs/ABI.md): the argument's raw bits at [rsp+8], the result's raw bits in rax.
 */
public final class MathPrimitives {
    public static final String STRICT_SQRT = "java.lang.StrictMath.sqrt(D)D";

    private MathPrimitives() {
    }

    public static byte[] buildObject() {
        return BootElfWriter.toBytes(List.of(section()));
    }

    static BootSection section() {
        NativeMethods m = new NativeMethods();
        Assembler a = m.method(STRICT_SQRT);
        a.movsd(Xmm.XMM0, Mem.at(RSP, 8));               // xmm0 = a
        a.sqrtsd(Xmm.XMM0, Xmm.XMM0);                    // xmm0 = sqrt(a), rounded to nearest
        a.movq(RAX, Xmm.XMM0);                           // rax = the result's bits
        a.ret();
        return m.toSection(".text.boot.math");
    }
}
