package ariadne.runtime;

import ariadne.magic.Entrypoint;
import ariadne.magic.Magic;
import ariadne.ownership.Borrowed;
import ariadne.ownership.CellState;

/**
 * The monitors behind {@code monitorenter}/{@code monitorexit} and synchronized methods
 * (docs/ABI.md, "Monitors"). The object layout has no lock word: a held monitor is an entry in an
 * open-addressed table keyed by the object's address (objects never move), with its owner flow of
 * control and recursion count; the entry goes when the count drops to 0, so the table holds only
 * monitors held right now. Flows and waiting come from the same hook as class initialisation
 * ({@link InitialisationWaits}): a contended enter waits in it and retries after any release.
 * Every table change is made in the hook's critical section; nothing waits with interrupts masked.
 * {@code Object.wait/notify} are not provided.
 */
public final class Monitors {
    /** Monitors held at once, by all flows together; a power of two. */
    static final int CAPACITY = 256;
    private static final long EMPTY = 0;

    @CellState
    private static InitialisationWaits waits;
    /** Object addresses; {@link #EMPTY} marks a free slot. */
    @CellState
    private static long[] objects;
    @CellState
    private static long[] owners;
    @CellState
    private static int[] counts;

    private Monitors() {
    }

    /** Installs the scheduler's hook; before it, the boot code (flow 0) is the only flow of control. */
    public static void install(InitialisationWaits hook) {
        waits = hook;
    }

    /** {@code monitorenter} on a non-null object: takes its monitor, waiting while another flow holds it. */
    @Entrypoint
    public static void enter(@Borrowed Object object) {
        ensureTable();
        long key = Magic.objectAddress(object).toLong();
        InitialisationWaits hook = waits;
        long saved = hook == null ? 0 : hook.enterCritical();
        long self = hook == null ? ClassInitialisation.BOOT_FLOW : hook.currentFlow();
        while (true) {
            int slot = find(key);
            if (slot < 0) {
                claim(key, self);
                break;
            }
            if (owners[slot] == self) {
                counts[slot]++;
                break;
            }
            if (hook == null) {
                Fatal.stop("monitor held by another flow before tasks exist", "");
            }
            hook.await(); // interrupts are on while it waits; back inside the section after a release
        }
        if (hook != null) {
            hook.exitCritical(saved);
        }
    }

    /**
     * {@code monitorexit} on a non-null object: drops one hold; at the last, frees the monitor and
     * wakes the waiters. Throws IllegalMonitorStateException when the caller does not hold it.
     */
    @Entrypoint
    public static void exit(@Borrowed Object object) {
        long key = Magic.objectAddress(object).toLong();
        InitialisationWaits hook = waits;
        long saved = hook == null ? 0 : hook.enterCritical();
        long self = hook == null ? ClassInitialisation.BOOT_FLOW : hook.currentFlow();
        int slot = objects == null ? -1 : find(key);
        boolean held = slot >= 0 && owners[slot] == self;
        if (held && --counts[slot] == 0) {
            release(slot);
            if (hook != null) {
                hook.wakeAll();
            }
        }
        if (hook != null) {
            hook.exitCritical(saved);
        }
        if (!held) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
    }

    /** Whether the running flow holds the monitor of {@code object} (Thread.holdsLock). */
    public static boolean holdsLock(@Borrowed Object object) {
        long key = Magic.objectAddress(object).toLong();
        InitialisationWaits hook = waits;
        long saved = hook == null ? 0 : hook.enterCritical();
        long self = hook == null ? ClassInitialisation.BOOT_FLOW : hook.currentFlow();
        int slot = objects == null ? -1 : find(key);
        boolean held = slot >= 0 && owners[slot] == self;
        if (hook != null) {
            hook.exitCritical(saved);
        }
        return held;
    }

    /** Monitors held right now, by any flow (for tests: the table must empty again). */
    public static int held() {
        InitialisationWaits hook = waits;
        long saved = hook == null ? 0 : hook.enterCritical();
        int n = 0;
        for (int i = 0; objects != null && i < CAPACITY; i++) {
            if (objects[i] != EMPTY) {
                n++;
            }
        }
        if (hook != null) {
            hook.exitCritical(saved);
        }
        return n;
    }

    /** Allocates the table outside any critical section; a flow that loses the race drops its copy. */
    private static void ensureTable() {
        if (objects != null) {
            return;
        }
        long[] newObjects = new long[CAPACITY];
        long[] newOwners = new long[CAPACITY];
        int[] newCounts = new int[CAPACITY];
        InitialisationWaits hook = waits;
        long saved = hook == null ? 0 : hook.enterCritical();
        if (objects == null) {
            owners = newOwners;
            counts = newCounts;
            objects = newObjects;
        }
        if (hook != null) {
            hook.exitCritical(saved);
        }
    }

    private static int home(long key) {
        return (int) ((key >>> 3) * 0x9E3779B97F4A7C15L >>> 56) & (CAPACITY - 1);
    }

    /** The slot holding {@code key}, or -1. */
    private static int find(long key) {
        for (int i = home(key), probes = 0; probes < CAPACITY; i = (i + 1) & (CAPACITY - 1), probes++) {
            long k = objects[i];
            if (k == key) {
                return i;
            }
            if (k == EMPTY) {
                return -1;
            }
        }
        return -1;
    }

    private static void claim(long key, long owner) {
        for (int i = home(key), probes = 0; probes < CAPACITY; i = (i + 1) & (CAPACITY - 1), probes++) {
            if (objects[i] == EMPTY) {
                objects[i] = key;
                owners[i] = owner;
                counts[i] = 1;
                return;
            }
        }
        Fatal.stop("too many monitors held at once", "");
    }

    /** Frees {@code slot} and shifts later entries of its probe run back, so lookups need no tombstones. */
    private static void release(int slot) {
        int hole = slot;
        for (int i = (slot + 1) & (CAPACITY - 1); objects[i] != EMPTY; i = (i + 1) & (CAPACITY - 1)) {
            int h = home(objects[i]);
            // The entry at i may fill the hole unless its home lies cyclically in (hole, i].
            boolean homeBetween = hole <= i ? hole < h && h <= i : hole < h || h <= i;
            if (!homeBetween) {
                objects[hole] = objects[i];
                owners[hole] = owners[i];
                counts[hole] = counts[i];
                hole = i;
            }
        }
        objects[hole] = EMPTY;
        owners[hole] = 0;
        counts[hole] = 0;
    }
}
