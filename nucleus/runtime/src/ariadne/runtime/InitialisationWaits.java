package ariadne.runtime;

/**
 * What {@link ClassInitialisation} needs from whoever schedules flows of control, so that a class
 * being initialised by one of them makes the others wait (JLS 12.4.2 step 2). The runtime sits
 * below the task cell: the task system installs its implementation when it starts
 * ({@link ClassInitialisation#install}); before that there is one flow of control and nothing waits.
 */
public interface InitialisationWaits {
    /** Masks whatever could switch flows of control; returns the state {@link #exitCritical} restores. */
    long enterCritical();

    void exitCritical(long state);

    /** Identity of the running flow of control; the one that ran the boot code is 0. In a critical section. */
    long currentFlow();

    /** Blocks the running flow until {@link #wakeAll}; it resumes inside the critical section. */
    void await();

    /** Lets every flow blocked in {@link #await} run again. In a critical section. */
    void wakeAll();
}
