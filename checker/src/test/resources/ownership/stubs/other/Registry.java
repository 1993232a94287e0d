package other;

import ariadne.ownership.Borrowed;
import ariadne.ownership.Unique;

/** Stand-in for code of another cell. */
public final class Registry {
    public static Buffer lastKept;

    private Registry() {}

    public static void keep(Buffer buffer) {}

    public static void look(@Borrowed Buffer buffer) {}

    public static void take(@Unique Buffer buffer) {}

    public static void keepAll(Buffer... buffers) {}

    public static void keepObject(Object object) {}

    public static void name(String name) {}

    public static void count(int count) {}

    public static void point(Point point) {}

    public static Buffer shared() {
        return lastKept;
    }

    public static @Unique Buffer fresh() {
        return new Buffer();
    }

    public static String label() {
        return "registry";
    }
}
