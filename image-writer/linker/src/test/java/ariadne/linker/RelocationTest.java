package ariadne.linker;

import static ariadne.elf.ElfConstants.*;
import static ariadne.linker.ImageLayoutTest.readU32;
import static ariadne.linker.ImageLayoutTest.readU64;
import static ariadne.linker.TestObjects.*;
import static org.junit.jupiter.api.Assertions.*;

import ariadne.elf.RelocatableBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelocationTest {
    private static final long BASE = 0x100000;
    private final LinkResult result = ImageLinker.link(List.of(boot(), kernel(), runtime()),
            new LinkOptions(ENTRY));
    private final byte[] image = result.image();

    private static long fileOffset(long address) {
        return address - BASE + 0x1000;
    }

    @Test
    void absolute64PointsAtTheChosenDefinition() {
        long literal = result.symbolAddress("str:abc");
        assertEquals(literal, readU64(image, fileOffset(result.symbolAddress(START) + 2)));
        assertEquals(literal, readU64(image, fileOffset(result.symbolAddress("static:ariadne.kernel.Kernel.greeting"))));
        assertEquals(result.symbolAddress("type:java.lang.String"), readU64(image, fileOffset(literal)));
    }

    @Test
    void pcRelativeCallsReachTheirTargets() {
        long call = result.symbolAddress(ENTRY);
        int displacement = (int) readU32(image, fileOffset(call + 1));
        assertEquals(result.symbolAddress(START), call + 5 + displacement, "PC32 from the boot code");

        long plt = result.symbolAddress(START) + 11;
        int pltDisplacement = (int) readU32(image, fileOffset(plt));
        assertEquals(result.symbolAddress("ariadne.runtime.Throws.nullPointer()V"), plt + 4 + pltDisplacement,
                "PLT32 is treated as PC32");
    }

    @Test
    void absolute32CarriesLinkerSymbols() {
        assertEquals(result.symbolAddress("__load_end"), readU32(image, 0x1000 + 8));
        assertEquals(result.symbolAddress("__bss_end"), readU32(image, 0x1000 + 12));
        assertEquals(result.symbolAddress(ENTRY), readU32(image, 0x1010 + 16));
    }

    @Test
    void unsigned32RejectsNegativeValues() {
        LinkException e = assertThrows(LinkException.class, () -> linkWithReference(R_X86_64_32, -2 * BASE));
        assertTrue(e.getMessage().contains("R_X86_64_32 in user.o(.rodata.refs) at offset 0x4 against " + START),
                e.getMessage());
        assertTrue(e.getMessage().contains("does not fit in unsigned 32 bits"), e.getMessage());
    }

    @Test
    void signed32RejectsValuesAbove2GiB() {
        LinkException e = assertThrows(LinkException.class, () -> linkWithReference(R_X86_64_32S, 0x7fffffffL));
        assertTrue(e.getMessage().contains("R_X86_64_32S in user.o(.rodata.refs) at offset 0x4"), e.getMessage());
        assertTrue(e.getMessage().contains("does not fit in signed 32 bits"), e.getMessage());
    }

    @Test
    void pcRelativeRejectsFarTargets() {
        LinkException e = assertThrows(LinkException.class, () -> linkWithReference(R_X86_64_PC32, 1L << 32));
        assertTrue(e.getMessage().contains("R_X86_64_PC32 in user.o(.rodata.refs)"), e.getMessage());
    }

    @Test
    void inRangeValuesOfEveryWidthArePatched() {
        byte[] linked = linkWithReference(R_X86_64_32S, 0x10).image();
        assertEquals(result.symbolAddress(START) + 0x10, readU32(linked, fileOffset(BASE + 0x1058) + 4));
    }

    /** Links the three test objects plus one whose read-only data refers to START at offset 4. */
    private static LinkResult linkWithReference(int type, long addend) {
        RelocatableBuilder b = new RelocatableBuilder();
        int refs = b.addSection(".rodata.refs", SHT_PROGBITS, RODATA, 8, new byte[8]);
        b.addRelocation(refs, 4, type, START, addend);
        return ImageLinker.link(List.of(boot(), kernel(), runtime(), new NamedObject("user.o", b.toBytes())),
                new LinkOptions(ENTRY));
    }
}
