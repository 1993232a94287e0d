package ariadne.suites.exceptions;

import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/** Stack traces start where the throwable was created and name class, method, file and line. */
final class TraceCases {
    private TraceCases() {
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("traceStartsAtTheCreatingMethod") {
            @Override
            protected void run() {
                StackTraceElement[] trace = created().getStackTrace();
                Check.equal("ariadne.suites.exceptions.TraceCases", trace[0].getClassName(), "class");
                Check.equal("created", trace[0].getMethodName(), "method, not a constructor");
                Check.equal("TraceCases.java", trace[0].getFileName(), "file");
                Check.isTrue(trace[0].getLineNumber() > 0, "a line");
                Check.equal("run", trace[1].getMethodName(), "the caller next");
            }
        });
        cases.add(new TestCase("checkFailureTraceStartsInTheFailingMethod") {
            @Override
            protected void run() {
                StackTraceElement[] trace = null;
                try {
                    outOfBounds(new int[1]);
                } catch (ArrayIndexOutOfBoundsException e) {
                    trace = e.getStackTrace();
                }
                Check.equal("outOfBounds", trace[0].getMethodName(), "not the runtime's thrower");
            }
        });
        cases.add(new TestCase("faultTraceNamesTheFaultingLine") {
            @Override
            protected void run() {
                StackTraceElement[] trace = null;
                try {
                    valueOf(null);
                } catch (NullPointerException e) {
                    trace = e.getStackTrace();
                }
                Check.equal("valueOf(TraceCases.java:" + VALUE_OF_LINE + ")",
                        trace[0].getMethodName() + "(" + trace[0].getFileName() + ":" + trace[0].getLineNumber() + ")",
                        "faulting frame");
            }
        });
        cases.add(new TestCase("traceIsKeptWhenRethrown") {
            @Override
            protected void run() {
                RuntimeException first = created();
                RuntimeException caught = null;
                try {
                    throw first;
                } catch (RuntimeException e) {
                    caught = e;
                }
                Check.equal("created", caught.getStackTrace()[0].getMethodName(), "trace of the creation");
            }
        });
    }

    private static final int VALUE_OF_LINE = 71;

    /** A field to read through a null reference. */
    private int value;

    private static int valueOf(TraceCases holder) {
        return holder.value; // line 71: keep VALUE_OF_LINE in step
    }

    private static RuntimeException created() {
        return new RuntimeException("made here");
    }

    private static int outOfBounds(int[] array) {
        return array[3];
    }
}
