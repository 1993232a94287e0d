package conformance.narrowing;

/** Narrowing and widening conversions among byte, short, char, int and long; char arithmetic; sign extension. */
public class Main {
    public static void main(String[] args) {
        int[] values = {0, 1, 127, 128, 255, 256, -1, -128, -129, 32767, 32768, 65535, 65536, 70000, -70000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : values) {
            System.out.println(v + " -> byte " + (byte) v + " short " + (short) v + " char " + (int) (char) v + " long " + (long) v);
        }
        long[] longs = {1L << 32, (1L << 32) + 5, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 0x80000000L, 0x1234567890L};
        for (long v : longs) {
            System.out.println(v + " -> int " + (int) v + " short " + (short) v + " byte " + (byte) v + " char " + (int) (char) v);
        }
        byte b = (byte) 0xf0;
        System.out.println("byte to char " + (int) (char) b + " byte & 0xff " + (b & 0xff) + " byte >> 2 " + (b >> 2) + " byte >>> 2 " + (b >>> 2) + " (byte)(b >>> 2) " + (byte) (b >>> 2));
        char c = 'A';
        c += 2;
        c++;
        System.out.println("char arithmetic " + c + " " + (c + 1) + " " + (char) (c + 1) + " " + (int) c);
        char high = (char) 0xffff;
        high++;
        System.out.println("char wraps " + (int) high);
        short s = Short.MAX_VALUE;
        s++;
        System.out.println("short wraps " + s);
        byte bb = 127;
        bb += 1;
        System.out.println("byte wraps " + bb);
        byte product = (byte) (100 * 3);
        System.out.println("byte product " + product);
        short fromChar = (short) '\uffff';
        char fromShort = (char) (short) -2;
        System.out.println("short from char " + fromChar + " char from short " + (int) fromChar + " " + (int) fromShort);
        char digit = '7';
        int numeric = digit - '0';
        char next = (char) (digit + 1);
        System.out.println("digits " + numeric + " " + next + " " + (char) ('a' + 25) + " " + ('z' - 'a'));
        byte[] bytes = new byte[8];
        long packed = 0x0102030405060708L;
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (packed >>> (56 - 8 * i));
        }
        long unpacked = 0;
        for (byte x : bytes) {
            unpacked = (unpacked << 8) | (x & 0xff);
        }
        System.out.println("pack " + (packed == unpacked) + " " + bytes[7]);
        short sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += (short) (i * 97);
        }
        System.out.println("short sum " + sum);
        int ternary = true ? 'x' : 0;
        char ternaryChar = false ? 'x' : 'y';
        System.out.println("ternary " + ternary + " " + ternaryChar);
        Object boxedTernary = true ? 1 : 'c';
        System.out.println("boxed ternary " + (int) (Character) boxedTernary + " " + boxedTernary.getClass().getSimpleName());
        final byte constant = 10;
        char fromConstant = constant;
        System.out.println("constant assignment " + (int) fromConstant);
        int i2b = 0;
        for (int i = 0; i < 512; i++) {
            i2b += (byte) i;
        }
        System.out.println("i2b sum " + i2b);
    }
}
