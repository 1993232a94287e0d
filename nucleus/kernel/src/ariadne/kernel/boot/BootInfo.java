package ariadne.kernel.boot;

/** What the boot loader told us, whatever the protocol: memory map, command line and boot modules. */
public final class BootInfo {

    private final int protocol;
    private final MemoryRegion[] memoryMap;
    private final String commandLine;
    private final BootModule[] modules;

    public BootInfo(int protocol, MemoryRegion[] memoryMap, String commandLine, BootModule[] modules) {
        this.protocol = protocol;
        this.memoryMap = memoryMap;
        this.commandLine = commandLine;
        this.modules = modules;
    }

    /** {@link BootProtocol#PVH} or {@link BootProtocol#MULTIBOOT1}. */
    public int protocol() {
        return protocol;
    }

    public int regionCount() {
        return memoryMap.length;
    }

    public MemoryRegion region(int index) {
        return memoryMap[index];
    }

    /** The command line, empty if the loader gave none. */
    public String commandLine() {
        return commandLine;
    }

    public int moduleCount() {
        return modules.length;
    }

    public BootModule module(int index) {
        return modules[index];
    }

    /** Sum of the lengths of the usable regions. */
    public long usableBytes() {
        long total = 0;
        for (int i = 0; i < memoryMap.length; i++) {
            if (memoryMap[i].isUsable()) {
                total += memoryMap[i].length();
            }
        }
        return total;
    }

    public int usableRegionCount() {
        int count = 0;
        for (int i = 0; i < memoryMap.length; i++) {
            if (memoryMap[i].isUsable()) {
                count++;
            }
        }
        return count;
    }
}
