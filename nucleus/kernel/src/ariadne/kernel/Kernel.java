package ariadne.kernel;

import ariadne.kernel.boot.BootInfo;
import ariadne.kernel.boot.BootInfoReader;
import ariadne.kernel.serial.Serial16550;
import ariadne.magic.Address;
import ariadne.magic.Entrypoint;
import ariadne.runtime.Allocator;
import ariadne.runtime.Machine;

/** Where Java starts: the boot trampoline calls {@link #start} in long mode. */
public final class Kernel {

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

        Serial16550 console = new Serial16550(Serial16550.COM1);
        console.initialize();

        BootInfo info = BootInfoReader.read(protocol, bootInfo);
        console.println(Banner.of(info));
        console.println("Command line: " + info.commandLine());

        if (CommandLine.hasWord(info.commandLine(), "exit")) {
            console.println("Ariadne: exit requested, shutting down");
            Machine.exitQemu(0);
        }
        Machine.halt();
    }
}
