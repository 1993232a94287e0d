package ariadne.loadertest.user;

import ariadne.loadertest.base.Base;
import ariadne.loadertest.base.Shape;

/** Calls into loader-test-base and extends its type. */
public final class User {
    /** Taken when this class is initialised, after Base's own stamp. */
    private static final long STAMP = Base.nextStamp();

    private User() {
    }

    public static long stamp() {
        return STAMP;
    }

    /** A virtual call through a type of this cell whose code is partly in the other cell. */
    public static long twiceTheAreaOfSquare(long side) {
        Shape square = new Square(side);
        return square.twiceTheArea();
    }

    /** Sums 0..n-1 by calling into the other cell once per number: the cross-cell call benchmark. */
    public static long sumByCalls(long n) {
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum = Base.add(sum, i);
        }
        return sum;
    }

    /** A string literal the suites cell uses too: one object in the whole system. */
    public static String sharedLiteral() {
        return "loader: shared literal";
    }

    private static final class Square extends Shape {
        private final long side;

        Square(long side) {
            this.side = side;
        }

        @Override
        public long area() {
            return side * side;
        }
    }
}
