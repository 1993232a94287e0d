package ariadne.linker;

import java.util.List;

/** Names of the symbols the linker defines (docs/ABI.md); no input may define them. */
final class LinkerSymbols {
    static final String IMAGE_START = "__image_start";
    static final String TEXT_END = "__text_end";
    static final String DATA_START = "__data_start";
    static final String LOAD_END = "__load_end";
    static final String BSS_START = "__bss_start";
    static final String BSS_END = "__bss_end";
    static final String IMAGE_END = "__image_end";
    /** Bounds of the cells' method tables, gathered contiguously (equal when there are none). */
    static final String METHOD_TABLES_START = "__method_tables_start";
    static final String METHOD_TABLES_END = "__method_tables_end";

    static final List<String> ALL = List.of(IMAGE_START, TEXT_END, DATA_START, LOAD_END, BSS_START, BSS_END,
            IMAGE_END, METHOD_TABLES_START, METHOD_TABLES_END);

    private LinkerSymbols() {
    }

    static boolean isReserved(String name) {
        return ALL.contains(name);
    }
}
