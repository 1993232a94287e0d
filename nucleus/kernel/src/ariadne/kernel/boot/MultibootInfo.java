package ariadne.kernel.boot;

import ariadne.magic.Address;

/**
 * Reads a Multiboot1 {@code multiboot_info} record: u32 flags at 0; if flag 0, mem_lower and
 * mem_upper (KiB) at 4 and 8; if flag 2, cmdline at 16; if flag 3, mods_count and mods_addr at
 * 20 and 24 (16-byte entries: mod_start, mod_end, string, reserved); if flag 6, mmap_length
 * and mmap_addr at 44 and 48; if flag 9, boot_loader_name at 64. Memory map entries are
 * {u32 size, u64 base_addr, u64 length, u32 type}, each followed by the next at +size+4.
 */
public final class MultibootInfo {

    private static final int FLAGS = 0;
    private static final int MEMORY_LOWER = 4;
    private static final int MEMORY_UPPER = 8;
    private static final int COMMAND_LINE = 16;
    private static final int MODULE_COUNT = 20;
    private static final int MODULE_LIST = 24;
    private static final int MEMORY_MAP_LENGTH = 44;
    private static final int MEMORY_MAP = 48;
    private static final int LOADER_NAME = 64;
    private static final int SIZE = 88;

    private static final int HAS_MEMORY_BOUNDS = 1;
    private static final int HAS_COMMAND_LINE = 1 << 2;
    private static final int HAS_MODULES = 1 << 3;
    private static final int HAS_MEMORY_MAP = 1 << 6;
    private static final int HAS_LOADER_NAME = 1 << 9;

    private static final int MODULE_ENTRY_SIZE = 16;
    private static final long UPPER_MEMORY_BASE = 1L << 20;

    private MultibootInfo() {
    }

    /** The end of the highest boot-loader data this record points at. Allocates nothing. */
    public static long dataEnd(Address info) {
        long end = info.toLong() + SIZE;
        int flags = info.loadInt(FLAGS);
        if ((flags & HAS_COMMAND_LINE) != 0) {
            end = Math.max(end, textEnd(pointer(info, COMMAND_LINE)));
        }
        if ((flags & HAS_LOADER_NAME) != 0) {
            end = Math.max(end, textEnd(pointer(info, LOADER_NAME)));
        }
        if ((flags & HAS_MEMORY_MAP) != 0) {
            end = Math.max(end, pointer(info, MEMORY_MAP).toLong() + unsigned(info, MEMORY_MAP_LENGTH));
        }
        if ((flags & HAS_MODULES) != 0) {
            Address modules = pointer(info, MODULE_LIST);
            long count = unsigned(info, MODULE_COUNT);
            end = Math.max(end, modules.toLong() + MODULE_ENTRY_SIZE * count);
            for (long i = 0; i < count; i++) {
                Address module = modules.plus(MODULE_ENTRY_SIZE * i);
                end = Math.max(end, unsigned(module, 4));
                end = Math.max(end, textEnd(pointer(module, 8)));
            }
        }
        return end;
    }

    public static BootInfo read(Address info) {
        int flags = info.loadInt(FLAGS);
        String commandLine = (flags & HAS_COMMAND_LINE) != 0
                ? PhysicalText.read(pointer(info, COMMAND_LINE)) : "";
        return new BootInfo(BootProtocol.MULTIBOOT1, memoryMap(info, flags), commandLine,
                modules(info, flags));
    }

    /** Entries hold the module's start and end (exclusive) and its string, all 32-bit physical. */
    private static BootModule[] modules(Address info, int flags) {
        if ((flags & HAS_MODULES) == 0) {
            return new BootModule[0];
        }
        Address list = pointer(info, MODULE_LIST);
        BootModule[] modules = new BootModule[(int) unsigned(info, MODULE_COUNT)];
        for (int i = 0; i < modules.length; i++) {
            Address entry = list.plus((long) MODULE_ENTRY_SIZE * i);
            long start = unsigned(entry, 0);
            modules[i] = new BootModule(start, unsigned(entry, 4) - start, PhysicalText.read(pointer(entry, 8)));
        }
        return modules;
    }

    private static MemoryRegion[] memoryMap(Address info, int flags) {
        if ((flags & HAS_MEMORY_MAP) != 0) {
            return memoryMapEntries(pointer(info, MEMORY_MAP), unsigned(info, MEMORY_MAP_LENGTH));
        }
        if ((flags & HAS_MEMORY_BOUNDS) != 0) {
            MemoryRegion[] regions = new MemoryRegion[2];
            regions[0] = new MemoryRegion(0, unsigned(info, MEMORY_LOWER) << 10, MemoryRegion.USABLE);
            regions[1] = new MemoryRegion(UPPER_MEMORY_BASE, unsigned(info, MEMORY_UPPER) << 10,
                    MemoryRegion.USABLE);
            return regions;
        }
        return new MemoryRegion[0];
    }

    /** Entries are size-prefixed: the size field does not count itself. */
    private static MemoryRegion[] memoryMapEntries(Address table, long length) {
        int count = 0;
        for (long offset = 0; offset < length; offset += unsigned(table.plus(offset), 0) + 4) {
            count++;
        }
        MemoryRegion[] regions = new MemoryRegion[count];
        long offset = 0;
        for (int i = 0; i < count; i++) {
            Address entry = table.plus(offset);
            regions[i] = new MemoryRegion(entry.loadLong(4), entry.loadLong(12), entry.loadInt(20));
            offset += unsigned(entry, 0) + 4;
        }
        return regions;
    }

    private static long textEnd(Address text) {
        return text.isZero() ? 0 : text.toLong() + PhysicalText.length(text) + 1;
    }

    private static Address pointer(Address record, int offset) {
        return Address.fromLong(unsigned(record, offset));
    }

    private static long unsigned(Address record, int offset) {
        return record.loadInt(offset) & 0xffffffffL;
    }
}
