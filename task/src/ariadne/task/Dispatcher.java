package ariadne.task;

import ariadne.interrupts.Timer;
import ariadne.magic.Magic;
import ariadne.ownership.CellState;
import ariadne.runtime.Fatal;

/**
 * The mechanism under the task API: the running task, task creation and exit, blocking and
 * waking, and the switch itself. Which task runs next is the {@link Scheduler}'s choice.
 *
 * <p>Every method that changes state runs inside a {@link Critical} section (the callers with
 * "in a critical section" in their comment rely on their caller for it). The code that called
 * {@link #current} first becomes the boot task "main"; it has no handle and cannot be killed.
 */
final class Dispatcher {
    private static final long BOOT_TASK_ID = 0;
    static final int IDLE_PRIORITY = 0;
    /** RFLAGS.IF: interrupts are enabled. */
    static final long INTERRUPTS_ENABLED = 1L << 9;

    @CellState
    private static TaskRecord current;
    @CellState
    private static TaskRecord idle;
    @CellState
    private static Scheduler scheduler;
    /** The policy again when it is the default one, which the switch paths call directly; else null. */
    @CellState
    private static RoundRobinScheduler roundRobin;
    /** An exited task whose stack is freed by the next task to run, once off that stack. */
    @CellState
    static TaskRecord exitedToReap;
    @CellState
    private static long lastId;
    /** Records of spawned tasks not yet both exited and joined or detached. */
    @CellState
    private static int liveRecords;
    /** Whether the timer preempts tasks (and wakes the idle task from hlt). */
    @CellState
    private static boolean preemptive;
    /** Ticks that switched the running task out. */
    @CellState
    private static long preemptions;

    private Dispatcher() {
    }

    /** The running task (the boot task "main" before the first spawn). */
    static TaskRecord current() {
        if (current == null) {
            start();
        }
        return current;
    }

    /** The running task, for code that only runs after {@link #start}. */
    static TaskRecord running() {
        return current;
    }

    static int liveRecords() {
        return liveRecords;
    }

    static boolean preemptive() {
        start();
        return preemptive;
    }

    /**
     * Makes the running code the boot task and creates the idle task, once; from then on the
     * timer, if it runs, preempts.
     */
    private static void start() {
        if (current != null) {
            return;
        }
        roundRobin = new RoundRobinScheduler();
        scheduler = roundRobin;
        Sleepers.start();
        TaskRecord boot = new TaskRecord(BOOT_TASK_ID, "main", Task.NORM_PRIORITY, -1);
        boot.stack = TaskStack.ofBootContext();
        boot.state = TaskState.RUNNING;
        current = boot;
        ClassInitialisationWaits.install(); // from now on a task waits for another's class initialisation
        idle = new TaskRecord(newId(), "idle", IDLE_PRIORITY, -1);
        prepare(idle, new IdleLoop(), null, StackPool.DEFAULT_SIZE);
        idle.state = TaskState.RUNNABLE;
        preemptive = Timer.tscFrequency() != 0;
        if (preemptive) {
            idle.startsInterruptible = true;
            Timer.addTickListener(new PreemptionTick());
        }
    }

    static void useScheduler(Scheduler policy) {
        long state = Critical.enter();
        start();
        for (TaskRecord task = scheduler.takeNext(); task != null; task = scheduler.takeNext()) {
            policy.add(task);
        }
        scheduler = policy;
        roundRobin = policy instanceof RoundRobinScheduler ? (RoundRobinScheduler) policy : null;
        Critical.exit(state);
    }

    static long newId() {
        return ++lastId;
    }

    /** Starts the new {@code task}: it will run {@code entry.run(argument)} on a stack of its own. */
    static void spawn(TaskRecord task, OneShot<Object, Object> entry, Object argument, int stackSize) {
        start();
        EntryMark.consume(entry);
        prepare(task, entry, argument, stackSize);
        long state = Critical.enter();
        liveRecords++;
        task.startsInterruptible = (state & INTERRUPTS_ENABLED) != 0;
        wake(task);
        Critical.exit(state);
    }

    private static void prepare(TaskRecord task, OneShot<Object, Object> entry, Object argument, int stackSize) {
        task.entry = entry;
        task.value = argument;
        task.stack = StackPool.take(stackSize);
        task.stack.prepareEntry(Magic.symbolAddress(Bootstrap.ENTER));
    }

