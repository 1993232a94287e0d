package ariadne.task;

import ariadne.interrupts.InterruptFrame;
import ariadne.interrupts.TickListener;

/** The timer's hook into scheduling: wakes sleepers and preempts the running task when its slice is up. */
final class PreemptionTick extends TickListener {
    @Override
    public void onTick(InterruptFrame frame) {
        Dispatcher.tick();
    }
}
