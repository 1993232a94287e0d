package ariadne.kernel.boot;

import ariadne.magic.Address;

/** Picks the reader for the protocol the trampoline reports. */
public final class BootInfoReader {

    private BootInfoReader() {
    }

    /**
     * The end of the boot loader's data, so the heap can start above it (QEMU's Multiboot
     * loader puts the command line right after the image). Allocates nothing; 0 if unknown.
     */
    public static long dataEnd(int protocol, Address info) {
        if (protocol == BootProtocol.PVH && PvhStartInfo.isValid(info)) {
            return PvhStartInfo.dataEnd(info);
        }
        if (protocol == BootProtocol.MULTIBOOT1 && !info.isZero()) {
            return MultibootInfo.dataEnd(info);
        }
        return 0;
    }

    public static BootInfo read(int protocol, Address info) {
        if (protocol == BootProtocol.PVH) {
            if (!PvhStartInfo.isValid(info)) {
                throw new IllegalArgumentException("PVH start info without its magic number");
            }
            return PvhStartInfo.read(info);
        }
        if (protocol == BootProtocol.MULTIBOOT1 && !info.isZero()) {
            return MultibootInfo.read(info);
        }
        throw new IllegalArgumentException("unknown boot protocol " + protocol);
    }
}