    /** Makes {@code task} runnable; one of higher priority takes the CPU at once. In a critical section. */
    static void wake(TaskRecord task) {
        task.state = TaskState.RUNNABLE;
        RoundRobinScheduler rr = roundRobin;
        if (rr != null) {
            rr.add(task);
            if (task.priority > current.priority) {
                yieldCurrent();
            }
            return;
        }
        scheduler.add(task);
        if (scheduler.preempts(task, current)) {
            yieldCurrent();
        }
    }

    /** In a critical section. */
    static void makeRunnable(TaskRecord task) {
        task.state = TaskState.RUNNABLE;
        scheduler.add(task);
    }

    /** Lets the other runnable tasks run first. In a critical section. */
    static void yieldCurrent() {
        TaskRecord self = current;
        RoundRobinScheduler rr = roundRobin; // set by start, as current is
        if (rr != null && Sleepers.queue.first == null) {
            // the default policy's yield, inline: self goes behind the tasks of its priority and
            // the first of them runs, in one rotation of that level's queue (the same as add then
            // takeNext). A call and its null checks would be a tenth of the switch; the hot path
            // is straight-line code because the compiler re-checks locals after every jump target.
            // The idle task comes here too: its priority, 0, is a level no task is queued at, so
            // it runs on when nothing is queued (as reschedule would let it) and else goes below.
            int p = self.priority;
            rr.ticksInSlice = 0;
            if (rr.highest <= p) {
                TaskQueue level = rr.levels[p];
                TaskRecord next = level.first;
                if (next != null) {
                    level.last.queueNext = self; // when next was alone, next.queueNext = self: the new first
                    level.first = next.queueNext;
                    level.last = self;
                    self.queue = level;
                    next.queueNext = null;
                    next.queue = null;
                    self.state = TaskState.RUNNABLE;
                    current = next; // switchTo, inline
                    next.state = TaskState.RUNNING;
                    Cpu.switchStacks(self.stack.savedRspSlot, next.stack.savedRspSlot.loadAddress());
                    if (exitedToReap != null) {
                        reapExited();
                    }
                }
                return; // or no task of its or a higher priority waits: it runs on
            }
        }
        if (self == null) {
            start();
            self = current;
        }
        if (self != idle) {
            self.state = TaskState.RUNNABLE;
            scheduler.add(self);
        }
        reschedule();
    }

    /** Blocks the running task in {@code queue} until it is woken. In a critical section. */
    static void blockCurrent(TaskQueue queue) {
        start();
        current.state = TaskState.BLOCKED;
        queue.addLast(current);
        reschedule();
    }

    /** Blocks the running task until the clock passes {@code wakeAt}. In a critical section. */
    static void sleepCurrent(long wakeAt) {
        start();
        current.state = TaskState.SLEEPING;
        Sleepers.add(current, wakeAt);
        reschedule();
    }

    /** Waits until {@code task} has exited and releases its record; the caller reads the outcome. */
    static void join(TaskRecord task) {
        long state = Critical.enter();
        TaskRecord self = current();
        String misuse = task.handleReleased || task.joiner != null ? "it was already joined or detached"
                : task == self ? "a task cannot join itself" : null;
        if (misuse != null) {
            Critical.exit(state);
            throw new IllegalStateException("cannot join " + task + ": " + misuse);
        }
        if (!task.hasExited()) {
            task.joiner = self;
            self.joining = task;
            self.state = TaskState.BLOCKED;
            reschedule();
        }
        task.handleReleased = true;
        liveRecords--;
        Critical.exit(state);
    }

    /** Gives up the right to join {@code task}: its record goes as soon as it has exited. */
    static void detach(TaskRecord task) {
        long state = Critical.enter();
        if (task.handleReleased || task.joiner != null) {
            Critical.exit(state);
            throw new IllegalStateException("cannot detach " + task + ": it was already joined or detached");
        }
        task.handleReleased = true;
        if (task.hasExited()) {
            liveRecords--;
        }
        Critical.exit(state);
    }

