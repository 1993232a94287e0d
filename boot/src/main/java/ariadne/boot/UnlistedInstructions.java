package ariadne.boot;

import ariadne.x86.Assembler;

/**
 * Encodings of the few instructions the nucleus boot code needs that the assembler does not
 * offer (yet), emitted as their exact bytes (Intel SDM vol. 2).
 */
final class UnlistedInstructions {
    private UnlistedInstructions() {
    }

    /** {@code pushfq} (9C). */
    static void pushfq(Assembler a) {
        a.emit8(0x9C);
    }

    /** {@code fxsave64 [rsp]}: REX.W 0F AE /0 with ModRM 04 and SIB 24 (base rsp). */
    static void fxsave64AtRsp(Assembler a) {
        a.emitBytes(new byte[] {0x48, 0x0F, (byte) 0xAE, 0x04, 0x24});
    }

    /** {@code fxrstor64 [rsp]}: REX.W 0F AE /1 with ModRM 0C and SIB 24 (base rsp). */
    static void fxrstor64AtRsp(Assembler a) {
        a.emitBytes(new byte[] {0x48, 0x0F, (byte) 0xAE, 0x0C, 0x24});
    }

    /** {@code lock add byte [rcx], 0}: F0 80 /0 ib with ModRM 01; writes the byte back unchanged, atomically. */
    static void lockAddZeroByteAtRcx(Assembler a) {
        a.emitBytes(new byte[] {(byte) 0xF0, (byte) 0x80, 0x01, 0x00});
    }
}
