package ariadne.suites.tasks;

import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;
import ariadne.task.Critical;
import ariadne.task.JoinHandle;
import ariadne.task.OneShot;
import ariadne.task.Task;
import ariadne.task.WaitQueue;
import ariadne.task.sync.Channel;
import ariadne.task.sync.Mutex;
import ariadne.task.sync.Semaphore;

/** Wait queues, mutex, semaphore and channel between tasks. */
final class SyncCases {
    private static final int WORKERS = 4;
    private static final int INCREMENTS = 200;
    private static final int MESSAGES = 500;

    private SyncCases() {
    }

    /** State the mutex protects; the yield inside the section invites a lost update. */
    static final class SharedCounter {
        final Mutex mutex = new Mutex();
        int value;
    }

    /** Increments a shared counter {@link #INCREMENTS} times under its mutex, yielding mid-update. */
    static final class Incrementer implements OneShot<SharedCounter, Integer> {
        @Override
        public Integer run(SharedCounter counter) {
            for (int i = 0; i < INCREMENTS; i++) {
                counter.mutex.lock();
                int seen = counter.value;
                Task.yield();
                counter.value = seen + 1;
                counter.mutex.unlock();
            }
            return INCREMENTS;
        }
    }

    /** Sends 1..{@link #MESSAGES} over the channel. */
    static final class Producer implements OneShot<Channel<Integer>, Integer> {
        @Override
        public Integer run(Channel<Integer> channel) {
            for (int i = 1; i <= MESSAGES; i++) {
                channel.send(i);
            }
            return MESSAGES;
        }
    }

    /** Receives {@link #MESSAGES} messages; returns a checksum that also depends on their order. */
    static final class Consumer implements OneShot<Channel<Integer>, Long> {
        @Override
        public Long run(Channel<Integer> channel) {
            long checksum = 0;
            for (int i = 1; i <= MESSAGES; i++) {
                checksum = checksum * 31 + channel.receive();
            }
            return checksum;
        }
    }

