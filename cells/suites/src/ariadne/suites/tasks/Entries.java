package ariadne.suites.tasks;

import ariadne.task.OneShot;
import ariadne.task.Task;

/** Small entries several cases share. */
final class Entries {
    private Entries() {
    }

    /** Returns its argument unchanged. */
    static final class Identity<T> implements OneShot<T, T> {
        @Override
        public T run(T arg) {
            return arg;
        }
    }

    /** Yields {@code arg} times, then returns {@code arg}. */
    static final class YieldTimes implements OneShot<Integer, Integer> {
        @Override
        public Integer run(Integer times) {
            for (int i = 0; i < times; i++) {
                Task.yield();
            }
            return times;
        }
    }

    /** Yields until killed, counting its rounds. */
    static final class YieldForever implements OneShot<int[], Object> {
        @Override
        public Object run(int[] rounds) {
            while (true) {
                rounds[0]++;
                Task.yield();
            }
        }
    }
}
