package ariadne.task;

import ariadne.base.ObjectLayout;
import ariadne.base.TypeLayout;
import ariadne.magic.Address;
import ariadne.magic.Magic;

/**
 * Enforces "an entry runs at most once" at run time: spawning marks the entry object, and a
 * marked entry is refused. The mark is bit 31 of the object's status word (below the identity
 * hash, above any lock bits), so it costs no memory and no table that grows with every spawn.
 *
 * <p>An entry without fields is exempt: it holds no state that a second run could see twice,
 * so running it again is the same as running a fresh instance. That is what a lambda capturing
 * nothing is, and it evaluates to one shared instance (as on HotSpot).
 */
final class EntryMark {
    static final long SPAWNED = 1L << 31;

    private EntryMark() {
    }

    /** Marks {@code entry} as spawned; throws if it already was. */
    static void consume(Object entry) {
        if (ObjectLayout.typeOf(entry).loadInt(TypeLayout.SIZE) <= ObjectLayout.FIELDS) {
            return;
        }
        Address object = Magic.objectAddress(entry);
        long status = object.loadLong(ObjectLayout.STATUS);
        if ((status & SPAWNED) != 0) {
            throw new IllegalStateException("this one-shot entry was already spawned: an entry runs at most once");
        }
        object.storeLong(ObjectLayout.STATUS, status | SPAWNED);
    }
}
