package ariadne.x86;

/**
 * Emits the prefix, REX, opcode, ModRM, SIB and displacement bytes of one instruction.
 * Register operands are passed as hardware numbers so that GPRs, XMM registers, control
 * registers and opcode extensions (the "/digit" of the manuals) share one path.
 */
final class Encoder {
    private static final int NO_PREFIX = 0;

    private final CodeBuffer out;
    private final Mode mode;

    Encoder(CodeBuffer out, Mode mode) {
        this.out = out;
        this.mode = mode;
    }

    /** Prefix, REX (with W only) and opcode bytes: for instructions without a ModRM byte. */
    void plain(int prefix, boolean rexW, int... opcode) {
        prefix(prefix);
        rex(rexW, 0, 0, 0, false);
        opcode(opcode);
    }

    /** An opcode with a register number in its low three bits (push r, pop r, mov r, imm). */
    void withRegInOpcode(int prefix, boolean rexW, int opcode, Reg reg) {
        prefix(prefix);
        rex(rexW, 0, 0, reg.code(), false);
        out.put8(opcode + (reg.code() & 7));
    }

    /** ModRM with a register operand in r/m. {@code forceRex} selects SPL..DIL over AH..BH. */
    void registerDirect(int prefix, boolean rexW, boolean forceRex, int reg, int rm, int... opcode) {
        prefix(prefix);
        rex(rexW, reg, 0, rm, forceRex);
        opcode(opcode);
        modrm(3, reg, rm);
    }

    /** ModRM with a memory operand in r/m. */
    void memory(int prefix, boolean rexW, boolean forceRex, int reg, Mem mem, int... opcode) {
        prefix(prefix);
        rex(rexW, reg, mem.index() == null ? 0 : mem.index().code(),
                mem.base() == null ? 0 : mem.base().code(), forceRex);
        opcode(opcode);
        addressing(reg, mem);
    }

    /** ModRM for {@code [rip + disp32]}; the caller emits the disp32 field right after. */
    void ripRelative(int prefix, boolean rexW, int reg, int... opcode) {
        if (mode != Mode.LONG_64) {
            throw new IllegalStateException("RIP-relative addressing exists only in 64-bit mode");
        }
        prefix(prefix);
        rex(rexW, reg, 0, 0, false);
        opcode(opcode);
        modrm(0, reg, 5);
    }

    static boolean fitsInByte(long value) {
        return value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE;
    }

    private void prefix(int prefix) {
        if (prefix != NO_PREFIX) {
            out.put8(prefix);
        }
    }

    private void opcode(int[] opcode) {
        for (int b : opcode) {
            out.put8(b);
        }
    }

    private void rex(boolean w, int reg, int index, int base, boolean force) {
        int rex = 0x40 | (w ? 8 : 0) | (reg >> 3 & 1) << 2 | (index >> 3 & 1) << 1 | (base >> 3 & 1);
        if (rex == 0x40 && !force) {
            return;
        }
        if (mode == Mode.PROTECTED_32) {
            throw new IllegalStateException(
                    "32-bit mode has no 64-bit operands, R8..R15, XMM8..XMM15 or SPL..DIL");
        }
        out.put8(rex);
    }

    private void modrm(int mod, int reg, int rm) {
        out.put8(mod << 6 | (reg & 7) << 3 | (rm & 7));
    }

    private void sib(int scaleBits, int index, int base) {
        out.put8(scaleBits << 6 | (index & 7) << 3 | (base & 7));
    }

    private void addressing(int reg, Mem mem) {
        Reg base = mem.base();
        Reg index = mem.index();
        int disp = mem.disp();
        if (base == null) {
            if (index == null && mode == Mode.PROTECTED_32) {
                modrm(0, reg, 5);           // mod 00, r/m 101: disp32 (RIP-relative in 64-bit mode)
            } else {
                modrm(0, reg, 4);           // SIB follows; SIB base 101 with mod 00: no base, disp32
                sib(mem.scaleBits(), index == null ? 4 : index.code(), 5);
            }
            out.put32(disp);
            return;
        }
        int baseLow = base.code() & 7;
        // r/m or SIB base 101 (RBP, R13) with mod 00 means "no base", so they need a displacement.
        int mod = disp == 0 && baseLow != 5 ? 0 : fitsInByte(disp) ? 1 : 2;
        // r/m 100 (RSP, R12) means "SIB follows".
        if (index != null || baseLow == 4) {
            modrm(mod, reg, 4);
            sib(mem.scaleBits(), index == null ? 4 : index.code(), baseLow);
        } else {
            modrm(mod, reg, baseLow);
        }
        if (mod == 1) {
            out.put8(disp);
        } else if (mod == 2) {
            out.put32(disp);
        }
    }
}
