package ariadne.elf;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Builds an ELF string table (.strtab, .shstrtab): NUL-terminated UTF-8, offset 0 is "". */
final class StringTableBuilder {
    private final ByteSink sink = new ByteSink();
    private final Map<String, Integer> offsets = new HashMap<>();

    StringTableBuilder() {
        sink.u8(0);
        offsets.put("", 0);
    }

    /** Returns the offset of {@code name}, adding it once. */
    int add(String name) {
        Integer known = offsets.get(name);
        if (known != null) {
            return known;
        }
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        for (byte b : utf8) {
            if (b == 0) {
                throw new IllegalArgumentException("ELF names cannot contain NUL: " + name);
            }
        }
        int offset = sink.position();
        sink.bytes(utf8);
        sink.u8(0);
        offsets.put(name, offset);
        return offset;
    }

    byte[] bytes() {
        return sink.toByteArray();
    }
}
