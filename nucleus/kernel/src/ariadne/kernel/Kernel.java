package ariadne.kernel;

import ariadne.base.Machine;
import ariadne.base.SerialPort;
import ariadne.interrupts.Interrupts;
import ariadne.kernel.boot.BootInfo;
import ariadne.kernel.boot.BootInfoReader;
import ariadne.kernel.serial.Serial16550;
import ariadne.loader.Loader;
import ariadne.magic.Address;
import ariadne.magic.Entrypoint;
import ariadne.memory.Memory;
import ariadne.memory.UsableMemory;
import ariadne.ownership.Unique;
import ariadne.runtime.Allocator;

/** Where Java starts: the boot trampoline calls {@link #start} in long mode. */
public final class Kernel {

    /** Command-line word: run the linked-in program and exit with its status, silently. */
    private static final String RUN_PROGRAM = "program";
    /** Command-line word: shut down (QEMU status 1, i.e. success) after booting. */
    private static final String EXIT = "exit";

    private Kernel() {
    }

    /**
     * @param protocol 1 = PVH, 2 = Multiboot1 (docs/ABI.md)
     * @param bootInfo physical address of the loader's record (hvm_start_info or multiboot_info)
     */
    @Entrypoint
    public static void start(int protocol, Address bootInfo) {
        // Before the first allocation: keep the heap clear of the loader's data.
        Allocator.startAbove(Address.fromLong(BootInfoReader.dataEnd(protocol, bootInfo)));
        initializeSerialPorts();

        BootInfo info = BootInfoReader.read(protocol, bootInfo);
        startMemoryAndInterrupts(info);
        String commandLine = info.commandLine();
        Loader.boot(commandLine);
        if (CommandLine.hasWord(commandLine, RUN_PROGRAM)) {
            ProgramEntry.main(CommandLine.wordsAfter(commandLine, RUN_PROGRAM));
            Machine.exitQemu(0);
        }

        System.out.println(Banner.of(info));
        for (int i = 0; i < info.regionCount(); i++) {
            System.out.println(Banner.regionLine(info.region(i)));
        }
        for (int i = 0; i < info.moduleCount(); i++) {
            System.out.println(Banner.moduleLine(info.module(i)));
        }
        System.out.println("Command line: " + commandLine);
        if (CommandLine.hasWord(commandLine, EXIT)) {
            System.out.println("Ariadne: exit requested, shutting down");
            Machine.exitQemu(0);
        }
        Machine.halt();
    }

    /**
     * Frames, page tables and the kernel heap from the firmware's memory map, boot modules kept
     * out of the frame allocator; then IDT, APIC timer, interrupts on.
     */
    private static void startMemoryAndInterrupts(BootInfo info) {
        @Unique UsableMemory usable = new UsableMemory();
        for (int i = 0; i < info.regionCount(); i++) {
            if (info.region(i).isUsable()) {
                usable.add(info.region(i).base(), info.region(i).length());
            }
        }
        for (int i = 0; i < info.moduleCount(); i++) {
            usable.exclude(info.module(i).start(), info.module(i).size());
        }
        Memory.initialize(usable);
        Interrupts.initialize();
    }

    /** COM1 carries System.out; COM2, when the machine has one, System.err. */
    private static void initializeSerialPorts() {
        new Serial16550(SerialPort.COM1).initialize();
        if (SerialPort.isPresent(SerialPort.COM2)) {
            new Serial16550(SerialPort.COM2).initialize();
        }
    }
}
