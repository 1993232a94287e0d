package ariadne.suites.memory;

import ariadne.interrupts.FaultInjection;
import ariadne.magic.Address;
import ariadne.memory.Stack;
import ariadne.memory.StackAllocator;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/** CPU faults that must arrive as Java exceptions, thrown at the faulting frame and caught there. */
final class FaultCases {
    private FaultCases() {
    }

    /** Recursion deep enough for any stack, counting its depth. */
    private static final class Recursion implements Runnable {
        int deepest;
        boolean overflowed;

        @Override
        public void run() {
            try {
                descend(1);
            } catch (StackOverflowError e) {
                overflowed = true;
            }
        }

        private long descend(int depth) {
            deepest = depth;
            return depth + descend(depth + 1) + 1;
        }
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("nullDereferenceThrowsNullPointerException") {
            @Override
            protected void run() {
                boolean caught = false;
                try {
                    Address.zero().loadInt(8);
                } catch (NullPointerException e) {
                    caught = true;
                }
                Check.isTrue(caught, "a load from page 0 throws NullPointerException");
            }
        });
        cases.add(new TestCase("divideErrorThrowsArithmeticException") {
            @Override
            protected void run() {
                String message = null;
                try {
                    FaultInjection.divide(7, 0);
                } catch (ArithmeticException e) {
                    message = e.getMessage();
                }
                Check.equal("/ by zero", message, "the #DE becomes ArithmeticException");
                Check.equal(3, FaultInjection.divide(7, 2), "division still works");
            }
        });
        cases.add(new TestCase("deepRecursionThrowsStackOverflowError") {
            @Override
            // sound: Stack.run runs the entry synchronously and keeps no reference after it returns; the test reads the entry's fields afterwards
            @SuppressWarnings("ownership:cell.boundary.shared")
            protected void run() {
                Stack stack = StackAllocator.allocate(64 * 1024);
                Recursion recursion = new Recursion();
                stack.run(recursion);
                Check.isTrue(recursion.overflowed, "the guard page hit became StackOverflowError");
                Check.isTrue(recursion.deepest > 100, "it recursed deeply first: " + recursion.deepest);
                Recursion again = new Recursion();
                stack.run(again);
                Check.isTrue(again.overflowed, "a second overflow on the same stack is caught too");
                stack.release();
            }
        });
        cases.add(new TestCase("deepRecursionOnTheBootStackThrowsStackOverflowError") {
            @Override
            protected void run() {
                Recursion recursion = new Recursion();
                recursion.run();
                Check.isTrue(recursion.overflowed, "the boot stack's guard page hit became StackOverflowError");
            }
        });
    }
}
