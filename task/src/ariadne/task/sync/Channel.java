package ariadne.task.sync;

import ariadne.ownership.ThreadSafe;
import ariadne.task.Critical;
import ariadne.task.WaitQueue;

/**
 * A bounded FIFO channel between tasks: {@link #send} blocks while it is full, {@link #receive}
 * while it is empty.
 *
 * @param <T> the type of the messages
 */
@ThreadSafe
public final class Channel<T> {
    private final Object[] slots;
    private final WaitQueue notFull = new WaitQueue();
    private final WaitQueue notEmpty = new WaitQueue();
    private int head;
    private int count;

    public Channel(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " is below 1");
        }
        slots = new Object[capacity];
    }

    public void send(T message) {
        long state = Critical.enter();
        while (count == slots.length) {
            notFull.await();
        }
        slots[(head + count) % slots.length] = message;
        count++;
        notEmpty.wakeOne();
        Critical.exit(state);
    }

    @SuppressWarnings("unchecked")
    public T receive() {
        long state = Critical.enter();
        while (count == 0) {
            notEmpty.await();
        }
        T message = (T) slots[head];
        slots[head] = null;
        head = (head + 1) % slots.length;
        count--;
        notFull.wakeOne();
        Critical.exit(state);
        return message;
    }

    public int size() {
        return count;
    }

    public int capacity() {
        return slots.length;
    }
}