    /** Tracks how many tasks are inside a semaphore-guarded section at once. */
    static final class Occupancy {
        final Semaphore semaphore = new Semaphore(2);
        int inside;
        int most;
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("mutexContentionLosesNoUpdate") {
            @Override
            // sound: the test shares this object with the tasks it spawns on purpose, to observe what they do with it; no other cell sees it, and the test ends every task it spawns
            @SuppressWarnings("ownership:not.unique")
            protected void run() {
                SharedCounter counter = new SharedCounter();
                JoinHandle<Integer>[] workers = ResultCases.newHandles(WORKERS);
                for (int i = 0; i < WORKERS; i++) {
                    workers[i] = Task.spawn(new Incrementer(), counter);
                }
                for (int i = 0; i < WORKERS; i++) {
                    workers[i].join();
                }
                Check.equal(WORKERS * INCREMENTS, counter.value, "counter");
                Check.isTrue(counter.mutex.owner() == null, "the mutex is free at the end");
            }
        });
        cases.add(new TestCase("mutexKnowsItsOwner") {
            @Override
            protected void run() {
                final Mutex mutex = new Mutex();
                mutex.lock();
                Check.isTrue(mutex.owner() == Task.current(), "the locker owns it");
                JoinHandle<Boolean> other = Task.spawn(new OneShot<Mutex, Boolean>() {
                    @Override
                    public Boolean run(Mutex m) {
                        return m.tryLock();
                    }
                }, mutex);
                Check.isTrue(!other.join().booleanValue(), "another task cannot take it");
                mutex.unlock();
                Check.isTrue(mutex.owner() == null, "free after unlock");
            }
        });
        cases.add(new TestCase("semaphoreBoundsConcurrency") {
            @Override
            // sound: the test shares this object with the tasks it spawns on purpose, to observe what they do with it; no other cell sees it, and the test ends every task it spawns
            @SuppressWarnings("ownership:not.unique")
            protected void run() {
                Occupancy occupancy = new Occupancy();
                JoinHandle<Object>[] handles = newObjectHandles(6);
                for (int i = 0; i < handles.length; i++) {
                    handles[i] = Task.spawn(new OneShot<Occupancy, Object>() {
                        @Override
                        public Object run(Occupancy o) {
                            o.semaphore.acquire();
                            o.inside++;
                            o.most = Math.max(o.most, o.inside);
                            Task.yield();
                            Task.yield();
                            o.inside--;
                            o.semaphore.release();
                            return null;
                        }
                    }, occupancy);
                }
                for (int i = 0; i < handles.length; i++) {
                    handles[i].join();
                }
                Check.equal(2, occupancy.most, "most tasks inside at once");
                Check.equal(2, occupancy.semaphore.availablePermits(), "permits at the end");
            }
        });
        cases.add(new TestCase("channelProducerConsumerChecksum") {
            @Override
            protected void run() {
                Channel<Integer> channel = new Channel<>(4);
                JoinHandle<Long> consumer = Task.spawn(new Consumer(), channel);
                JoinHandle<Integer> producer = Task.spawn(new Producer(), channel);
                long expected = 0;
                for (int i = 1; i <= MESSAGES; i++) {
                    expected = expected * 31 + i;
                }
                Check.equal(MESSAGES, producer.join().intValue(), "messages sent");
                Check.equal(expected, consumer.join().longValue(), "checksum of what was received");
                Check.equal(0, channel.size(), "channel drained");
            }
        });
        cases.add(new TestCase("fullChannelBlocksTheSender") {
            @Override
            // sound: the test shares this object with the tasks it spawns on purpose, to observe what they do with it; no other cell sees it, and the test ends every task it spawns
            @SuppressWarnings("ownership:not.unique")
            protected void run() { // preemption would reorder what this checks
                Cooperatively.run(() -> {
                    final Channel<String> channel = new Channel<>(1);
                    final OrderLog sent = new OrderLog();
                    JoinHandle<Object> sender = Task.spawn(new OneShot<Channel<String>, Object>() {
                        @Override
                        public Object run(Channel<String> c) {
                            for (int i = 1; i <= 3; i++) {
                                c.send("m" + i);
                                sent.add(i);
                            }
                            return null;
                        }
                    }, channel);
                    Task.yield();
                    Check.equal("1", sent.toString(), "sent before the channel filled up");
                    Check.equal("m1", channel.receive(), "first message");
                    Check.equal("m2", channel.receive(), "second message");
                    Check.equal("m3", channel.receive(), "third message");
                    sender.join();
                    Check.equal("1,2,3", sent.toString(), "all sent");
                });
            }
        });
        cases.add(new TestCase("killingTheOwnerHandsAnAbandonedMutexToTheWaiter") {
            @Override
            protected void run() {
                Counters before = new Counters();
                final Mutex mutex = new Mutex();
                final Semaphore never = new Semaphore(0);
                JoinHandle<Object> owner = Task.spawn(new OneShot<Mutex, Object>() {
                    @Override
                    public Object run(Mutex m) {
                        m.lock();
                        never.acquire(); // holds the mutex until killed
                        return null;
                    }
                }, mutex);
                JoinHandle<Boolean> waiter = Task.spawn(new OneShot<Mutex, Boolean>() {
                    @Override
                    public Boolean run(Mutex m) {
                        m.lock();
                        boolean told = m.wasAbandoned();
                        m.unlock();
                        return told;
                    }
                }, mutex);
                while (mutex.owner() != owner) {
                    Task.yield();
                }
                Task.yield();
                Check.isTrue(!waiter.isFinished(), "the waiter waits for the mutex");
                Check.isTrue(owner.kill(), "kill reports it ended the owner");
                Check.isTrue(waiter.join().booleanValue(), "the waiter got the mutex, told it was abandoned");
                Check.isTrue(mutex.owner() == null, "free after the waiter's unlock");
                Check.isTrue(!mutex.wasAbandoned(), "the waiter's unlock cleared the mark");
                mutex.lock();
                Check.isTrue(!mutex.wasAbandoned(), "the next owner is not told");
                mutex.unlock();
                owner.detach();
                before.checkBackToBaseline();
            }
        });
        cases.add(new TestCase("aTaskEndingWithAMutexHeldAbandonsIt") {
            @Override
            protected void run() {
                final Mutex first = new Mutex();
                final Mutex second = new Mutex();
                JoinHandle<Object> h = Task.spawn(new OneShot<Object, Object>() {
                    @Override
                    public Object run(Object unused) {
                        first.lock();
                        second.lock();
                        return null; // returns without unlocking either
                    }
                }, null);
                h.join();
                Check.isTrue(first.owner() == null && second.owner() == null, "neither stays held by the ended task");
                Check.isTrue(first.wasAbandoned() && second.wasAbandoned(), "both are marked abandoned");
                Check.isTrue(first.tryLock(), "the next locker gets it");
                Check.isTrue(first.wasAbandoned(), "and is told");
                first.unlock();
                Check.isTrue(!first.wasAbandoned(), "until it unlocks");
            }
        });
        cases.add(new TestCase("waitQueueWakesAllWaiters") {
            @Override
            protected void run() {
                final WaitQueue queue = new WaitQueue();
                JoinHandle<Object>[] handles = newObjectHandles(5);
                for (int i = 0; i < handles.length; i++) {
                    handles[i] = Task.spawn(new OneShot<WaitQueue, Object>() {
                        @Override
                        public Object run(WaitQueue q) {
                            long state = Critical.enter();
                            q.await();
                            Critical.exit(state);
                            return "woken";
                        }
                    }, queue);
                }
                Task.yield();
                Check.equal(5, queue.size(), "waiters");
                Check.equal(5, queue.wakeAll(), "woken");
                for (int i = 0; i < handles.length; i++) {
                    Check.equal("woken", handles[i].join(), "result of waiter " + i);
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static JoinHandle<Object>[] newObjectHandles(int count) {
        return (JoinHandle<Object>[]) new JoinHandle<?>[count];
    }
}
