package conformance.exit_in_finally;

/** System.exit from deep inside nested calls, a catch and a finally: the status is the program's, nothing after it runs. */
public class Main {
    static int depth;

    static void recurse(int n) {
        depth++;
        try {
            if (n == 0) {
                throw new IllegalStateException("bottom reached at depth " + depth);
            }
            recurse(n - 1);
        } finally {
            System.out.println("unwinding " + n);
            if (n == 3) {
                System.out.println("exiting from finally with " + (40 + n - 1));
                System.exit(40 + n - 1);
            }
        }
    }

    public static void main(String[] args) {
        try {
            recurse(6);
        } catch (IllegalStateException e) {
            System.out.println("must not be caught: " + e.getMessage());
        } finally {
            System.out.println("outer finally must not run");
        }
        System.out.println("not reached");
    }
}
