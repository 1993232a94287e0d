package demo;

import ariadne.ownership.Immutable;
import ariadne.task.Task;
import other.Mailbox;

/** @ThreadSafe values (trusted to synchronise internally) may be shared by tasks and cross cells. */
class ThreadSafeValues {
    static final class LocalBox extends Mailbox {}

    static class Plain {
        int n;
    }

    void spawnWithASharedMailbox() {
        Mailbox box = Mailbox.system();
        Task.spawn(b -> { b.post("hi"); return 0; }, box);
        Task.spawn(x -> { box.post("captured"); return x; }, 1);
        box.post("still usable");
    }

    void subclassesInheritIt() {
        LocalBox box = new LocalBox();
        Task.spawn(b -> 0, box);
        Mailbox.subscribe(box);
    }

    void plainObjectsStillNeedAMove() {
        Plain p = new Plain();
        // :: error: (not.unique)
        Task.spawn(x -> 0, p);
    }

    @Immutable
    static final class Holder {
        // :: error: (immutable.field.type)
        final Mailbox box = new Mailbox();
    }
}
