package ariadne.compiler;

import static ariadne.elf.ElfConstants.*;
import static org.junit.jupiter.api.Assertions.*;

import ariadne.compiler.abi.Symbols;
import ariadne.compiler.cell.CellMeta;
import ariadne.elf.ElfRelocation;
import ariadne.elf.ElfSymbol;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaticCodeTest {
    private static final String CALC = """
            package p;
            public class Calc {
                static int counter = 5;
                static final long LIMIT = 1234567890123L;
                static final String GREETING = "hi";

                static int add(int a, int b) { return a + b; }

                static long divide(long a, long b) { return a / b + a % b; }

                static int sum(int[] values) {
                    int total = 0;
                    for (int i = 0; i < values.length; i++) {
                        total += values[i];
                    }
                    return total;
                }

                static int classify(int x) {
                    switch (x) {
                        case 1: return 10;
                        case 2: return 20;
                        case 3: return 30;
                        case 1000: return 40;
                        default: return -1;
                    }
                }

                static String hello() { return "h\\u00e9llo"; }

                static int bump() { counter += Other.twice(counter); return counter; }

                static char[] chars(int n) { char[] c = new char[n]; c[0] = 'x'; return c; }

                static String[][][] grid(int a, int b) { return new String[a][b][]; }
            }
            """;
    private static final String OTHER = """
            package p;
            class Other {
                static int seed = compute();
                static int compute() { return 3; }
                static int twice(int x) { return 2 * x + seed; }
            }
            """;

    private static CellFixture compile() throws CompileException {
        return CellFixture.compile(false, Map.of("p.Calc", CALC, "p.Other", OTHER));
    }

    @Test
    void everyMethodGetsItsOwnTextSectionAndGlobalFunctionSymbol() throws CompileException {
        CellFixture f = compile();
        ElfSymbol add = f.symbol("p.Calc.add(II)I");
        assertEquals(STB_GLOBAL, add.binding());
        assertEquals(STT_FUNC, add.type());
        assertEquals(f.section(".text.p.Calc.add(II)I").index(), add.sectionIndex());
        assertTrue(f.section(".text.p.Calc.add(II)I").isExecutable());
        assertTrue(f.cell.exportedSymbols().contains("p.Calc.sum([I)I"));
    }

    @Test
    void divisionCallsTheRuntimeOnlyForZeroDivisors() throws CompileException {
        CellFixture f = compile();
        assertTrue(f.relocationTargets(".text.p.Calc.divide(JJ)J").contains("ariadne.runtime.Throws.divideByZero()V"));
        assertTrue(f.cell.importedSymbols().contains("ariadne.runtime.Throws.divideByZero()V"));
    }

    @Test
    void arrayAccessIsBoundsCheckedAndAllocationGoesThroughTheRuntime() throws CompileException {
        CellFixture f = compile();
        List<String> sum = f.relocationTargets(".text.p.Calc.sum([I)I");
        assertTrue(sum.contains("ariadne.runtime.Throws.arrayIndex(II)V"));
        assertTrue(sum.contains("ariadne.runtime.Throws.nullPointer()V"));
        List<String> chars = f.relocationTargets(".text.p.Calc.chars(I)[C");
        assertTrue(chars.contains("ariadne.runtime.Allocator.allocateArray(Lariadne/magic/Address;II)Ljava/lang/Object;"));
        assertTrue(chars.contains("type:[C"));
        assertEquals(STB_WEAK, f.symbol("type:[C").binding());
    }

    @Test
    void multiDimensionalArraysAreBuiltBySyntheticHelpersOneDimensionAtATime() throws CompileException {
        CellFixture f = compile();
        assertTrue(f.relocationTargets(".text.p.Calc.grid(II)[[[Ljava/lang/String;")
                .contains("p.Calc.$multianewarray(II)[[[Ljava/lang/String;"));
        List<String> outer = f.relocationTargets(".text.p.Calc.$multianewarray(II)[[[Ljava/lang/String;");
        assertTrue(outer.contains("type:[[[Ljava.lang.String;"), outer.toString());
        assertTrue(outer.contains("p.Calc.$multianewarray(I)[[Ljava/lang/String;"), outer.toString());
        assertTrue(f.relocationTargets(".text.p.Calc.$multianewarray(I)[[Ljava/lang/String;")
                .contains("type:[[Ljava.lang.String;"));
        assertEquals(STB_WEAK, f.symbol("type:[Ljava.lang.String;").binding());
    }

    @Test
    void staticsLiveInTheClassDataSectionWithConstantsPreset() throws CompileException {
        CellFixture f = compile();
        ElfSymbol limit = f.symbol("static:p.Calc.LIMIT");
        byte[] data = f.section(".data.p.Calc").data();
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = (value << 8) | (data[(int) limit.value() + i] & 0xff);
        }
        assertEquals(1234567890123L, value);
        assertTrue(f.section(".data.p.Calc").isWritable());
        assertTrue(f.relocationTargets(".data.p.Calc").contains(Symbols.stringLiteral("hi")));
    }

    @Test
    void touchingAClassWithAnInitialiserGoesThroughItsGuard() throws CompileException {
        CellFixture f = compile();
        List<String> bump = f.relocationTargets(".text.p.Calc.bump()I");
        assertTrue(bump.contains("clinit-state:p.Other"));
        assertTrue(bump.contains("p.Other.<clinit-guard>()V"));
        // Calc's own <clinit> (counter = 5) is not guarded inside Calc itself.
        assertFalse(bump.contains("p.Calc.<clinit-guard>()V"));
        assertTrue(f.relocationTargets(".text.p.Other.<clinit-guard>()V").contains("p.Other.<clinit>()V"));
        assertEquals(1, f.symbol("clinit-state:p.Other").size());
    }

    @Test
    void stringLiteralsAreWeakStringObjectsPointingAtTheirCharacters() throws CompileException {
        CellFixture f = compile();
        String symbol = Symbols.stringLiteral("h\u00e9llo");
        ElfSymbol literal = f.symbol(symbol);
        assertEquals(STB_WEAK, literal.binding());
        byte[] bytes = f.section(".rodata.str." + symbol.substring(4)).data();
        // Object header (16) + value (8) + hash (4) → 32 bytes; then the char[]: header, length 5, UTF-16LE.
        assertEquals(32, literal.size());
        assertEquals(5, bytes[32 + 16]);
        assertEquals((byte) 0xe9, bytes[32 + 24 + 2]);
        List<String> targets = f.relocationTargets(".rodata.str." + symbol.substring(4));
        assertEquals(List.of("type:java.lang.String", symbol, "type:[C"), targets);
        // The value field (offset 16) points 32 bytes into the literal's own section: its chars.
        ElfRelocation value = f.elf.relocationsFor(f.section(".rodata.str." + symbol.substring(4)).index()).get(1);
        assertEquals(16, value.offset());
        assertEquals(32, value.addend());
    }

    @Test
    void cellMetaHasTheDescriptorAndLineTables() throws CompileException {
        CellFixture f = compile();
        List<List<String>> records = CellMeta.parse(f.section(".cell.meta").data());
        assertEquals(List.of("cell", "test", "1", "unprivileged"), records.get(0));
        assertEquals(List.of("depends", "java.base"), records.get(1));
        int method = records.indexOf(List.of("method", "p.Calc.add(II)I", "p/Calc.java", "0"));
        assertTrue(method > 0, "method record missing: " + records);
        assertEquals(List.of("line", "4", "7"), records.get(method + 1));
    }
}
