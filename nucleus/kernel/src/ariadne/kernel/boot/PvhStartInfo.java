package ariadne.kernel.boot;

import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.runtime.Allocator;

/**
 * Reads Xen's PVH {@code hvm_start_info} (all fields little-endian):
 * <pre>
 *  0 u32 magic 0x336ec578   4 u32 version   8 u32 flags   12 u32 nr_modules
 * 16 u64 modlist_paddr     24 u64 cmdline_paddr          32 u64 rsdp_paddr
 * 40 u64 memmap_paddr      48 u32 memmap_entries  (version 1 and later)
 * </pre>
 * Memory map entries are {u64 addr, u64 size, u32 type, u32 reserved}; module entries are
 * {u64 paddr, u64 size, u64 cmdline_paddr, u64 reserved}.
 */
public final class PvhStartInfo {

    public static final int MAGIC = 0x336ec578;

    private static final int VERSION = 4;
    private static final int MODULE_COUNT = 12;
    private static final int MODULE_LIST = 16;
    private static final int COMMAND_LINE = 24;
    private static final int MEMORY_MAP = 40;
    private static final int MEMORY_MAP_ENTRIES = 48;
    private static final int SIZE_V1 = 56;

    private static final int MEMORY_ENTRY_SIZE = 24;
    private static final int MODULE_ENTRY_SIZE = 32;

    private PvhStartInfo() {
    }

    public static boolean isValid(Address info) {
        return !info.isZero() && info.loadInt() == MAGIC;
    }

    /**
     * Where the boot heap may start: above this record, its command line, memory map and module
     * list, and above every boot module that would otherwise lie in the heap's window above the
     * image. QEMU puts a PVH initrd at the top of low RAM, far from the image, where the frame
     * allocator keeps it out instead (the kernel excludes every module); counting it here would
     * push the boot heap off the end of memory. Allocates nothing.
     */
    public static long dataEnd(Address info) {
        long end = info.toLong() + SIZE_V1;
        Address commandLine = info.loadAddress(COMMAND_LINE);
        if (!commandLine.isZero()) {
            end = Math.max(end, commandLine.toLong() + PhysicalText.length(commandLine) + 1);
        }
        if (hasMemoryMap(info)) {
            end = Math.max(end, info.loadAddress(MEMORY_MAP).toLong()
                    + (long) MEMORY_ENTRY_SIZE * unsigned(info.loadInt(MEMORY_MAP_ENTRIES)));
        }
        long modules = unsigned(info.loadInt(MODULE_COUNT));
        Address moduleList = info.loadAddress(MODULE_LIST);
        if (moduleList.isZero()) {
            return end;
        }
        end = Math.max(end, moduleList.toLong() + MODULE_ENTRY_SIZE * modules);
        long floor = Math.max(end, Magic.symbolAddress("__image_end").toLong());
        boolean moved = true;
        while (moved) { // a module moved above can bring the next one into the window
            moved = false;
            for (long i = 0; i < modules; i++) {
                Address module = moduleList.plus(MODULE_ENTRY_SIZE * i);
                long start = module.loadLong();
                long moduleEnd = start + module.loadLong(8);
                if (start < floor + Allocator.BOOTSTRAP_WINDOW && moduleEnd > floor) {
                    floor = moduleEnd;
                    moved = true;
                }
            }
        }
        return Math.max(end, floor);
    }

    public static BootInfo read(Address info) {
        return new BootInfo(BootProtocol.PVH, memoryMap(info),
                PhysicalText.read(info.loadAddress(COMMAND_LINE)), modules(info));
    }

    private static BootModule[] modules(Address info) {
        Address list = info.loadAddress(MODULE_LIST);
        if (list.isZero()) {
            return new BootModule[0];
        }
        BootModule[] modules = new BootModule[info.loadInt(MODULE_COUNT)];
        for (int i = 0; i < modules.length; i++) {
            Address entry = list.plus((long) MODULE_ENTRY_SIZE * i);
            modules[i] = new BootModule(entry.loadLong(), entry.loadLong(8),
                    PhysicalText.read(entry.loadAddress(16)));
        }
        return modules;
    }

    private static MemoryRegion[] memoryMap(Address info) {
        if (!hasMemoryMap(info)) {
            return new MemoryRegion[0];
        }
        Address table = info.loadAddress(MEMORY_MAP);
        MemoryRegion[] regions = new MemoryRegion[info.loadInt(MEMORY_MAP_ENTRIES)];
        for (int i = 0; i < regions.length; i++) {
            Address entry = table.plus((long) MEMORY_ENTRY_SIZE * i);
            regions[i] = new MemoryRegion(entry.loadLong(), entry.loadLong(8), entry.loadInt(16));
        }
        return regions;
    }

    private static boolean hasMemoryMap(Address info) {
        return info.loadInt(VERSION) >= 1 && !info.loadAddress(MEMORY_MAP).isZero();
    }

    private static long unsigned(int value) {
        return value & 0xffffffffL;
    }
}
