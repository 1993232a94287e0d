package conformance.uncaught_arithmetic;

/** Ends with an ArithmeticException raised by the hardware divide deep in a recursion; status 1, finally blocks print on the way out. */
public class Main {
    static long divideDown(long value, int depth) {
        try {
            if (depth == 0) {
                long divisor = value - value;
                return value / divisor;
            }
            return divideDown(value * 3, depth - 1);
        } finally {
            System.out.println("leaving depth " + depth);
        }
    }

    public static void main(String[] args) {
        System.out.println("before " + divideDown(5, 3));
    }
}
