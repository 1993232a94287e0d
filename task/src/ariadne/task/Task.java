package ariadne.task;

import ariadne.memory.CpuState;
import ariadne.ownership.Unique;

/**
 * The task API. A task runs a {@link OneShot} entry once on its own stack and ends with the
 * entry's result, with the exception that escaped it, or killed; {@link JoinHandle#join}
 * hands that outcome to the spawner. An exception in a task ends only that task.
 * <pre>
 *   JoinHandle&lt;Integer&gt; h = Task.spawn(x -&gt; x * 2, 21);
 *   int answer = h.join();   // 42, or TaskFailedException / TaskKilledException
 * </pre>
 */
public final class Task {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private Task() {
    }

    /** Starts a task running {@code entry.run(arg)} at normal priority. */
    public static <A, R> JoinHandle<R> spawn(OneShot<A, R> entry, A arg) {
        return spawn(null, entry, arg);
    }

    /** Starts a task named {@code name} running {@code entry.run(arg)} at normal priority. */
    public static <A, R> JoinHandle<R> spawn(String name, OneShot<A, R> entry, A arg) {
        return TaskBuilder.start(name, NORM_PRIORITY, TaskBuilder.ANY_CPU, StackPool.DEFAULT_SIZE, entry, arg);
    }

    /** A builder for a task with a name, a priority, a CPU pin or a stack size. */
    public static @Unique TaskBuilder builder() {
        return new TaskBuilder();
    }

    /** Lets every other runnable task of the same or a higher priority run first. */
    public static void yield() {
        long state = CpuState.disableInterrupts(); // Critical.enter, a call less on the switch path
        Dispatcher.yieldCurrent();
        CpuState.restoreInterrupts(state);
    }

    /** Blocks the running task for at least {@code millis} milliseconds; 0 yields. */
    public static void sleep(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("negative sleep: " + millis);
        }
        if (millis == 0) {
            Task.yield();
            return;
        }
        long ticks = millis * Clock.ticksPerMillisecond(); // first: the first call calibrates for a while
        long wakeAt = Clock.now() + ticks;
        long state = Critical.enter();
        Dispatcher.sleepCurrent(wakeAt);
        Critical.exit(state);
    }

    /** The running task. */
    public static TaskRecord current() {
        return Dispatcher.current();
    }

    /** Ends the task of {@code handle}; see {@link JoinHandle#kill}. */
    public static boolean kill(JoinHandle<?> handle) {
        return handle.kill();
    }

    /** Gives up joining the task of {@code handle}; see {@link JoinHandle#detach}. */
    public static void detach(JoinHandle<?> handle) {
        handle.detach();
    }

    /** Makes {@code policy} choose the next task from now on; the runnable tasks move to it. */
    public static void useScheduler(Scheduler policy) {
        Dispatcher.useScheduler(policy);
    }
}
