package ariadne.kernel.boot;

import ariadne.magic.Address;

/** A file the boot loader loaded next to the image (an initrd, say): where it lies and its command line. */
public final class BootModule {
    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final long start;
    private final long size;
    private final String commandLine;

    public BootModule(long start, long size, String commandLine) {
        this.start = start;
        this.size = size;
        this.commandLine = commandLine;
    }

    /** Physical address of the first byte. */
    public long start() {
        return start;
    }

    /** Length in bytes. */
    public long size() {
        return size;
    }

    /**
     * FNV-1a (64-bit) of the module's bytes, read through the identity-mapped low memory where
     * loaders put modules: proof that the contents, not only the range, reached the kernel.
     */
    public long contentHash() {
        long hash = FNV_OFFSET_BASIS;
        Address bytes = Address.fromLong(start);
        for (long i = 0; i < size; i++) {
            hash = (hash ^ (bytes.loadByte(i) & 0xFF)) * FNV_PRIME;
        }
        return hash;
    }

    /** The loader's string for this module, empty if it gave none. */
    public String commandLine() {
        return commandLine;
    }
}
