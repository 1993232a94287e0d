package demo;

import ariadne.ownership.Unique;

/**
 * A method with a {@code @Unique} receiver uses its receiver up (rule 2's one-shot run, and
 * builders such as the task cell's TaskBuilder): a chain on a fresh object is fine, a second call
 * on the same variable is a use after move, a shared receiver is refused.
 */
class UniqueReceivers {
    static final class Builder {
        int priority;

        static @Unique Builder create() {
            return new Builder();
        }

        @Unique Builder priority(@Unique Builder this, int p) {
            priority = p;
            return this;
        }

        void start(@Unique Builder this) {}
    }

    Builder kept = new Builder();

    void chainOnAFreshBuilder() {
        Builder.create().priority(3).start();
    }

    void chainResultKeptInAUniqueVariable() {
        @Unique Builder b = Builder.create().priority(2);
        b.start();
    }

    void variableUsedAfterTheChainConsumedIt() {
        @Unique Builder b = Builder.create();
        b.priority(2);
        // :: error: (use.after.move)
        b.start();
    }

    void consumedOnOneBranch(boolean c) {
        @Unique Builder b = Builder.create();
        if (c) {
            b.start();
        }
        // :: error: (use.after.maybe.move)
        b.priority(1);
    }

    void sharedReceiverIsRefused() {
        // :: error: (consume.not.unique)
        kept.start();
    }

    void sharedLocalReceiverIsRefused() {
        Builder b = new Builder();
        // :: error: (consume.not.unique)
        b.start();
    }

    Builder sharedResult() {
        return kept;
    }

    void sharedResultIsRefused() {
        // :: error: (consume.not.unique)
        sharedResult().start();
    }

    void castDoesNotMakeAFieldUnique() {
        // :: error: (consume.not.unique)
        ((Builder) kept).start();
    }
}
