package ariadne.x86;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What 32-bit mode cannot encode, and operands no mode can encode. */
class ModeRestrictionsTest {
    private final Assembler boot = new Assembler(Mode.PROTECTED_32);

    @Test
    void noSixtyFourBitOperandsIn32BitMode() {
        assertThrows(IllegalStateException.class, () -> boot.movq(Reg.RAX, Reg.RBX));
        assertThrows(IllegalStateException.class, () -> boot.movq(Reg.RAX, 1L));
        assertThrows(IllegalStateException.class, () -> boot.addq(Reg.RAX, 1));
        assertThrows(IllegalStateException.class, boot::cqo);
        assertThrows(IllegalStateException.class, boot::iretq);
        assertThrows(IllegalStateException.class, boot::swapgs);
        assertThrows(IllegalStateException.class, () -> boot.leaRip(Reg.RAX, "x", 0));
    }

    @Test
    void noExtendedRegistersIn32BitMode() {
        assertThrows(IllegalStateException.class, () -> boot.movl(Reg.R8, Reg.RAX));
        assertThrows(IllegalStateException.class, () -> boot.movl(Reg.RAX, Mem.at(Reg.R12)));
        assertThrows(IllegalStateException.class, () -> boot.movl(Reg.RAX, Mem.at(Reg.RAX, Reg.R9, 2, 0)));
        assertThrows(IllegalStateException.class, () -> boot.push(Reg.R15));
        assertThrows(IllegalStateException.class, () -> boot.movsd(Xmm.XMM8, Xmm.XMM0));
    }

    @Test
    void noRexByteRegistersIn32BitMode() {
        assertThrows(IllegalStateException.class, () -> boot.setcc(Cond.E, Reg.RSI));
        assertThrows(IllegalStateException.class, () -> boot.movb(Mem.at(Reg.RAX), Reg.RSP));
    }

    @Test
    void memoryOperandValidation() {
        assertThrows(IllegalArgumentException.class, () -> Mem.at(Reg.RAX, Reg.RSP, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Mem.at(Reg.RAX, Reg.RBX, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new Mem(Reg.RAX, null, 2, 0));
    }
}
