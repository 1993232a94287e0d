package conformance.implicit_exceptions;

/** Exceptions the VM raises itself, with Java's types and (where Java defines them) messages. */
public class Main {
    static class Holder {
        int field;
        int[] array;

        int method() {
            return field;
        }
    }

    interface Action {
        Object run();
    }

    static int zero() {
        return 0;
    }

    static long zeroL() {
        return 0L;
    }

    static void attempt(String label, Action action) {
        try {
            Object result = action.run();
            System.out.println(label + " -> " + result);
        } catch (NullPointerException e) {
            System.out.println(label + " -> NullPointerException");
        } catch (ClassCastException e) {
            // the message's wording is checked by the cast_messages program
            System.out.println(label + " -> ClassCastException");
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Holder nullHolder = null;
        int[] nullArray = null;
        String nullString = null;
        Object[] nullObjects = null;
        attempt("getfield null", () -> nullHolder.field);
        attempt("putfield null", () -> {
            nullHolder.field = 1;
            return "set";
        });
        attempt("invokevirtual null", () -> nullHolder.method());
        attempt("invokeinterface null", () -> ((CharSequence) nullString).length());
        attempt("arraylength null", () -> nullArray.length);
        attempt("iaload null", () -> nullArray[0]);
        attempt("iastore null", () -> {
            nullArray[0] = 1;
            return "set";
        });
        attempt("aaload null", () -> nullObjects[0]);
        attempt("throw null", () -> {
            RuntimeException e = null;
            throw e;
        });
        attempt("unbox null", () -> {
            Long boxed = null;
            return boxed + 1;
        });
        attempt("String method on null", () -> nullString.length());

        int[] ints = new int[3];
        attempt("int[3][3]", () -> ints[3]);
        attempt("int[3][-1]", () -> ints[-1]);
        attempt("store int[3][5]", () -> {
            ints[5] = 1;
            return "set";
        });
        byte[] bytes = new byte[0];
        char[] chars = new char[2];
        short[] shorts = new short[1];
        long[] longs = new long[4];
        float[] floats = new float[1];
        double[] doubles = new double[10];
        boolean[] booleans = new boolean[1];
        String[] strings2 = new String[2];
        int[][][] cube = new int[2][3][0];
        attempt("byte[0][0]", () -> bytes[0]);
        attempt("char[2][2]", () -> chars[2]);
        attempt("short[1][Integer.MIN_VALUE]", () -> shorts[Integer.MIN_VALUE]);
        attempt("long[4][4]", () -> longs[4]);
        attempt("float[1][1]", () -> floats[1]);
        attempt("double[10][10]", () -> doubles[10]);
        attempt("boolean[1][7]", () -> booleans[7]);
        attempt("String[2][2]", () -> strings2[2]);
        attempt("store String[2][-2]", () -> {
            strings2[-2] = "x";
            return "set";
        });
        attempt("int[2][3][0][1][2][0]", () -> cube[1][2][0]);
        attempt("int[2][3][0][2]", () -> cube[2]);
        attempt("in range", () -> ints[2]);

        attempt("int / 0", () -> 7 / zero());
        attempt("int % 0", () -> 7 % zero());
        attempt("long / 0", () -> 7L / zeroL());
        attempt("long % 0", () -> 7L % zeroL());
        attempt("0 / 0", () -> zero() / zero());
        attempt("int /= 0", () -> {
            int x = 9;
            x /= zero();
            return x;
        });
        attempt("double / 0", () -> 7.0 / zero());
        attempt("double % 0", () -> 7.0 % zero());
        attempt("float / 0", () -> -7.0f / zero());

        attempt("new int[-1]", () -> new int[-1]);
        attempt("new String[-5]", () -> new String[-5]);
        attempt("new long[Integer.MIN_VALUE]", () -> new long[Integer.MIN_VALUE]);
        attempt("new int[2][-3]", () -> new int[2][-3]);
        attempt("new int[-2][3]", () -> new int[-2][3]);
        attempt("new int[0]", () -> new int[0].length);

        Object[] strings = new String[1];
        attempt("store Integer into String[]", () -> {
            strings[0] = 1;
            return "set";
        });
        Object number = 5;
        attempt("cast Integer to String", () -> {
            String s = (String) number;
            return s;
        });
        attempt("cast Integer to Long", () -> (Long) number);
        attempt("cast to Comparable", () -> ((Comparable<?>) number) != null);

        int[] counts = new int[5];
        for (int i = -2; i < 8; i++) {
            try {
                counts[i]++;
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("loop " + e.getMessage());
            }
        }
        int caught = 0;
        for (int i = 0; i < 300; i++) {
            try {
                int r = 100 / (i % 5);
                caught += r > 1000 ? 1 : 0;
            } catch (ArithmeticException e) {
                caught++;
            }
        }
        System.out.println("caught " + caught);
    }
}
