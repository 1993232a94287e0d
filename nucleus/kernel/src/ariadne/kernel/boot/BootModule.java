package ariadne.kernel.boot;

/** A file the boot loader loaded next to the image (an initrd, say): where it lies and its command line. */
public final class BootModule {

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

    /** The loader's string for this module, empty if it gave none. */
    public String commandLine() {
        return commandLine;
    }
}
