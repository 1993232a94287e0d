package ariadne.kernel;

import ariadne.kernel.boot.BootInfo;
import ariadne.kernel.boot.BootModule;
import ariadne.kernel.boot.BootProtocol;
import ariadne.kernel.boot.MemoryRegion;

/** The one-line greeting; tests look for the line starting with "Ariadne ". */
public final class Banner {

    public static final String VERSION = "0.1";

    private Banner() {
    }

    /** E.g. "Ariadne 0.1 (x86-64) — booted via PVH, 127 MiB usable memory in 2 regions". */
    public static String of(BootInfo info) {
        int regions = info.usableRegionCount();
        return "Ariadne " + VERSION + " (x86-64) \u2014 booted via "
                + BootProtocol.nameOf(info.protocol()) + ", " + (info.usableBytes() >>> 20)
                + " MiB usable memory in " + regions + (regions == 1 ? " region" : " regions");
    }

    /** E.g. "Boot module: initrd.img root=/ 4096 bytes at 0x7fc3000, fnv1a 0x3c9d...": its command line, size, place and contents' hash. */
    public static String moduleLine(BootModule module) {
        return "Boot module: " + module.commandLine() + " " + module.size() + " bytes at 0x"
                + Long.toHexString(module.start()) + ", fnv1a 0x" + Long.toHexString(module.contentHash());
    }

    /** E.g. "Memory: 0x100000-0x7fe0000 type 1": one entry of the firmware's memory map, as the kernel read it. */
    public static String regionLine(MemoryRegion region) {
        return "Memory: 0x" + Long.toHexString(region.base()) + "-0x" + Long.toHexString(region.base() + region.length())
                + " type " + region.type();
    }
}
