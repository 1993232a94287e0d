package ariadne.boot;

import static ariadne.elf.ElfConstants.*;
import static ariadne.x86.Reg.*;

import ariadne.elf.RelocatableBuilder;
import ariadne.x86.Assembler;
import ariadne.x86.Cond;
import ariadne.x86.Label;
import ariadne.x86.Mem;
import ariadne.x86.Mode;
import ariadne.x86.Xmm;
import java.nio.charset.StandardCharsets;

/**
 * A hand-assembled stand-in for {@code Kernel.start(int protocol, Address bootInfo)}: checks
 * what the trampoline promises (SSE on, 4 GiB identity-mapped, arguments in Java slots, the
 * boot-info record matches the protocol), reports on the serial port and exits QEMU through
 * isa-debug-exit with the protocol number as status.
 */
final class JavaEntryStub {
    static final String SYMBOL = "ariadne.kernel.Kernel.start(ILariadne/magic/Address;)V";
    static final int PVH_START_INFO_MAGIC = 0x336ec578;
    private static final int COM1 = 0x3F8;
    private static final int DEBUG_EXIT_PORT = 0xF4;

    private JavaEntryStub() {
    }

    static byte[] object() {
        Assembler a = new Assembler(Mode.LONG_64);
        Label badInfo = new Label();
        Label report = new Label();
        Label prefix = new Label();
        Label ok = new Label();
        Label bad = new Label();
        a.push(RBP);                                  // Java prologue: link the frame
        a.movq(RBP, RSP);                             // rbp = frame
        a.movl(RBX, Mem.at(RBP, 24));                 // ebx = argument 0, protocol
        a.movq(R12, Mem.at(RBP, 16));                 // r12 = argument 1, boot-info address
        a.movq(Xmm.XMM0, RBX);                        // SSE must be enabled (else #UD, triple fault)
        a.addsd(Xmm.XMM0, Xmm.XMM0);                  // an SSE2 arithmetic instruction
        a.movq(RAX, 0xFFFF_F000L);                    // rax = last page below 4 GiB
        a.movl(RAX, Mem.at(RAX));                     // must be mapped (else #PF, triple fault)
        printString(a, prefix);                       // "protocol="
        a.movl(RAX, RBX);                             // eax = protocol
        a.addl(RAX, '0');                             // as an ASCII digit
        printAl(a);                                   // print it
        a.cmpl(RBX, TrampolineText.PROTOCOL_PVH);     // PVH?
        Label multiboot = new Label();
        a.jcc(Cond.NE, multiboot);                    // no: check the Multiboot1 record
        a.cmpl(Mem.at(R12), PVH_START_INFO_MAGIC);    // hvm_start_info.magic
        a.jcc(Cond.NE, badInfo);                      // wrong record
        a.jmp(report);                                // record fine
        a.bind(multiboot);
        a.testl(Mem.at(R12), 1);                      // multiboot_info.flags bit 0: memory sizes valid
        a.jcc(Cond.E, badInfo);                       // missing: wrong record
        a.bind(report);
        printString(a, ok);                           // " info=ok\n"
        exit(a);
        a.bind(badInfo);
        printString(a, bad);                          // " info=bad\n"
        exit(a);
        a.bind(prefix);
        a.emitBytes("protocol=\0".getBytes(StandardCharsets.US_ASCII));
        a.bind(ok);
        a.emitBytes(" info=ok\n\0".getBytes(StandardCharsets.US_ASCII));
        a.bind(bad);
        a.emitBytes(" info=bad\n\0".getBytes(StandardCharsets.US_ASCII));

        RelocatableBuilder elf = new RelocatableBuilder();
        int text = elf.addSection(".text." + SYMBOL, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 16, a.toByteArray());
        elf.defineSymbol(SYMBOL, text, 0, 0, STB_GLOBAL, STT_FUNC);
        return elf.toBytes();
    }

    /** Prints the NUL-terminated string at {@code string}. */
    private static void printString(Assembler a, Label string) {
        Label next = new Label();
        Label done = new Label();
        a.leaRip(RSI, string);                        // rsi = string
        a.bind(next);
        a.movzxbl(RAX, Mem.at(RSI));                  // eax = next character
        a.testl(RAX, RAX);                            // NUL?
        a.jcc(Cond.E, done);                          // yes: done
        printAl(a);                                   // print it
        a.incq(RSI);                                  // advance
        a.jmp(next);                                  // and loop
        a.bind(done);
    }

    private static void printAl(Assembler a) {
        a.movl(RDX, COM1);                            // dx = COM1 data port
        a.outb();                                     // send al
    }

    private static void exit(Assembler a) {
        Label halt = new Label();
        a.movl(RAX, RBX);                             // eax = protocol: the exit status
        a.outb(DEBUG_EXIT_PORT);                      // QEMU exits with (status << 1) | 1
        a.bind(halt);
        a.hlt();                                      // not reached under QEMU with isa-debug-exit
        a.jmp(halt);                                  // halt again after an NMI
    }
}
