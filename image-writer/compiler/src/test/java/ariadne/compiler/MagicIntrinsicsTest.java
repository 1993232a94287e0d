package ariadne.compiler;

import static org.junit.jupiter.api.Assertions.*;

import ariadne.compiler.abi.Symbols;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MagicIntrinsicsTest {
    private static CellFixture compile() throws CompileException {
        return CellFixture.compile(true, Map.of(
                "ariadne.magic.Address", CellFixture.MAGIC_STUBS,
                "ariadne.magic.Magic", CellFixture.MAGIC_CLASS,
                "p.Io", """
                        package p;
                        import ariadne.magic.Address;
                        import ariadne.magic.Magic;
                        class Io {
                            static void put(int c) { Magic.outb(0x3f8, c); }
                            static long end() { return Magic.symbolAddress("__image_end").toLong(); }
                            static int peek(long at) { return Address.fromLong(at).plus(8).loadInt(); }
                            static void poke(Address a) { a.storeByte(3, (byte) 7); }
                        }
                        """));
    }

    @Test
    void magicCallsBecomeInstructionsNotCalls() throws CompileException {
        CellFixture f = compile();
        for (String method : List.of("put(I)V", "peek(J)I", "poke(Lariadne/magic/Address;)V")) {
            assertEquals(List.of(), f.relocationTargets(".text.p.Io." + method), method);
        }
        assertTrue(f.cell.importedSymbols().stream().noneMatch(s -> s.startsWith("ariadne.magic")));
    }

    @Test
    void symbolAddressBecomesAnAbsoluteRelocationWithoutAStringLiteral() throws CompileException {
        CellFixture f = compile();
        assertEquals(List.of("__image_end"), f.relocationTargets(".text.p.Io.end()J"));
        assertTrue(f.elf.symbol(Symbols.stringLiteral("__image_end")).isEmpty());
    }

    @Test
    void symbolAddressNeedsALiteral() {
        List<String> errors = CellFixture.errors(true, Map.of(
                "ariadne.magic.Address", CellFixture.MAGIC_STUBS,
                "ariadne.magic.Magic", CellFixture.MAGIC_CLASS,
                "p.Dynamic", """
                        package p;
                        import ariadne.magic.Magic;
                        class Dynamic {
                            static long at(String name) { return Magic.symbolAddress(name).toLong(); }
                        }
                        """));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("p/Dynamic.java:4: Magic.symbolAddress needs a string literal"));
    }
}
