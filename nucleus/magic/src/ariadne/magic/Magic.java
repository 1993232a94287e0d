package ariadne.magic;

import ariadne.ownership.Borrowed;

/**
 * Machine operations the Ariadne compiler replaces with instructions at each call site.
 *
 * <p>The bodies never run in the OS; on a host JVM they throw. Only privileged cells may use
 * this class.
 */
public final class Magic {

    private Magic() {
    }

    /** {@code out dx, al}: writes the low 8 bits of {@code value} to I/O {@code port}. */
    public static void outb(int port, int value) {
        throw Intrinsic.onHost();
    }

    /** {@code out dx, ax}: writes the low 16 bits of {@code value} to I/O {@code port}. */
    public static void outw(int port, int value) {
        throw Intrinsic.onHost();
    }

    /** {@code out dx, eax}: writes {@code value} to I/O {@code port}. */
    public static void outl(int port, int value) {
        throw Intrinsic.onHost();
    }

    /** {@code in al, dx}: reads 8 bits from I/O {@code port}, zero-extended. */
    public static int inb(int port) {
        throw Intrinsic.onHost();
    }

    /** {@code in ax, dx}: reads 16 bits from I/O {@code port}, zero-extended. */
    public static int inw(int port) {
        throw Intrinsic.onHost();
    }

    /** {@code in eax, dx}: reads 32 bits from I/O {@code port}. */
    public static int inl(int port) {
        throw Intrinsic.onHost();
    }

    /** {@code hlt}: waits for the next interrupt. */
    public static void hlt() {
        throw Intrinsic.onHost();
    }

    /** {@code cli}: disables maskable interrupts. */
    public static void cli() {
        throw Intrinsic.onHost();
    }

    /** {@code sti}: enables maskable interrupts. */
    public static void sti() {
        throw Intrinsic.onHost();
    }

    /** {@code pause}: spin-wait hint. */
    public static void pause() {
        throw Intrinsic.onHost();
    }

    /** {@code rdtsc}: the time-stamp counter as {@code (edx << 32) | eax}. */
    public static long rdtsc() {
        throw Intrinsic.onHost();
    }

    /**
     * The address of linker symbol {@code name}, e.g. {@code symbolAddress("__image_end")}.
     * The argument must be a string literal: the compiler turns it into a relocation.
     */
    public static Address symbolAddress(String name) {
        throw Intrinsic.onHost();
    }

    /** The address of {@code object}'s header (zero for {@code null}); the reference is not kept. */
    public static Address objectAddress(@Borrowed Object object) {
        throw Intrinsic.onHost();
    }

    /** The object whose header is at {@code address} (null for zero); no check is made. */
    public static Object addressAsObject(Address address) {
        throw Intrinsic.onHost();
    }

    /** The IEEE 754 bits of {@code value}, NaN payload kept (a no-op on the slot). */
    public static int floatToRawIntBits(float value) {
        throw Intrinsic.onHost();
    }

    /** The float whose IEEE 754 bits are {@code bits} (a no-op on the slot). */
    public static float intBitsToFloat(int bits) {
        throw Intrinsic.onHost();
    }

    /** The IEEE 754 bits of {@code value}, NaN payload kept (a no-op on the slot). */
    public static long doubleToRawLongBits(double value) {
        throw Intrinsic.onHost();
    }

    /** The double whose IEEE 754 bits are {@code bits} (a no-op on the slot). */
    public static double longBitsToDouble(long bits) {
        throw Intrinsic.onHost();
    }
}
