package ariadne.runtime;

import ariadne.magic.Address;
import ariadne.magic.Entrypoint;
import ariadne.ownership.CellState;

/**
 * JLS 12.4.2 steps 1-4 and 9-11's "notify" for the compiler's class-initialisation guards
 * (docs/ABI.md, "Class initialisation"). A guard finds the class's state byte not done and asks
 * {@link #begin}: the first request marks the class running and records its flow of control as the
 * owner; the owner's recursive requests return at once; any other flow waits until the state
 * leaves running. {@link #end} drops the owner and wakes the waiters once the guard has marked
 * the class done or erroneous. Only first initialisations and contended requests come here;
 * a done class never does.
 *
 * <p>No {@code <clinit>} here (nor in {@link Owner}): a guard of its own would call back into it.
 */
public final class ClassInitialisation {
    static final int UNINITIALISED = 0;
    static final int RUNNING = 1;
    static final int DONE = 2;
    static final int ERRONEOUS = 3;
    /** The flow of control that ran the boot code (the boot task, once there are tasks). */
    static final long BOOT_FLOW = 0;

    /** The task system's hook, or null while the boot code is the only flow of control. */
    @CellState
    private static InitialisationWaits waits;
    /** Classes being initialised, each with its owner. */
    @CellState
    private static Owner owners;

    private ClassInitialisation() {
    }

    /** Installs the scheduler's hook; from then on other flows of control wait. */
    public static void install(InitialisationWaits hook) {
        waits = hook;
    }

    /**
     * A guard's request for the class with descriptor {@code type} and state byte at {@code state}:
     * 1 when the caller is to initialise it (it is now marked running and owned by the caller),
     * 0 when it is done or the caller's own initialisation is in progress. Throws
     * NoClassDefFoundError when it is erroneous.
     */
    @Entrypoint
    public static int begin(Address type, Address state) {
        InitialisationWaits hook = waits;
        if (hook == null) {
            return beginAlone(type, state);
        }
        Owner claim = new Owner(type.toLong()); // allocated outside the critical section
        long saved = hook.enterCritical();
        long self = hook.currentFlow();
        while (true) {
            int value = state.loadByte() & 0xff;
            if (value == UNINITIALISED) {
                state.storeByte((byte) RUNNING);
                claim.flow = self;
                claim.next = owners;
                owners = claim;
                exit(hook, saved);
                return 1;
            }
            if (value == DONE || value == RUNNING && ownerOf(type.toLong()) == self) {
                exit(hook, saved);
                return 0;
            }
            if (value == ERRONEOUS) {
                exit(hook, saved);
                InitializerFailures.erroneous(type);
            }
            hook.await(); // interrupts are on again while it waits; back inside the section
        }
    }

    /**
     * {@link #begin} while the boot code is the only flow of control: a running class is its own
     * recursive request. Records no owner (nothing is allocated, the heap may not be ready): a
     * class running without a record belongs to the boot code, flow 0.
     */
    private static int beginAlone(Address type, Address state) {
        int value = state.loadByte() & 0xff;
        if (value == UNINITIALISED) {
            state.storeByte((byte) RUNNING);
            return 1;
        }
        if (value == ERRONEOUS) {
            InitializerFailures.erroneous(type);
        }
        return 0;
    }

    /** The guard has marked the class done or erroneous: drops its owner and wakes the waiters. */
    @Entrypoint
    public static void end(Address type) {
        InitialisationWaits hook = waits;
        long saved = hook == null ? 0 : hook.enterCritical();
        long key = type.toLong();
        Owner previous = null;
        for (Owner o = owners; o != null; previous = o, o = o.next) {
            if (o.type == key) {
                if (previous == null) {
                    owners = o.next;
                } else {
                    previous.next = o.next;
                }
                break;
            }
        }
        if (hook != null) {
            hook.wakeAll();
        }
        exit(hook, saved);
    }

    private static long ownerOf(long type) {
        for (Owner o = owners; o != null; o = o.next) {
            if (o.type == type) {
                return o.flow;
            }
        }
        return BOOT_FLOW; // begun before the task system started
    }

    private static void exit(InitialisationWaits hook, long saved) {
        if (hook != null) {
            hook.exitCritical(saved);
        }
    }

    private static final class Owner {
        final long type;
        long flow;
        Owner next;

        Owner(long type) {
            this.type = type;
        }
    }
}
