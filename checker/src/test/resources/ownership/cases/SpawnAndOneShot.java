package demo;

import ariadne.ownership.Unique;
import ariadne.task.JoinHandle;
import ariadne.task.OneShot;
import ariadne.task.Task;

/** Rule 2: spawn's entry and argument are @Unique and moved; a one-shot entry runs once. */
class SpawnAndOneShot {
    static class Buffer {
        int length;
    }

    Buffer sharedBuffer = new Buffer();

    void spawnMovesTheArgument() {
        @Unique Buffer b = new Buffer();
        JoinHandle<Integer> h = Task.spawn(x -> x.length, b);
        // :: error: (use.after.move)
        b.length = 1;
    }

    void spawnNeedsAUniqueArgument() {
        Buffer b = new Buffer();
        // :: error: (not.unique)
        Task.spawn(x -> x.length, b);
    }

    void spawnOfAFieldIsRejected() {
        // :: error: (not.unique)
        Task.spawn(x -> x.length, sharedBuffer);
    }

    void freshArgumentsAreUnique() {
        Task.spawn(x -> x.length, new Buffer());
        Task.spawn("named", x -> x.length, new Buffer());
    }

    void immutableArgumentsNeedNoMove() {
        String s = "hello";
        Task.spawn(x -> x.length(), s);
        Task.spawn(x -> x + 1, 41);
        s.length();
    }

    void entrySpawnedTwice() {
        @Unique OneShot<String, Integer> entry = x -> x.length();
        Task.spawn(entry, "a");
        // :: error: (use.after.move)
        Task.spawn(entry, "b");
    }

    void entryRunTwice() {
        @Unique OneShot<String, Integer> entry = x -> x.length();
        entry.run("a");
        // :: error: (use.after.move)
        entry.run("b");
    }

    void entryRunThenSpawned() {
        @Unique OneShot<String, Integer> entry = x -> x.length();
        entry.run("a");
        // :: error: (use.after.move)
        Task.spawn(entry, "b");
    }

    void sharedEntryCannotRun(OneShot<String, Integer> entry) {
        // :: error: (consume.not.unique)
        entry.run("a");
    }

    void entryCapturingSharedStateIsNotUnique() {
        Buffer local = new Buffer();
        // :: error: (not.unique)
        Task.spawn(x -> local.length + x, 1);
    }

    void entryCapturingThisIsNotUnique() {
        // :: error: (not.unique)
        Task.spawn(x -> sharedBuffer.length + x, 1);
    }

    void entryCapturingUniqueMovesIt() {
        @Unique Buffer b = new Buffer();
        Task.spawn(x -> b.length + x, 1);
        // :: error: (use.after.move)
        b.length = 2;
    }

    void joinHandsTheResultOver() {
        JoinHandle<Buffer> h = Task.spawn(x -> new Buffer(), 0);
        @Unique Buffer result = h.join();
        result.length = 5;
    }
}
