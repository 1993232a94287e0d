package ariadne.boot;

import java.util.List;

/**
 * The boot protocol of the image as one ELF64 relocatable object, which the linker places
 * first: {@code .boot.multiboot} (Multiboot1 header), {@code .note.pvh} (PVH entry note),
 * {@code .boot.text} (32-bit entries, trampoline to long mode, call into Java),
 * {@code .boot.data} (GDT) and {@code .boot.bss} (page tables, boot stack).
 *
 * <p>It references the linker-defined {@code __image_start}, {@code __load_end} and
 * {@code __bss_end} and the Java entry point, and defines the global entry symbols
 * {@link #ENTRY_SYMBOL} and {@link #PVH_ENTRY_SYMBOL}.
 */
public final class BootTrampoline {
    /** The Multiboot1 entry; also the ELF entry point. */
    public static final String ENTRY_SYMBOL = BootSymbols.MULTIBOOT_ENTRY;
    /** The PVH entry named by the {@code .note.pvh} note. */
    public static final String PVH_ENTRY_SYMBOL = BootSymbols.PVH_ENTRY;

    private BootTrampoline() {
    }

    /**
     * The boot object; its 64-bit code ends by calling {@code javaEntrySymbol} as
     * {@code start(int protocol, Address bootInfo)} (docs/ABI.md, "Boot hand-off").
     */
    public static byte[] buildObject(String javaEntrySymbol) {
        return BootElfWriter.toBytes(sections(javaEntrySymbol));
    }

    static List<BootSection> sections(String javaEntrySymbol) {
        if (javaEntrySymbol == null || javaEntrySymbol.isEmpty()) {
            throw new IllegalArgumentException("the Java entry symbol is required");
        }
        return List.of(
                MultibootHeader.build(),
                PvhNote.build(),
                TrampolineText.build(javaEntrySymbol),
                BootData.build(),
                BootBss.build());
    }
}
