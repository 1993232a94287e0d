package ariadne.boot;

import static ariadne.boot.BootSymbols.*;

import java.util.List;

/**
 * Zero-initialised boot memory: the page tables that identity-map the first 4 GiB with 2 MiB
 * pages (one PML4, one PDPT, four page directories) and the 1 MiB boot stack (HotSpot's
 * default thread stack: a program the kernel runs recurses on it as deep as on HotSpot).
 */
final class BootBss {
    static final String SECTION = ".boot.bss";
    static final int PAGE = 4096;
    static final int PAGE_DIRECTORIES = 4;
    static final int ENTRIES_PER_TABLE = 512;
    static final int STACK_SIZE = 1024 * 1024;

    static final int PML4_OFFSET = 0;
    static final int PDPT_OFFSET = PML4_OFFSET + PAGE;
    static final int PAGE_DIRECTORIES_OFFSET = PDPT_OFFSET + PAGE;
    static final int STACK_OFFSET = PAGE_DIRECTORIES_OFFSET + PAGE_DIRECTORIES * PAGE;
    static final int SIZE = STACK_OFFSET + STACK_SIZE;

    private BootBss() {
    }

    static BootSection build() {
        return new BootSection(SECTION, BootSection.Kind.BSS, PAGE, new byte[0], SIZE, List.of(
                BootSection.Symbol.local(PML4, PML4_OFFSET),
                BootSection.Symbol.local(PDPT, PDPT_OFFSET),
                BootSection.Symbol.local(BootSymbols.PAGE_DIRECTORIES, PAGE_DIRECTORIES_OFFSET),
                BootSection.Symbol.local(STACK_BOTTOM, STACK_OFFSET),
                BootSection.Symbol.local(STACK_TOP, SIZE)), List.of());
    }
}
