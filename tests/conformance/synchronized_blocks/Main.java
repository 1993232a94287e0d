package conformance.synchronized_blocks;

/** synchronized methods and blocks: re-entry, nesting, exceptions leaving a monitor, static synchronized, sync on arrays and strings. */
public class Main {
    private int value;
    private static int staticValue;
    private final Object lock = new Object();

    synchronized void add(int v) {
        value += v;
    }

    synchronized int reentrant(int depth) {
        if (depth == 0) {
            return value;
        }
        add(1);
        return reentrant(depth - 1);
    }

    static synchronized void addStatic(int v) {
        staticValue += v;
    }

    int nested() {
        synchronized (lock) {
            synchronized (this) {
                synchronized (lock) {
                    value *= 2;
                    return value;
                }
            }
        }
    }

    int throwingInside() {
        try {
            synchronized (lock) {
                value++;
                if (value > 0) {
                    throw new IllegalStateException("inside monitor " + value);
                }
                return -1;
            }
        } catch (IllegalStateException e) {
            System.out.println("caught: " + e.getMessage());
        }
        synchronized (lock) {
            return value;
        }
    }

    synchronized int returnsFromFinally() {
        try {
            return value;
        } finally {
            value = 0;
        }
    }

    public static void main(String[] args) {
        Main m = new Main();
        for (int i = 0; i < 100; i++) {
            m.add(i);
        }
        System.out.println(m.value);
        System.out.println(m.reentrant(10));
        for (int i = 0; i < 10; i++) {
            addStatic(i * i);
        }
        System.out.println(staticValue);
        System.out.println(m.nested());
        System.out.println(m.throwingInside());
        System.out.println(m.returnsFromFinally() + " then " + m.value);

        int[] counters = new int[4];
        for (int i = 0; i < 1000; i++) {
            synchronized (counters) {
                counters[i % 4]++;
            }
        }
        System.out.println(counters[0] + counters[1] + counters[2] + counters[3]);

        String text = "monitor";
        synchronized (text) {
            synchronized (Main.class) {
                System.out.println("holding string and class monitors");
            }
        }
        Object nothing = null;
        try {
            synchronized (nothing) {
                System.out.println("unreachable");
            }
        } catch (NullPointerException e) {
            System.out.println("synchronized(null): NullPointerException");
        }
        int loops = 0;
        outer:
        for (int i = 0; i < 5; i++) {
            synchronized (m) {
                for (int j = 0; j < 5; j++) {
                    loops++;
                    if (j == 2) {
                        continue outer;
                    }
                    if (i == 3) {
                        break outer;
                    }
                }
            }
        }
        System.out.println("loops " + loops);
        m.add(5);
        System.out.println("still usable " + m.value);
    }
}
