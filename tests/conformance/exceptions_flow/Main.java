package conformance.exceptions_flow;

/** throw/catch/finally: nesting, rethrow, finally overriding results, multi-catch, custom types, causes, try-with-resources, suppressed. */
public class Main {
    static class AppException extends Exception {
        final int code;

        AppException(String message, int code) {
            super(message);
            this.code = code;
        }
    }

    static class NotFound extends AppException {
        NotFound(String what) {
            super(what + " not found", 404);
        }
    }

    static class Fatal extends RuntimeException {
        Fatal(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static class Resource implements AutoCloseable {
        private final String name;
        private final boolean failOnClose;

        Resource(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("open " + name);
        }

        @Override
        public void close() {
            System.out.println("close " + name);
            if (failOnClose) {
                throw new IllegalStateException("close failed: " + name);
            }
        }
    }

    static void find(String key) throws AppException {
        if (key.isEmpty()) {
            throw new AppException("empty key", 400);
        }
        if (key.startsWith("x")) {
            throw new NotFound(key);
        }
    }

    static String lookup(String key) {
        StringBuilder trace = new StringBuilder();
        try {
            trace.append("try ");
            find(key);
            trace.append("found ");
        } catch (NotFound e) {
            trace.append("NotFound(").append(e.getMessage()).append(',').append(e.code).append(") ");
        } catch (AppException e) {
            trace.append("AppException(").append(e.getMessage()).append(',').append(e.code).append(") ");
        } finally {
            trace.append("finally");
        }
        return trace.toString();
    }

    @SuppressWarnings("finally")
    static int finallyOverridesReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static int finallySwallowsException() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 3;
        }
    }

    static int finallyRunsAfterReturnValueComputed() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            System.out.println("finally sets x=" + x);
        }
    }

    static String nested(int mode) {
        StringBuilder sb = new StringBuilder();
        try {
            try {
                sb.append("inner-try ");
                if (mode == 1) {
                    throw new IllegalArgumentException("one");
                }
                if (mode == 2) {
                    throw new UnsupportedOperationException("two");
                }
            } catch (IllegalArgumentException e) {
                sb.append("inner-catch(").append(e.getMessage()).append(") ");
                throw new Fatal("wrapped", e);
            } finally {
                sb.append("inner-finally ");
            }
            sb.append("after-inner ");
        } catch (Fatal e) {
            sb.append("outer-catch Fatal(").append(e.getMessage()).append(" cause ").append(e.getCause().getMessage()).append(") ");
        } catch (RuntimeException e) {
            sb.append("outer-catch ").append(e.getClass().getSimpleName()).append(' ');
        } finally {
            sb.append("outer-finally");
        }
        return sb.toString();
    }

    static String multiCatch(int mode) {
        try {
            switch (mode) {
                case 0: throw new IllegalStateException("state");
                case 1: throw new ArithmeticException("math");
                case 2: return "no exception";
                default: throw new ClassCastException("cast");
            }
        } catch (IllegalStateException | ArithmeticException e) {
            return "multi " + e.getClass().getName() + " " + e.getMessage();
        } catch (RuntimeException e) {
            return "runtime " + e;
        }
    }

    static void rethrow(int depth) throws AppException {
        try {
            if (depth == 0) {
                throw new AppException("bottom", depth);
            }
            rethrow(depth - 1);
        } catch (AppException e) {
            System.out.println("passing through depth " + depth + ": " + e.getMessage());
            throw e;
        }
    }

    static int loopWithFinally() {
        int count = 0;
        for (int i = 0; i < 10; i++) {
            try {
                if (i % 3 == 0) {
                    continue;
                }
                if (i == 8) {
                    break;
                }
                count += i;
            } finally {
                count += 100;
            }
        }
        return count;
    }

    public static void main(String[] args) {
        System.out.println(lookup("abc"));
        System.out.println(lookup("xyz"));
        System.out.println(lookup(""));
        System.out.println(finallyOverridesReturn());
        System.out.println(finallySwallowsException());
        System.out.println(finallyRunsAfterReturnValueComputed());
        for (int mode = 0; mode < 3; mode++) {
            System.out.println(nested(mode));
        }
        for (int mode = 0; mode < 4; mode++) {
            System.out.println(multiCatch(mode));
        }
        try {
            rethrow(3);
        } catch (AppException e) {
            System.out.println("caught at top: " + e.getMessage() + " code " + e.code);
        }
        System.out.println(loopWithFinally());

        try (Resource a = new Resource("a", false); Resource b = new Resource("b", false)) {
            System.out.println("using " + a.name + " and " + b.name);
        }
        try (Resource c = new Resource("c", true); Resource d = new Resource("d", true)) {
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage());
            for (Throwable s : e.getSuppressed()) {
                System.out.println("  suppressed " + s.getMessage());
            }
        }
        try (Resource e = new Resource("e", true)) {
            System.out.println("body ok");
        } catch (IllegalStateException e) {
            System.out.println("close exception " + e.getMessage() + " suppressed " + e.getSuppressed().length);
        }

        Throwable t = new Fatal("top", new AppException("middle", 1));
        System.out.println(t);
        System.out.println(t.getCause());
        System.out.println(new RuntimeException());
        System.out.println(new RuntimeException((String) null).getMessage());
        System.out.println(new RuntimeException(new IllegalStateException("root")).getMessage());
        System.out.println(new Exception("plain").getLocalizedMessage());
        Error err = new AssertionError("assertion text");
        System.out.println(err + " " + (err instanceof Throwable));
        IllegalArgumentException withCause = new IllegalArgumentException("arg");
        withCause.initCause(new NullPointerException("np"));
        System.out.println(withCause.getCause());

        int handled = 0;
        for (int i = 0; i < 200; i++) {
            try {
                if (i % 7 == 0) {
                    throw new NotFound("item" + i);
                }
            } catch (AppException e) {
                handled += e.code;
            }
        }
        System.out.println("handled " + handled);
    }
}
