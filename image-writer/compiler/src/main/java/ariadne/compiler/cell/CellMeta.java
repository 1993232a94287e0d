package ariadne.compiler.cell;

import ariadne.compiler.CellSpec;
import ariadne.compiler.template.CompiledMethod;
import ariadne.compiler.template.HandlerEntry;
import ariadne.compiler.template.LineEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .cell.meta} section: UTF-8 text, one record per line, fields separated by single
 * spaces (no field contains a space). Readers skip record kinds they do not know, so records can
 * be added without breaking them. Version 1 records, in this order:
 *
 * <pre>
 * ariadne-cell-meta 1
 * cell NAME VERSION privileged|unprivileged
 * depends CELL...                                  (omitted when there are none)
 * class JAVA.NAME size BYTES                       (one per class, then its instance fields:)
 * field NAME OFFSET KIND                           KIND: boolean byte char short int float long double reference word
 * method SYMBOL SOURCE-PATH FRAME-SLOTS            (one per compiled method, then:)
 * line CODE-OFFSET LINE                            code from CODE-OFFSET on belongs to LINE
 * handler START END HANDLER CATCH-TYPE             code offsets; CATCH-TYPE is a Java name or * for any
 * </pre>
 *
 * FRAME-SLOTS is the number of 8-byte local slots below the saved rbp: a handler's operand
 * stack starts right below them.
 */
public final class CellMeta {
    public static final String MAGIC = "ariadne-cell-meta 1";

    private final StringBuilder text = new StringBuilder(MAGIC).append('\n');

    public CellMeta(CellSpec spec) {
        record("cell", spec.name(), Integer.toString(spec.version()),
                spec.privileged() ? "privileged" : "unprivileged");
        if (!spec.dependencies().isEmpty()) {
            List<String> fields = new ArrayList<>(List.of("depends"));
            fields.addAll(spec.dependencies());
            record(fields.toArray(String[]::new));
        }
    }

    public void addClass(String javaName, int instanceSize) {
        record("class", javaName, "size", Integer.toString(instanceSize));
    }

    public void addField(String name, int offset, String kind) {
        record("field", name, Integer.toString(offset), kind);
    }

    public void addMethod(CompiledMethod method) {
        record("method", method.symbol(), method.sourcePath(), Integer.toString(method.localSlots()));
        for (LineEntry line : method.lines()) {
            record("line", Integer.toString(line.codeOffset()), Integer.toString(line.line()));
        }
        for (HandlerEntry handler : method.handlers()) {
            record("handler", Integer.toString(handler.start()), Integer.toString(handler.end()),
                    Integer.toString(handler.handler()),
                    handler.catchType() == null ? "*" : handler.catchType().replace('/', '.'));
        }
    }

    private void record(String... fields) {
        text.append(String.join(" ", fields)).append('\n');
    }

    public byte[] toBytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The records of a {@code .cell.meta} section, each split into its fields. */
    public static List<List<String>> parse(byte[] section) {
        String[] lines = new String(section, StandardCharsets.UTF_8).split("\n");
        if (lines.length == 0 || !lines[0].equals(MAGIC)) {
            throw new IllegalArgumentException("not a version 1 .cell.meta section");
        }
        List<List<String>> records = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            records.add(List.of(lines[i].split(" ")));
        }
        return records;
    }
}
