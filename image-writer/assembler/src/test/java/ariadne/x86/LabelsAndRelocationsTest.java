package ariadne.x86;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsAndRelocationsTest {
    private final Assembler asm = new Assembler(Mode.LONG_64);

    private String hex() {
        return HexFormat.of().formatHex(asm.toByteArray());
    }

    @Test
    void backwardJumpInRangeIsShort() {
        Label top = new Label();
        asm.bind(top);
        asm.nop();
        asm.jmp(top);
        asm.jcc(Cond.NE, top);
        assertEquals("90" + "ebfd" + "75fb", hex());
    }

    @Test
    void backwardJumpOutOfShortRangeIsNear() {
        Label top = new Label();
        asm.bind(top);
        for (int i = 0; i < 126; i++) {
            asm.nop();
        }
        asm.jmp(top);           // 126 + 2 = 128 bytes back: still rel8 (-128)
        asm.jmp(top);           // rel8 would need -130: rel32 (-133 from its end)
        asm.jcc(Cond.L, top);
        byte[] code = asm.toByteArray();
        assertEquals("eb80", HexFormat.of().formatHex(code, 126, 128));
        assertEquals("e97bffffff", HexFormat.of().formatHex(code, 128, 133));
        assertEquals("0f8c75ffffff", HexFormat.of().formatHex(code, 133, 139));
    }

    @Test
    void forwardJumpsUseRel32AndArePatchedWhenBound() {
        Label end = new Label();
        asm.jmp(end);
        asm.jcc(Cond.E, end);
        asm.call(end);
        asm.nop();
        asm.bind(end);
        asm.ret();
        assertEquals("e90c000000" + "0f8406000000" + "e801000000" + "90" + "c3", hex());
    }

    @Test
    void callToBoundLabelIsRel32() {
        Label f = new Label();
        asm.bind(f);
        asm.ret();
        asm.call(f);
        assertEquals("c3" + "e8faffffff", hex());
    }

    @Test
    void leaRipOfLabel() {
        Label data = new Label();
        asm.leaRip(Reg.R8, data);
        asm.bind(data);
        asm.leaRip(Reg.RAX, data);
        assertEquals("4c8d0500000000" + "488d05f9ffffff", hex());
    }

    @Test
    void unboundLabelFailsToByteArray() {
        asm.jmp(new Label());
        assertThrows(IllegalStateException.class, asm::toByteArray);
    }

    @Test
    void labelBindsOnlyOnce() {
        Label l = new Label();
        asm.bind(l);
        assertThrows(IllegalStateException.class, () -> asm.bind(l));
        assertThrows(IllegalStateException.class, () -> new Label().position());
    }

    @Test
    void labelCannotBeSharedBetweenAssemblers() {
        Label l = new Label();
        asm.bind(l);
        Assembler other = new Assembler(Mode.LONG_64);
        assertThrows(IllegalStateException.class, () -> other.jmp(l));
        assertThrows(IllegalStateException.class, () -> other.call(l));
    }

    @Test
    void callAndJumpToSymbolsArePc32WithAddendMinus4() {
        asm.nop();
        asm.callSymbol("f");
        asm.jmpSymbol("g");
        assertEquals("90" + "e800000000" + "e900000000", hex());
        assertEquals(List.of(new Reloc(2, RelocKind.PC32, "f", -4), new Reloc(7, RelocKind.PC32, "g", -4)),
                asm.relocations());
    }

    @Test
    void leaRipOfSymbolIsPc32() {
        asm.leaRip(Reg.R12, "str:abc", 16);
        assertEquals("4c8d2500000000", hex());
        assertEquals(List.of(new Reloc(3, RelocKind.PC32, "str:abc", 12)), asm.relocations());
    }

    @Test
    void movabsIsAbs64In64BitModeAndAbs32In32BitMode() {
        asm.movabs(Reg.R9, "type:[C", 8);
        assertEquals("49b90000000000000000", hex());
        assertEquals(List.of(new Reloc(2, RelocKind.ABS64, "type:[C", 8)), asm.relocations());

        Assembler boot = new Assembler(Mode.PROTECTED_32);
        boot.movabs(Reg.RDI, "pml4", 3);
        assertArrayEquals(new byte[] {(byte) 0xBF, 0, 0, 0, 0}, boot.toByteArray());
        assertEquals(List.of(new Reloc(1, RelocKind.ABS32, "pml4", 3)), boot.relocations());
    }

    @Test
    void dataWithRelocations() {
        asm.emit8(1);
        asm.emit16(0x0302);
        asm.emit32(0x07060504);
        asm.emitAbs64("a", 5);
        asm.emitAbs32("b", -1);
        asm.emit64(0x0F0E0D0C0B0A0908L);
        asm.emitBytes(new byte[] {0x10});
        assertEquals("01020304050607" + "0000000000000000" + "00000000" + "08090a0b0c0d0e0f10", hex());
        assertEquals(List.of(new Reloc(7, RelocKind.ABS64, "a", 5), new Reloc(15, RelocKind.ABS32, "b", -1)),
                asm.relocations());
    }

    @Test
    void farJumpIn32BitMode() {
        Assembler boot = new Assembler(Mode.PROTECTED_32);
        boot.ljmpAbs(0x08, "long_mode");
        assertEquals("ea000000000800", HexFormat.of().formatHex(boot.toByteArray()));
        assertEquals(List.of(new Reloc(1, RelocKind.ABS32, "long_mode", 0)), boot.relocations());
        assertThrows(IllegalStateException.class, () -> asm.ljmpAbs(0x08, "x"));
    }

    @Test
    void alignPadsWithFillByte() {
        asm.nop();
        asm.align(8, 0xCC);
        asm.align(8, 0xCC);
        assertEquals("90cccccccccccccc", hex());
        assertThrows(IllegalArgumentException.class, () -> asm.align(6, 0));
    }

    @Test
    void relocationsListIsASnapshot() {
        asm.callSymbol("f");
        List<Reloc> before = asm.relocations();
        asm.callSymbol("g");
        assertEquals(1, before.size());
    }
}
