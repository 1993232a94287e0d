package ariadne.suites.exceptions;

import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/** Exceptions that compiled code's checks and hardware faults raise are caught like thrown ones. */
final class ImplicitCases {
    private ImplicitCases() {
    }

    /** A field to dereference through a null reference. */
    private int value;

    static void add(CaseList cases) {
        cases.add(new TestCase("nullDereferenceIsCaught") {
            @Override
            protected void run() {
                ImplicitCases none = nothing();
                boolean caught = false;
                try {
                    none.value = 1;
                } catch (NullPointerException e) {
                    caught = true;
                }
                Check.isTrue(caught, "NullPointerException caught");
            }
        });
        cases.add(new TestCase("divisionByZeroIsCaughtInTheCaller") {
            @Override
            protected void run() {
                String message = null;
                try {
                    divide(1, zero());
                } catch (ArithmeticException e) {
                    message = e.getMessage();
                }
                Check.equal("/ by zero", message, "message");
            }
        });
        cases.add(new TestCase("checkFailuresAreCaught") {
            @Override
            protected void run() {
                int caught = 0;
                try {
                    int[] small = new int[2];
                    small[zero() + 2] = 1;
                } catch (ArrayIndexOutOfBoundsException e) {
                    caught++;
                }
                try {
                    Object text = "text";
                    Check.equal(0, ((Integer) text).intValue(), "cast");
                } catch (ClassCastException e) {
                    caught++;
                }
                try {
                    Check.equal(0, new int[zero() - 1].length, "negative size");
                } catch (NegativeArraySizeException e) {
                    caught++;
                }
                Check.equal(3, caught, "exceptions caught");
            }
        });
    }

    private static ImplicitCases nothing() {
        return null;
    }

    private static int zero() {
        return 0;
    }

    private static int divide(int a, int b) {
        return a / b;
    }
}
