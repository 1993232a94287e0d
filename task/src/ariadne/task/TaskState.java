package ariadne.task;

/**
 * The states of a task (int constants, not an enum: the template compiler cannot yet clone the
 * enum's values array). A task moves INITIALISING → RUNNABLE ⇄ RUNNING ⇄ BLOCKED/SLEEPING and
 * ends in exactly one of COMPLETED, FAILED or KILLED.
 */
public final class TaskState {
    /** Created; its stack is being prepared. */
    public static final int INITIALISING = 0;
    /** Waiting in the scheduler's run queue. */
    public static final int RUNNABLE = 1;
    /** On the CPU. */
    public static final int RUNNING = 2;
    /** Waiting in a wait queue or for a task it joins. */
    public static final int BLOCKED = 3;
    /** Waiting for its wake-up time. */
    public static final int SLEEPING = 4;
    /** Its entry returned; the result is kept for the joiner. */
    public static final int COMPLETED = 5;
    /** Its entry threw; the exception is kept for the joiner. */
    public static final int FAILED = 6;
    /** Ended by {@link JoinHandle#kill}. */
    public static final int KILLED = 7;

    private TaskState() {
    }

    public static boolean hasExited(int state) {
        return state >= COMPLETED;
    }

    public static String name(int state) {
        switch (state) {
            case INITIALISING:
                return "initialising";
            case RUNNABLE:
                return "runnable";
            case RUNNING:
                return "running";
            case BLOCKED:
                return "blocked";
            case SLEEPING:
                return "sleeping";
            case COMPLETED:
                return "completed";
            case FAILED:
                return "failed";
            case KILLED:
                return "killed";
            default:
                return "state " + state;
        }
    }
}
