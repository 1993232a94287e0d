package ariadne.interrupts;

import ariadne.magic.Address;
import ariadne.memory.Mmu;
import ariadne.ownership.CellState;

/** This CPU's local APIC, through its registers in the direct map (xAPIC mode). */
final class LocalApic {
    private static final int MSR_APIC_BASE = 0x1B;
    private static final long GLOBAL_ENABLE = 1L << 11;
    private static final int ID = 0x20;
    private static final int TASK_PRIORITY = 0x80;
    private static final int EOI = 0xB0;
    private static final int SPURIOUS = 0xF0;
    private static final int SOFTWARE_ENABLE = 0x100;
    private static final int LVT_TIMER = 0x320;
    private static final int TIMER_INITIAL = 0x380;
    private static final int TIMER_CURRENT = 0x390;
    private static final int TIMER_DIVIDE = 0x3E0;
    private static final int DIVIDE_BY_16 = 0x3;
    private static final int MASKED = 1 << 16;
    private static final int PERIODIC = 1 << 17;

    @CellState
    private static Address registers = Address.zero();

    private LocalApic() {
    }

    static void enable() {
        long base = Mmu.readMsr(MSR_APIC_BASE);
        Mmu.writeMsr(MSR_APIC_BASE, base | GLOBAL_ENABLE);
        registers = Address.fromLong(base & 0xF_FFFF_F000L);
        write(TASK_PRIORITY, 0);
        write(SPURIOUS, SOFTWARE_ENABLE | Vectors.APIC_SPURIOUS);
    }

    static int id() {
        return read(ID) >>> 24;
    }

    static void endOfInterrupt() {
        write(EOI, 0);
    }

    /** Starts the timer counting down from the largest count, masked, at the bus clock / 16. */
    static void startFreeCountdown() {
        write(TIMER_DIVIDE, DIVIDE_BY_16);
        write(LVT_TIMER, MASKED);
        write(TIMER_INITIAL, -1);
    }

    /** Counts elapsed since {@link #startFreeCountdown}. */
    static long elapsedCountdown() {
        return 0xFFFF_FFFFL - (read(TIMER_CURRENT) & 0xFFFF_FFFFL);
    }

    /** Interrupts at {@code vector} every {@code count} timer counts. */
    static void startPeriodic(int vector, long count) {
        write(TIMER_DIVIDE, DIVIDE_BY_16);
        write(LVT_TIMER, vector | PERIODIC);
        write(TIMER_INITIAL, (int) count);
    }

    private static int read(int register) {
        return registers.loadInt(register);
    }

    private static void write(int register, int value) {
        registers.storeInt(register, value);
    }
}
