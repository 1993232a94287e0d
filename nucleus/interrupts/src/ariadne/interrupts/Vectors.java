package ariadne.interrupts;

import ariadne.ownership.CellState;

/** The interrupt vectors the nucleus uses. */
public final class Vectors {
    public static final int DIVIDE_ERROR = 0;
    public static final int DEBUG = 1;
    public static final int NMI = 2;
    public static final int BREAKPOINT = 3;
    public static final int INVALID_OPCODE = 6;
    public static final int DOUBLE_FAULT = 8;
    public static final int GENERAL_PROTECTION = 13;
    public static final int PAGE_FAULT = 14;
    /** The first vector that is not a CPU exception. */
    public static final int FIRST_EXTERNAL = 32;
    /** The local APIC timer. */
    public static final int TIMER = 0x30;
    /** Device interrupts: vector = {@code DEVICE_BASE} + the I/O APIC input (GSI). */
    public static final int DEVICE_BASE = 0x40;
    /** Where the legacy PICs are parked (masked) so that their spurious interrupts are recognisable. */
    public static final int LEGACY_PIC_BASE = 0xE0;
    public static final int APIC_SPURIOUS = 0xFF;

    @CellState
    private static final String[] EXCEPTION_NAMES = {"#DE divide error", "#DB debug", "NMI", "#BP breakpoint",
            "#OF overflow", "#BR bound range", "#UD invalid opcode", "#NM device not available", "#DF double fault",
            "coprocessor segment overrun", "#TS invalid TSS", "#NP segment not present", "#SS stack-segment fault",
            "#GP general protection", "#PF page fault", "reserved", "#MF x87 floating point", "#AC alignment check",
            "#MC machine check", "#XM SIMD floating point", "#VE virtualization", "#CP control protection"};

    private Vectors() {
    }

    /** A readable name of CPU exception {@code vector}. */
    public static String exceptionName(int vector) {
        return vector < EXCEPTION_NAMES.length ? EXCEPTION_NAMES[vector] : "reserved";
    }
}
