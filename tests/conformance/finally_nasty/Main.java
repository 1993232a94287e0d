package conformance.finally_nasty;

/** finally blocks that override returns, swallow exceptions with break/continue, nest, and run on every way out. */
public class Main {
    static StringBuilder log = new StringBuilder();

    @SuppressWarnings("finally")
    static int returnOverridden() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static int exceptionSwallowedByReturn() {
        try {
            throw new IllegalStateException("lost");
        } finally {
            return 3;
        }
    }

    static int valueCapturedBeforeFinally() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            log.append("x=").append(x).append(' ');
        }
    }

    static int[] arrayMutatedInFinally() {
        int[] a = {1};
        try {
            return a;
        } finally {
            a[0] = 99;
        }
    }

    @SuppressWarnings("finally")
    static int breakSwallows() {
        int i = 0;
        while (true) {
            try {
                i++;
                if (i == 3) {
                    throw new RuntimeException("swallowed by break");
                }
            } finally {
                if (i == 3) {
                    break;
                }
            }
        }
        return i;
    }

    @SuppressWarnings("finally")
    static int continueSwallows() {
        int count = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i % 2 == 0) {
                    throw new RuntimeException("even " + i);
                }
                count += 10;
            } finally {
                count++;
                continue;
            }
        }
        return count;
    }

    static String nested(int mode) {
        StringBuilder sb = new StringBuilder();
        try {
            try {
                sb.append('a');
                if (mode == 1) {
                    throw new IllegalArgumentException("one");
                }
                if (mode == 2) {
                    return sb.append("-ret").toString();
                }
                sb.append('b');
            } catch (IllegalArgumentException e) {
                sb.append("-catch:").append(e.getMessage());
                if (mode == 1) {
                    throw new UnsupportedOperationException("from catch");
                }
            } finally {
                sb.append("-inner");
            }
            sb.append("-between");
        } catch (UnsupportedOperationException e) {
            sb.append("-outer:").append(e.getMessage());
        } finally {
            sb.append("-outerfinally");
        }
        return sb.toString();
    }

    static void finallyThrowsReplaces() {
        try {
            try {
                throw new IllegalStateException("first");
            } finally {
                log.append("inner-finally ");
                if (log.length() > 0) {
                    throw new ArithmeticException("second");
                }
            }
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getClass().getSimpleName() + ": " + e.getMessage() + " suppressed=" + e.getSuppressed().length);
        }
    }

    static int depth(int n) {
        try {
            if (n == 0) {
                throw new RuntimeException("bottom");
            }
            return depth(n - 1) + 1;
        } finally {
            log.append(n);
        }
    }

    static class Resource implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Resource(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("open " + name);
        }

        @Override
        public void close() {
            System.out.println("close " + name);
            if (failOnClose) {
                throw new IllegalStateException("close " + name);
            }
        }
    }

    static void resources(boolean failBody, boolean failClose) {
        try (Resource a = new Resource("a", failClose); Resource b = new Resource("b", failClose)) {
            System.out.println("body " + a.name + b.name);
            if (failBody) {
                throw new RuntimeException("body");
            }
        } catch (RuntimeException e) {
            System.out.print("caught " + e.getMessage());
            for (Throwable s : e.getSuppressed()) {
                System.out.print(" suppressed(" + s.getMessage() + ")");
            }
            System.out.println();
        } finally {
            System.out.println("resources done");
        }
    }

    static String multiCatch(int k) {
        try {
            switch (k) {
                case 0: throw new IllegalArgumentException("iae");
                case 1: throw new ArrayIndexOutOfBoundsException(5);
                case 2: return "" + (10 / (k - 2));
                case 3: Object o = "s"; return ((Integer) o).toString();
                default: return "none";
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            return "multi " + e.getClass().getName() + " " + e.getMessage();
        } catch (IndexOutOfBoundsException e) {
            return "index " + e.getMessage();
        } catch (RuntimeException e) {
            return "runtime " + e.getClass().getName();
        }
    }

    @SuppressWarnings("finally")
    static int loopWithFinallyReturn() {
        int i = 0;
        outer:
        for (; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                try {
                    if (i * j == 12) {
                        break outer;
                    }
                    if (j > i) {
                        continue outer;
                    }
                } finally {
                    log.append(i == 4 && j == 3 ? "!" : "");
                }
            }
        }
        return i;
    }

    public static void main(String[] args) {
        System.out.println(returnOverridden());
        System.out.println(exceptionSwallowedByReturn());
        System.out.println(valueCapturedBeforeFinally() + " " + log);
        System.out.println(arrayMutatedInFinally()[0]);
        System.out.println(breakSwallows());
        System.out.println(continueSwallows());
        for (int m = 0; m < 3; m++) {
            System.out.println(nested(m));
        }
        log.setLength(0);
        finallyThrowsReplaces();
        System.out.println(log);
        log.setLength(0);
        try {
            depth(5);
        } catch (RuntimeException e) {
            System.out.println("depth " + e.getMessage() + " " + log);
        }
        resources(false, false);
        resources(true, false);
        resources(true, true);
        resources(false, true);
        for (int k = 0; k < 5; k++) {
            System.out.println(multiCatch(k));
        }
        log.setLength(0);
        System.out.println(loopWithFinallyReturn() + " " + log);
    }
}
