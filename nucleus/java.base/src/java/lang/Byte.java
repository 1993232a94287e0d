package java.lang;

public final class Byte extends Number implements Comparable<Byte> {

    public static final byte MIN_VALUE = -128;
    public static final byte MAX_VALUE = 127;
    public static final int SIZE = 8;
    public static final int BYTES = 1;

    private final byte value;

    @Deprecated(since = "9", forRemoval = true)
    public Byte(byte value) {
        this.value = value;
    }

    @Deprecated(since = "9", forRemoval = true)
    public Byte(String s) throws NumberFormatException {
        this.value = parseByte(s, 10);
    }

    public static String toString(byte b) {
        return Integer.toString(b);
    }

    public static byte parseByte(String s, int radix) throws NumberFormatException {
        return (byte) Digits.parseNarrow(s, radix, MIN_VALUE, MAX_VALUE);
    }

    public static byte parseByte(String s) throws NumberFormatException {
        return parseByte(s, 10);
    }

    public static Byte valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseByte(s, radix));
    }

    public static Byte valueOf(String s) throws NumberFormatException {
        return valueOf(parseByte(s, 10));
    }

    /** Boxes {@code b}; every byte value has one shared box. */
    public static Byte valueOf(byte b) {
        return Cache.BOXES[b + 128];
    }

    public byte byteValue() {
        return value;
    }

    public short shortValue() {
        return (short) value;
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return (long) value;
    }

    public float floatValue() {
        return (float) value;
    }

    public double doubleValue() {
        return (double) value;
    }

    public String toString() {
        return Integer.toString(value);
    }

    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(byte value) {
        return (int) value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Byte && value == ((Byte) obj).byteValue();
    }

    public int compareTo(Byte anotherByte) {
        return compare(value, anotherByte.value);
    }

    public static int compare(byte x, byte y) {
        return x - y;
    }

    public static int toUnsignedInt(byte x) {
        return ((int) x) & 0xff;
    }

    public static long toUnsignedLong(byte x) {
        return ((long) x) & 0xffL;
    }

    private static final class Cache {
        static final Byte[] BOXES = new Byte[256];

        static {
            for (int i = 0; i < BOXES.length; i++) {
                BOXES[i] = new Byte((byte) (i - 128));
            }
        }
    }

    public static Byte decode(String nm) throws NumberFormatException {
        int i = (int) Digits.decode(nm, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value " + i + " out of range from input " + nm);
        }
        return valueOf((byte) i);
    }
}
