package ariadne.task;

import ariadne.ownership.Unique;

/** Spawns a task with a name, a priority, a CPU pin or a stack size other than the defaults. */
public final class TaskBuilder {
    /** The pin of a task that may run on any CPU. */
    public static final int ANY_CPU = -1;
    /** CPUs the scheduler knows: only the boot CPU so far. */
    static final int CPU_COUNT = 1;
    static final int MIN_STACK_SIZE = 4096;

    private String name;
    private int priority = Task.NORM_PRIORITY;
    private int pinnedCpu = ANY_CPU;
    private int stackSize = StackPool.DEFAULT_SIZE;

    TaskBuilder() {
    }

    public @Unique TaskBuilder name(@Unique TaskBuilder this, String name) {
        this.name = name;
        return this;
    }

    /** Between {@link Task#MIN_PRIORITY} and {@link Task#MAX_PRIORITY}; higher runs first. */
    public @Unique TaskBuilder priority(@Unique TaskBuilder this, int priority) {
        if (priority < Task.MIN_PRIORITY || priority > Task.MAX_PRIORITY) {
            throw new IllegalArgumentException("priority " + priority + " is outside "
                    + Task.MIN_PRIORITY + ".." + Task.MAX_PRIORITY);
        }
        this.priority = priority;
        return this;
    }

    /** Runs the task only on CPU {@code cpu} (0 is the boot CPU). */
    public @Unique TaskBuilder pin(@Unique TaskBuilder this, int cpu) {
        if (cpu < 0 || cpu >= CPU_COUNT) {
            throw new IllegalArgumentException("no CPU " + cpu + ": this machine has " + CPU_COUNT);
        }
        this.pinnedCpu = cpu;
        return this;
    }

    /** Stack size in bytes, at least 4 KiB, rounded up to 16 bytes. */
    public @Unique TaskBuilder stackSize(@Unique TaskBuilder this, int bytes) {
        if (bytes < MIN_STACK_SIZE) {
            throw new IllegalArgumentException("stack of " + bytes + " bytes is below " + MIN_STACK_SIZE);
        }
        this.stackSize = (bytes + 15) & -16;
        return this;
    }

    public <A, R> JoinHandle<R> spawn(@Unique TaskBuilder this, @Unique OneShot<A, R> entry, @Unique A arg) {
        return start(name, priority, pinnedCpu, stackSize, entry, arg);
    }

    @SuppressWarnings("unchecked")
    static <A, R> JoinHandle<R> start(String name, int priority, int pinnedCpu, int stackSize,
                                      @Unique OneShot<A, R> entry, @Unique A arg) {
        if (entry == null) {
            throw new NullPointerException("entry");
        }
        OneShot<Object, Object> untyped = (OneShot<Object, Object>) (OneShot<?, ?>) entry;
        JoinHandle<R> task = new JoinHandle<>(Dispatcher.newId(), name, priority, pinnedCpu);
        Dispatcher.spawn(task, untyped, arg, stackSize);
        return task;
    }
}
