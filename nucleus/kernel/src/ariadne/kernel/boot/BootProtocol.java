package ariadne.kernel.boot;

/** The boot protocols the trampoline can come from, numbered as in docs/ABI.md. */
public final class BootProtocol {

    public static final int PVH = 1;
    public static final int MULTIBOOT1 = 2;

    private BootProtocol() {
    }

    /** The protocol's name as the banner shows it. */
    public static String nameOf(int protocol) {
        if (protocol == PVH) {
            return "PVH";
        }
        if (protocol == MULTIBOOT1) {
            return "Multiboot";
        }
        return "unknown protocol " + protocol;
    }
}
