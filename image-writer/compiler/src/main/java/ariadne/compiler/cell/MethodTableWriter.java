package ariadne.compiler.cell;

import static ariadne.elf.ElfConstants.*;

import ariadne.compiler.abi.Symbols;
import ariadne.compiler.template.CompiledMethod;
import ariadne.compiler.template.HandlerEntry;
import ariadne.compiler.template.LineEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cell's method table: the loaded, read-only section {@value #SECTION} that the unwinder and
 * stack traces read at run time (the runtime's reader is {@code ariadne.runtime.unwind}). The
 * section starts at the global symbol {@code methods:CELL}; the linker gathers every such section
 * between {@code __method_tables_start} and {@code __method_tables_end}. Little-endian, 8-aligned,
 * its size a multiple of 8 so tables placed one after another leave no gap:
 *
 * <pre>
 * header   +0 u32 MAGIC  +4 u32 method count  +8 u32 table size in bytes  +12 u32 0
 * entry i (at 16 + 40*i)
 *          +0  u64 code start (R_X86_64_64 to the method symbol)
 *          +8  u32 code size in bytes
 *          +12 u32 frame slots: 8-byte locals below the saved rbp (a handler's rsp is rbp - 8*slots - 8,
 *                  holding the exception)
 *          +16 u32 class name       \  each an offset from the entry's own address to a string:
 *          +20 u32 method name       | u16 byte length, then UTF-8 bytes; the file name is 0
 *          +24 u32 source file name /  when the class has no SourceFile attribute
 *          +28 u32 line table: offset from the entry to u32 count, then count * (u32 code offset, u32 line),
 *                  ascending code offsets; code from an offset on belongs to its line
 *          +32 u32 handler table: offset from the entry, or 0 when the method has none; u32 count, u32 0,
 *                  then count * (u32 start, u32 end, u32 handler, u32 0, u64 catch type TIB or 0 for any),
 *                  in the class file's order (the first that covers the offset and matches wins)
 *          +36 u32 0
 * </pre>
 */
public final class MethodTableWriter {
    public static final String SECTION = ".rodata.ariadne.methods";
    public static final int MAGIC = 0x31544d41; // "AMT1"
    public static final int HEADER_SIZE = 16;
    public static final int ENTRY_SIZE = 40;

    private final SectionBuilder table = new SectionBuilder(SECTION, SHT_PROGBITS, SHF_ALLOC, 8);
    private final List<CompiledMethod> methods;
    /** The strings and tables that follow the entries, and where each string and catch type went in them. */
    private final LittleEndianBytes tail = new LittleEndianBytes();
    private final Map<String, Integer> stringOffsets = new HashMap<>();
    private final List<CatchTypeField> catchTypes = new ArrayList<>();

    private record CatchTypeField(int tailOffset, String typeSymbol) {
    }

    private MethodTableWriter(List<CompiledMethod> methods) {
        this.methods = methods;
    }

    /** The global symbol naming the method table of {@code cell} (the in-OS loader registers it). */
    public static String tableSymbol(String cell) {
        return "methods:" + cell;
    }

    static SectionBuilder write(String cell, List<CompiledMethod> methods) {
        return new MethodTableWriter(methods).build(cell);
    }

    private SectionBuilder build(String cell) {
        int tailStart = HEADER_SIZE + ENTRY_SIZE * methods.size();
        int[][] fields = new int[methods.size()][];
        for (int i = 0; i < methods.size(); i++) {
            fields[i] = describe(methods.get(i));
        }
        tail.alignTo(8);
        int size = tailStart + tail.position();

        table.putInt(MAGIC);
        table.putInt(methods.size());
        table.putInt(size);
        table.putInt(0);
        for (int i = 0; i < methods.size(); i++) {
            CompiledMethod method = methods.get(i);
            int entry = HEADER_SIZE + ENTRY_SIZE * i;
            table.putAddress(method.symbol(), 0);
            table.putInt(method.code().code().length);
            table.putInt(method.localSlots());
            for (int f = 0; f < fields[i].length; f++) {
                int tailOffset = fields[i][f];
                table.putInt(tailOffset < 0 ? 0 : tailStart + tailOffset - entry);
            }
            table.putInt(0);
        }
        table.putBytes(tail.toByteArray());
        for (CatchTypeField type : catchTypes) {
            table.relocate(tailStart + type.tailOffset(), R_X86_64_64, type.typeSymbol(), 0);
        }
        table.define(tableSymbol(cell), 0, size, STB_GLOBAL, STT_OBJECT);
        return table;
    }

    /** Writes the method's strings and tables into the tail; their tail offsets (-1: none), in entry order. */
    private int[] describe(CompiledMethod method) {
        String symbol = method.symbol();
        String qualified = symbol.substring(0, symbol.indexOf('('));
        int dot = qualified.lastIndexOf('.');
        int className = string(qualified.substring(0, dot));
        int methodName = string(qualified.substring(dot + 1));
        int fileName = fileName(method.sourcePath());
        int lines = lineTable(method.lines());
        int handlers = method.handlers().isEmpty() ? -1 : handlerTable(method.handlers());
        return new int[] {className, methodName, fileName, lines, handlers};
    }

    private int fileName(String sourcePath) {
        if (sourcePath.endsWith(".class")) {
            return -1; // no SourceFile attribute: HotSpot prints "Unknown Source"
        }
        return string(sourcePath.substring(sourcePath.lastIndexOf('/') + 1));
    }

    private int string(String value) {
        Integer known = stringOffsets.get(value);
        if (known != null) {
            return known;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > 0xFFFF) {
            throw new IllegalArgumentException("name too long for the method table: " + value);
        }
        int offset = tail.position();
        tail.putShort(utf8.length);
        tail.writeBytes(utf8);
        stringOffsets.put(value, offset);
        return offset;
    }

    private int lineTable(List<LineEntry> lines) {
        tail.alignTo(4);
        int offset = tail.position();
        tail.putInt(lines.size());
        for (LineEntry line : lines) {
            tail.putInt(line.codeOffset());
            tail.putInt(line.line());
        }
        return offset;
    }

    private int handlerTable(List<HandlerEntry> handlers) {
        tail.alignTo(8);
        int offset = tail.position();
        tail.putInt(handlers.size());
        tail.putInt(0);
        for (HandlerEntry handler : handlers) {
            tail.putInt(handler.start());
            tail.putInt(handler.end());
            tail.putInt(handler.handler());
            tail.putInt(0);
            if (handler.catchType() != null) {
                catchTypes.add(new CatchTypeField(tail.position(), Symbols.type(handler.catchType())));
            }
            tail.putLong(0);
        }
        return offset;
    }
}
