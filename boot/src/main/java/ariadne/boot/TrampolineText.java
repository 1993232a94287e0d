package ariadne.boot;

import static ariadne.boot.BootSymbols.*;
import static ariadne.x86.Reg.*;

import ariadne.x86.Assembler;
import ariadne.x86.Cond;
import ariadne.x86.Label;
import ariadne.x86.Mem;
import ariadne.x86.Mode;

/**
 * The boot code: two 32-bit entries (PVH and Multiboot1) that record how we booted, then
 * common 32-bit code that loads the GDT, identity-maps the first 4 GiB and enters long mode,
 * then 64-bit code that sets up segments, stack and SSE and calls the Java entry point with
 * the Java calling convention of docs/ABI.md.
 *
 * <p>Both loaders enter with paging off, interrupts off and flat 32-bit segments; neither
 * gives us a stack or a GDT we may keep.
 */
final class TrampolineText {
    static final String SECTION = ".boot.text";
    static final int PROTOCOL_PVH = 1;
    static final int PROTOCOL_MULTIBOOT1 = 2;
    static final int MULTIBOOT1_LOADER_MAGIC = 0x2BADB002;

    private static final int PAGE_PRESENT = 1;
    private static final int PAGE_WRITABLE = 1 << 1;
    private static final int PAGE_HUGE = 1 << 7;
    private static final int HUGE_PAGE_SIZE = 2 * 1024 * 1024;
    private static final int CR0_MP = 1 << 1;
    private static final int CR0_EM = 1 << 2;
    private static final int CR0_PG = 1 << 31;
    private static final int CR4_PAE = 1 << 5;
    private static final int CR4_OSFXSR = 1 << 9;
    private static final int CR4_OSXMMEXCPT = 1 << 10;
    private static final int MSR_EFER = 0xC0000080;
    private static final int EFER_LME = 1 << 8;
    private static final int SEGMENT_ES = 0, SEGMENT_SS = 2, SEGMENT_DS = 3, SEGMENT_FS = 4, SEGMENT_GS = 5;

    private TrampolineText() {
    }

    static BootSection build(String javaEntrySymbol) {
        Assembler entry32 = new Assembler(Mode.PROTECTED_32);
        Label pvhEntry = new Label();
        Label multibootEntry = new Label();
        Label halt32 = new Label();
        emitEntries(entry32, pvhEntry, multibootEntry, halt32);
        loadGdt(entry32);
        buildPageTables(entry32);
        enterLongMode(entry32);
        haltForever(entry32, halt32);

        Assembler long64 = new Assembler(Mode.LONG_64);
        Label longMode = new Label();
        long64.bind(longMode);
        reloadSegments(long64);
        switchToBootStack(long64);
        enableSse(long64);
        callJava(long64, javaEntrySymbol);
        haltForever(long64, new Label());

        return new SectionContents()
                .append(entry32, 1, 0)
                .define(PVH_ENTRY, pvhEntry, true, true)
                .define(MULTIBOOT_ENTRY, multibootEntry, true, true)
                .append(long64, 16, 0xCC)
                .define(LONG_MODE, longMode, false, true)
                .toSection(SECTION, BootSection.Kind.CODE, 16);
    }

    /** PVH: EBX = hvm_start_info. Multiboot1: EAX = loader magic, EBX = multiboot_info. */
    private static void emitEntries(Assembler a, Label pvhEntry, Label multibootEntry, Label halt32) {
        Label common = new Label();
        a.bind(pvhEntry);
        a.movl(RDI, PROTOCOL_PVH);                   // edi = protocol PVH
        a.jmp(common);                               // join the common path
        a.bind(multibootEntry);
        a.cmpl(RAX, MULTIBOOT1_LOADER_MAGIC);        // did a Multiboot1 loader start us?
        a.jcc(Cond.NE, halt32);                      // no: the boot-info pointer cannot be trusted
        a.movl(RDI, PROTOCOL_MULTIBOOT1);            // edi = protocol Multiboot1
        a.bind(common);
        a.cli();                                     // interrupts stay off until the nucleus has an IDT
        a.cld();                                     // string operations count upwards
        a.movabs(RAX, PROTOCOL, 0);                  // eax = &boot.protocol
        a.movl(Mem.at(RAX), RDI);                    // record the protocol
        a.movabs(RAX, INFO, 0);                      // eax = &boot.info
        a.movl(Mem.at(RAX), RBX);                    // record the boot-info pointer
    }

    private static void loadGdt(Assembler a) {
        a.movabs(RAX, GDT_POINTER, 0);               // eax = &GDTR image
        a.lgdt(Mem.at(RAX));                         // load our GDT; CS/DS keep their cached descriptors
    }