    /** Ends {@code task} wherever it is; false if it had already exited. */
    static boolean kill(TaskRecord task) {
        long state = Critical.enter();
        if (task.hasExited()) {
            Critical.exit(state);
            return false;
        }
        if (task == current) {
            exitCurrent(TaskState.KILLED, null, null);
        }
        if (task.state == TaskState.RUNNABLE) {
            scheduler.remove(task);
        } else if (task.queue != null) {
            task.queue.remove(task);
        }
        TaskRecord joined = task.joining;
        if (joined != null) {
            // its handle is gone with it: the joined task is detached
            joined.joiner = null;
            task.joining = null;
            joined.handleReleased = true;
        }
        task.entry = null;
        task.value = null;
        end(task, TaskState.KILLED, null, null);
        StackPool.give(task.stack);
        task.stack = null;
        OwnedLock.abandonAll(task); // last: handing a lock over may switch to its new owner
        Critical.exit(state);
        return true;
    }

    /** Ends the running task (its entry returned, threw, or it was killed) and never returns. */
    static void exitCurrent(int endState, Object result, Throwable failure) {
        Critical.enter(); // the task that runs next restores its own interrupt state
        TaskRecord self = current;
        if (self.heldLocks != null) {
            OwnedLock.abandonAll(self); // first, while it still runs: handing a lock over may switch away and back
        }
        TaskRecord joiner = self.joiner;
        RoundRobinScheduler rr = roundRobin;
        exitedToReap = self;
        if (joiner != null && rr != null && rr.isEmpty() && Sleepers.queue.first == null) {
            // the joiner is the only task that can run next: hand the CPU to it, queueing no one
            self.joiner = null;
            joiner.joining = null;
            end(self, endState, result, failure);
            switchTo(self, joiner);
        } else {
            end(self, endState, result, failure);
            reschedule();
        }
        Fatal.stop("an exited task was resumed: ", self.name());
    }

    private static void end(TaskRecord task, int endState, Object result, Throwable failure) {
        task.state = endState;
        task.value = result;
        task.failure = failure;
        TaskRecord joiner = task.joiner;
        if (joiner != null) {
            task.joiner = null;
            joiner.joining = null;
            makeRunnable(joiner);
        }
        if (task.handleReleased) {
            liveRecords--;
        }
    }

    /** Frees the stack of a task that exited just before the switch to this one. */
    static void reapExited() {
        TaskRecord task = exitedToReap;
        if (task != null) {
            exitedToReap = null;
            StackPool.give(task.stack);
            task.stack = null;
        }
    }

    /**
     * A timer tick, in the interrupt handler: wakes sleepers, and preempts when the policy says so,
     * wherever the task is (a task initialising a class too: the others wait for it in
     * {@link ClassInitialisationWaits}).
     */
    static void tick() {
        if (!Sleepers.isEmpty()) {
            Sleepers.wakeDue(Clock.now());
        }
        if (current != idle && scheduler.tick(current)) {
            preemptions++;
            yieldCurrent();
        }
    }

    static long preemptions() {
        return preemptions;
    }

    /**
     * One round of the idle task: wait until some task is runnable, then run it. In a critical
     * section. With the timer, it halts until the next interrupt; without, only a sleeper can
     * ever become runnable, so it spins until the first one's time, or stops if there is none.
     */
    static void idleRound() {
        if (!scheduler.hasRunnable()) {
            if (preemptive) {
                Magic.sti(); // the instruction after sti runs before any interrupt: hlt cannot miss one
                Magic.hlt();
                Magic.cli();
            } else if (Sleepers.isEmpty()) {
                Fatal.stop("deadlock: every task is blocked and none is sleeping", "");
            } else {
                long wakeAt = Sleepers.nextWakeAt();
                while (Clock.now() - wakeAt < 0) {
                    Magic.pause();
                }
            }
        }
        reschedule();
    }

    /** Switches to the task the scheduler picks (the idle task if none). In a critical section. */
    private static void reschedule() {
        if (Sleepers.queue.first != null) {
            Sleepers.wakeDue(Clock.now());
        }
        RoundRobinScheduler rr = roundRobin;
        TaskRecord next = rr != null ? rr.takeNext() : scheduler.takeNext();
        if (next == null) {
            next = idle;
        }
        if (next == current) {
            current.state = TaskState.RUNNING;
            return;
        }
        switchTo(current, next);
    }

    /**
     * Runs {@code next} instead of {@code previous} (the running task); returns when some task
     * switches back to {@code previous}. In a critical section.
     */
    private static void switchTo(TaskRecord previous, TaskRecord next) {
        current = next;
        next.state = TaskState.RUNNING;
        Cpu.switchStacks(previous.stack.savedRspSlot, next.stack.savedRspSlot.loadAddress());
        if (exitedToReap != null) {
            reapExited();
        }
    }
}
