package ariadne.interrupts;

/**
 * Called on every timer tick, from the timer interrupt: interrupts are off, the tick is
 * already acknowledged, so a listener may switch tasks (the interrupted task resumes from
 * the frame on its stack when switched back to). It must not block or allocate much.
 */
public abstract class TickListener {
    /** {@code frame} is the interrupted code's state; valid until this returns or switches tasks. */
    public abstract void onTick(InterruptFrame frame);
}
