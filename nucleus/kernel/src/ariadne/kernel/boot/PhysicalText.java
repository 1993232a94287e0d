package ariadne.kernel.boot;

import ariadne.magic.Address;

/** Zero-terminated strings the boot loader left in physical memory. */
final class PhysicalText {

    private PhysicalText() {
    }

    /** Bytes before the terminating zero at {@code start}. */
    static int length(Address start) {
        int length = 0;
        while (start.loadByte(length) != 0) {
            length++;
        }
        return length;
    }

    /** The zero-terminated UTF-8 string at {@code start}; "" for address 0. */
    static String read(Address start) {
        if (start.isZero()) {
            return "";
        }
        byte[] bytes = new byte[length(start)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = start.loadByte(i);
        }
        return Utf8Decoder.decode(bytes);
    }
}
