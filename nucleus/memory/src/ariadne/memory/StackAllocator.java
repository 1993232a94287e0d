package ariadne.memory;

import ariadne.base.Memory;
import ariadne.magic.Address;
import ariadne.ownership.CellState;
import ariadne.ownership.Unique;

/**
 * Stacks with guard pages, for tasks and interrupt handling. Each stack has its own slot of
 * {@link #SLOT_SIZE} virtual bytes:
 * <pre>
 *   slot base          guard page (never mapped)
 *   + 4 KiB            overflow area, {@link #OVERFLOW_AREA} bytes, mapped when an overflow is handled
 *   + 4 KiB + area     unmapped gap: the guard below the stack (at least one page)
 *   top - size         the stack, mapped writable and not executable
 *   top = next slot
 * </pre>
 * A fault in the gap is a stack overflow; the fault handler runs the code that throws
 * {@code StackOverflowError} on the overflow area ({@link #overflowAreaTop}).
 */
public final class StackAllocator {
    public static final long SLOT_SIZE = 4L << 20;
    public static final long OVERFLOW_AREA = 16L << 10;
    /** The size of a task stack unless asked otherwise. */
    public static final long DEFAULT_SIZE = 64L << 10;
    /** The largest stack a slot holds, keeping one guard page below it. */
    public static final long MAX_SIZE = SLOT_SIZE - OVERFLOW_AREA - 2 * Page.SIZE;

    private static final int MAX_SLOTS = (int) (VirtualLayout.STACKS_SIZE / SLOT_SIZE);
    @CellState
    private static final SpinLock LOCK = new SpinLock();
    /** Marks a slot being set up, so that no one else takes it and no fault treats it as live. */
    @CellState
    private static final Stack RESERVED = new Stack(-1, 0, 0);
    /** Live stacks by slot; a released slot is null and reused. */
    @CellState
    private static Stack[] slots = new Stack[64];
    @CellState
    private static int slotsUsed;

    private StackAllocator() {
    }

    /** A stack of at least {@code bytes} bytes (whole pages, at most {@link #MAX_SIZE}); null if memory ran out. */
    @SuppressWarnings("ownership:not.unique") // the slot table only indexes live stacks for fault handling; the caller owns the stack
    public static @Unique Stack allocate(long bytes) {
        long size = Page.alignUp(bytes);
        if (size <= 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("stack size out of range");
        }
        int slot = reserveSlot();
        if (slot < 0) {
            return null;
        }
        long top = slotBase(slot) + SLOT_SIZE;
        long bottom = top - size;
        if (!mapFresh(bottom, top)) {
            unmap(bottom, top);
            freeSlot(slot);
            return null;
        }
        Stack stack = new Stack(slot, bottom, top);
        long flags = LOCK.lock();
        slots[slot] = stack;
        LOCK.unlock(flags);
        return stack;
    }

    /** A stack of {@link #DEFAULT_SIZE}. */
    public static @Unique Stack allocate() {
        return allocate(DEFAULT_SIZE);
    }

    static void release(Stack stack) {
        long base = slotBase(stack.slot());
        unmap(stack.bottom().toLong(), stack.top().toLong());
        unmap(base + Page.SIZE, base + Page.SIZE + OVERFLOW_AREA);
        freeSlot(stack.slot());
    }

    /** Whether {@code address} lies in the guard below a live stack (or the boot stack): a stack overflow. */
    public static boolean isOverflow(long address) {
        if (BootStackGuard.isGuard(address)) {
            return true;
        }
        Stack stack = stackOfSlotAt(address);
        if (stack == null) {
            return false;
        }
        long areaTop = slotBase(stack.slot()) + Page.SIZE + OVERFLOW_AREA;
        return address >= areaTop && address < stack.bottom().toLong();
    }

    /**
     * The top of the overflow area of the stack whose guard holds {@code address}, mapped now if
     * it was not; zero if that is impossible. Called by the page-fault handler.
     */
    public static Address overflowAreaTop(long address) {
        if (BootStackGuard.isGuard(address)) {
            return BootStackGuard.overflowAreaTop();
        }
        Stack stack = stackOfSlotAt(address);
        if (stack == null) {
            return Address.zero();
        }
        long areaBottom = slotBase(stack.slot()) + Page.SIZE;
        long areaTop = areaBottom + OVERFLOW_AREA;
        if (PageTables.translate(Address.fromLong(areaBottom)) == PageTables.NOT_MAPPED
                && !mapFresh(areaBottom, areaTop)) {
            return Address.zero();
        }
        return Address.fromLong(areaTop);
    }

    /** The live stack whose slot holds {@code address}, or null. */
    public static Stack stackOfSlotAt(long address) {
        long offset = address - VirtualLayout.STACKS_BASE;
        if (offset < 0 || offset >= VirtualLayout.STACKS_SIZE) {
            return null;
        }
        int slot = (int) (offset / SLOT_SIZE);
        Stack[] current = slots;
        Stack stack = slot < current.length ? current[slot] : null;
        return stack == RESERVED ? null : stack;
    }

    /** Slots handed out so far, live or released: {@link #stackInSlot} takes 0 to this minus 1. */
    public static int slotCount() {
        return slotsUsed;
    }

    /** The live stack in slot {@code slot}, or null (for walks over every task's stack). */
    public static Stack stackInSlot(int slot) {
        return slot >= 0 && slot < slotsUsed ? stackOfSlotAt(slotBase(slot)) : null;
    }

    /** Stacks allocated and not released. */
    public static int liveStacks() {
        int live = 0;
        Stack[] current = slots;
        for (int i = 0; i < current.length; i++) {
            if (current[i] != null && current[i] != RESERVED) {
                live++;
            }
        }
        return live;
    }

    private static long slotBase(int slot) {
        return VirtualLayout.STACKS_BASE + slot * SLOT_SIZE;
    }

    /** Claims a free slot (marked {@link #RESERVED} until its stack is ready); -1 if none is left. */
    private static int reserveSlot() {
        long flags = LOCK.lock();
        int slot = -1;
        for (int i = 0; i < slotsUsed && slot < 0; i++) {
            if (slots[i] == null) {
                slot = i;
            }
        }
        if (slot < 0 && slotsUsed < MAX_SLOTS) {
            if (slotsUsed == slots.length) {
                Stack[] larger = new Stack[Math.min(slots.length * 2, MAX_SLOTS)];
                System.arraycopy(slots, 0, larger, 0, slots.length);
                slots = larger;
            }
            slot = slotsUsed++;
        }
        if (slot >= 0) {
            slots[slot] = RESERVED;
        }
        LOCK.unlock(flags);
        return slot;
    }

    private static void freeSlot(int slot) {
        long flags = LOCK.lock();
        slots[slot] = null;
        LOCK.unlock(flags);
    }

    /** Maps zeroed fresh frames over {@code [start, end)}; false if memory ran out. */
    private static boolean mapFresh(long start, long end) {
        for (long page = start; page < end; page += Page.SIZE) {
            long frame = Frames.allocate();
            if (frame == FrameAllocator.NONE) {
                return false;
            }
            if (!PageTables.map(Address.fromLong(page), frame, PageFlags.DATA | PageFlags.GLOBAL)) {
                Frames.free(frame);
                return false;
            }
            Memory.zero(Address.fromLong(page), Page.SIZE);
        }
        return true;
    }

    private static void unmap(long start, long end) {
        for (long page = start; page < end; page += Page.SIZE) {
            long frame = PageTables.unmap(Address.fromLong(page));
            if (frame != PageTables.NOT_MAPPED) {
                Frames.free(frame);
            }
        }
    }
}