    /** PML4[0] → PDPT; PDPT[0..3] → four page directories; PD entries map 2 MiB each, identity. */
    private static void buildPageTables(Assembler a) {
        Label nextDirectory = new Label();
        Label nextHugePage = new Label();
        int tableFlags = PAGE_PRESENT | PAGE_WRITABLE;
        a.movabs(RAX, PDPT, tableFlags);             // eax = &PDPT | present | writable
        a.movabs(RDX, PML4, 0);                      // edx = &PML4
        a.movl(Mem.at(RDX), RAX);                    // PML4[0] = PDPT (upper half stays 0 from .bss)
        a.movabs(RAX, BootSymbols.PAGE_DIRECTORIES, tableFlags); // eax = &PD0 | present | writable
        a.movabs(RDX, PDPT, 0);                      // edx = &PDPT
        a.xorl(RCX, RCX);                            // ecx = PDPT index 0
        a.bind(nextDirectory);
        a.movl(Mem.at(RDX, RCX, 8, 0), RAX);         // PDPT[ecx] = PD[ecx]
        a.addl(RAX, BootBss.PAGE);                   // eax = next page directory
        a.incl(RCX);                                 // next PDPT index
        a.cmpl(RCX, BootBss.PAGE_DIRECTORIES);       // all four directories linked?
        a.jcc(Cond.B, nextDirectory);                // no: link the next one
        a.movabs(RDX, BootSymbols.PAGE_DIRECTORIES, 0); // edx = &PD0 (the four PDs are contiguous)
        a.movl(RAX, PAGE_PRESENT | PAGE_WRITABLE | PAGE_HUGE); // eax = 2 MiB page at physical 0
        a.xorl(RCX, RCX);                            // ecx = PD entry index 0
        a.bind(nextHugePage);
        a.movl(Mem.at(RDX, RCX, 8, 0), RAX);         // PD entry ecx maps ecx * 2 MiB
        a.addl(RAX, HUGE_PAGE_SIZE);                 // eax = next 2 MiB page
        a.incl(RCX);                                 // next PD entry
        a.cmpl(RCX, BootBss.PAGE_DIRECTORIES * BootBss.ENTRIES_PER_TABLE); // 4 GiB mapped?
        a.jcc(Cond.B, nextHugePage);                 // no: map the next 2 MiB
    }

    private static void enterLongMode(Assembler a) {
        a.movabs(RAX, PML4, 0);                      // eax = &PML4
        a.movCr(3, RAX);                             // CR3 = PML4
        a.movFromCr(RAX, 4);                         // eax = CR4
        a.orl(RAX, CR4_PAE);                         // set PAE (long mode requires it)
        a.movCr(4, RAX);                             // CR4 = eax
        a.movl(RCX, MSR_EFER);                       // ecx = EFER
        a.rdmsr();                                   // edx:eax = EFER
        a.orl(RAX, EFER_LME);                        // set LME (long mode enable)
        a.wrmsr();                                   // EFER = edx:eax
        a.movFromCr(RAX, 0);                         // eax = CR0
        a.orl(RAX, CR0_PG);                          // set PG: paging on, long mode active (compatibility)
        a.movCr(0, RAX);                             // CR0 = eax
        a.ljmpAbs(BootData.CODE_SELECTOR, LONG_MODE); // load the 64-bit CS: now in 64-bit mode
    }

    private static void reloadSegments(Assembler a) {
        a.movl(RAX, BootData.DATA_SELECTOR);         // eax = flat data selector
        a.movSeg(SEGMENT_DS, RAX);                   // DS = data
        a.movSeg(SEGMENT_ES, RAX);                   // ES = data
        a.movSeg(SEGMENT_SS, RAX);                   // SS = data (the loader's selector is gone with its GDT)
        a.movSeg(SEGMENT_FS, RAX);                   // FS = data
        a.movSeg(SEGMENT_GS, RAX);                   // GS = data
    }

    private static void switchToBootStack(Assembler a) {
        a.leaRip(RSP, STACK_TOP, 0);                 // rsp = top of the 1 MiB boot stack
        a.xorl(RBP, RBP);                            // rbp = 0 ends the frame chain for the unwinder
    }

    private static void enableSse(Assembler a) {
        a.movFromCr(RAX, 0);                         // rax = CR0
        a.andq(RAX, ~CR0_EM);                        // clear EM: no x87 emulation trap
        a.orq(RAX, CR0_MP);                          // set MP: WAIT/FWAIT honour TS
        a.movCr(0, RAX);                             // CR0 = rax
        a.movFromCr(RAX, 4);                         // rax = CR4
        a.orq(RAX, CR4_OSFXSR | CR4_OSXMMEXCPT);     // OS supports FXSAVE and SSE exceptions
        a.movCr(4, RAX);                             // CR4 = rax
    }

    /** {@code Kernel.start(int protocol, Address bootInfo)}: arguments pushed left to right. */
    private static void callJava(Assembler a, String javaEntrySymbol) {
        a.leaRip(RAX, PROTOCOL, 0);                  // rax = &boot.protocol
        a.movl(RDI, Mem.at(RAX));                    // rdi = protocol, zero-extended
        a.leaRip(RAX, INFO, 0);                      // rax = &boot.info
        a.movl(RSI, Mem.at(RAX));                    // rsi = boot-info physical address, zero-extended
        a.push(RDI);                                 // argument 0: protocol
        a.push(RSI);                                 // argument 1: boot-info address
        a.callSymbol(javaEntrySymbol);               // Kernel.start(protocol, bootInfo)
    }

    private static void haltForever(Assembler a, Label halt) {
        a.bind(halt);
        a.cli();                                     // no interrupt may wake us
        a.hlt();                                     // stop the CPU
        a.jmp(halt);                                 // an NMI resumes after hlt: halt again
    }
}
