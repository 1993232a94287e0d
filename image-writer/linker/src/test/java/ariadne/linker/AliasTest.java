package ariadne.linker;

import static ariadne.elf.ElfConstants.*;
import static ariadne.linker.ImageLayoutTest.readU32;
import static ariadne.linker.TestObjects.*;
import static org.junit.jupiter.api.Assertions.*;

import ariadne.elf.ElfReader;
import ariadne.elf.ElfSymbol;
import ariadne.elf.RelocatableBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Link-time bound native methods: the caller's undefined symbol is an alias of a defined one. */
class AliasTest {
    private static final String NATIVE = "ariadne.kernel.ProgramEntry.main([Ljava/lang/String;)V";
    private static final String PROGRAM = "demo.Main.main([Ljava/lang/String;)V";

    /** A caller of the native method and the program that implements it. */
    private static NamedObject program() {
        RelocatableBuilder b = new RelocatableBuilder();
        int caller = b.addSection(".text.caller", SHT_PROGBITS, TEXT, 16, new byte[] {(byte) 0xe8, 0, 0, 0, 0});
        b.addRelocation(caller, 1, R_X86_64_PLT32, NATIVE, -4);
        b.defineSymbol("caller", caller, 0, 5, STB_GLOBAL, STT_FUNC);
        int main = b.addSection(".text." + PROGRAM, SHT_PROGBITS, TEXT, 16, new byte[] {(byte) 0xc3});
        b.defineSymbol(PROGRAM, main, 0, 1, STB_GLOBAL, STT_FUNC);
        return new NamedObject("program.cell", b.toBytes());
    }

    private static LinkOptions options() {
        return new LinkOptions(ENTRY).withAlias(NATIVE, PROGRAM);
    }

    @Test
    void referencesToTheAliasReachItsTarget() {
        LinkResult result = ImageLinker.link(List.of(boot(), kernel(), runtime(), program()), options());
        long call = result.symbolAddress("caller");
        int displacement = (int) readU32(result.image(), call + 1 - 0x100000 + 0x1000);
        assertEquals(result.symbolAddress(PROGRAM), call + 5 + displacement);
        assertEquals(result.symbolAddress(PROGRAM), result.symbolAddress(NATIVE));
        ElfSymbol alias = ElfReader.read(result.image()).symbol(NATIVE).orElseThrow();
        assertEquals(result.symbolAddress(PROGRAM), alias.value());
        assertTrue(result.map().contains(NATIVE + "  <alias of " + PROGRAM + ">"), result.map());
    }

    @Test
    void aliasOfAnUndefinedSymbolIsReported() {
        LinkException e = assertThrows(LinkException.class, () -> ImageLinker.link(
                List.of(boot(), kernel(), runtime(), program()), new LinkOptions(ENTRY).withAlias(NATIVE, "nowhere")));
        assertTrue(e.getMessage().contains("alias " + NATIVE + " is bound to undefined symbol nowhere"),
                e.getMessage());
    }

    @Test
    void aliasNameDefinedByAnInputIsReported() {
        LinkException e = assertThrows(LinkException.class, () -> ImageLinker.link(
                List.of(boot(), kernel(), runtime(), program()), new LinkOptions(ENTRY).withAlias("caller", PROGRAM)));
        assertTrue(e.getMessage().contains("alias caller is also defined in program.cell(.text.caller)"),
                e.getMessage());
    }

    @Test
    void anAliasIsBoundOnce() {
        assertThrows(IllegalArgumentException.class, () -> options().withAlias(NATIVE, "other"));
    }
}
