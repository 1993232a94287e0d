package ariadne.task;

import ariadne.memory.CpuState;

/**
 * A section no interrupt, hence no preemption, can enter: the scheduler's data and every wait
 * queue are changed only inside one. Sections nest:
 * <pre>
 *   long state = Critical.enter();
 *   try { ... } finally { Critical.exit(state); }
 * </pre>
 * A task that blocks inside a section resumes inside it, with its own state to restore.
 */
public final class Critical {
    private Critical() {
    }

    /** Masks interrupts; returns the state {@link #exit} restores. */
    public static long enter() {
        return CpuState.disableInterrupts();
    }

    /** Restores the interrupt state {@link #enter} returned. */
    public static void exit(long state) {
        CpuState.restoreInterrupts(state);
    }
}
