package ariadne.boot;

/** Names of the symbols the boot object defines or references. */
final class BootSymbols {
    // defined here, global: the two ways in
    static final String MULTIBOOT_ENTRY = "boot.multiboot_entry";
    static final String PVH_ENTRY = "boot.pvh_entry";

    // defined here, local to the boot object
    static final String MULTIBOOT_HEADER = "boot.multiboot_header";
    static final String LONG_MODE = "boot.long_mode";
    static final String GDT = "boot.gdt";
    static final String GDT_POINTER = "boot.gdt_pointer";
    static final String PROTOCOL = "boot.protocol";
    static final String INFO = "boot.info";
    static final String PML4 = "boot.pml4";
    static final String PDPT = "boot.pdpt";
    static final String PAGE_DIRECTORIES = "boot.page_directories";
    static final String STACK_BOTTOM = "boot.stack_bottom";
    static final String STACK_TOP = "boot.stack_top";

    // defined by the linker (docs/ABI.md)
    static final String IMAGE_START = "__image_start";
    static final String LOAD_END = "__load_end";
    static final String BSS_END = "__bss_end";

    private BootSymbols() {
    }
}
