package ariadne.suites.loader;

/**
 * Reads and damages the fields of a cell object held in a byte array (ELF64, little-endian),
 * to feed the loader what a broken toolchain or a bad push could send.
 */
final class Corruption {
    static final int SHT_SYMTAB = 2;
    static final int SHT_STRTAB = 3;
    static final int SHT_RELA = 4;

    private Corruption() {
    }

    static long get(byte[] b, int at, int width) {
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = value << 8 | (b[at + i] & 0xff);
        }
        return value;
    }

    static void put(byte[] b, int at, long value, int width) {
        for (int i = 0; i < width; i++) {
            b[at + i] = (byte) (value >>> (8 * i));
        }
    }

    static int sectionCount(byte[] b) {
        return (int) get(b, 60, 2);
    }

    /** Where section header {@code i} is. */
    static int header(byte[] b, int i) {
        return (int) get(b, 40, 8) + 64 * i;
    }

    static int type(byte[] b, int section) {
        return (int) get(b, header(b, section) + 4, 4);
    }

    static int offset(byte[] b, int section) {
        return (int) get(b, header(b, section) + 24, 8);
    }

    static int size(byte[] b, int section) {
        return (int) get(b, header(b, section) + 32, 8);
    }

    /** The first section of {@code type}, or 0. */
    static int firstOfType(byte[] b, int type) {
        for (int i = 1; i < sectionCount(b); i++) {
            if (type(b, i) == type) {
                return i;
            }
        }
        return 0;
    }

    /** Where entry {@code k} of the first relocation section is. */
    static int relocation(byte[] b, int k) {
        return offset(b, firstOfType(b, SHT_RELA)) + 24 * k;
    }

    /** Sets the type of every relocation of {@code from} to {@code to}; returns how many changed. */
    static int retype(byte[] b, int from, int to) {
        int changed = 0;
        for (int s = 1; s < sectionCount(b); s++) {
            if (type(b, s) != SHT_RELA) {
                continue;
            }
            for (int at = offset(b, s); at < offset(b, s) + size(b, s); at += 24) {
                if (get(b, at + 8, 4) == from) {
                    put(b, at + 8, to, 4);
                    changed++;
                }
            }
        }
        return changed;
    }

    /** Where the first relocation entry of {@code type} is, or -1. */
    static int firstRelocationOfType(byte[] b, int type) {
        for (int s = 1; s < sectionCount(b); s++) {
            if (type(b, s) != SHT_RELA) {
                continue;
            }
            for (int at = offset(b, s); at < offset(b, s) + size(b, s); at += 24) {
                if (get(b, at + 8, 4) == type) {
                    return at;
                }
            }
        }
        return -1;
    }

    /** Replaces the cell name in the {@code .cell.meta} record "cell NAME" by one of equal length. */
    static boolean rename(byte[] b, String from, String to) {
        byte[] pattern = ascii("\ncell " + from + " ");
        byte[] replacement = ascii("\ncell " + to + " ");
        for (int at = 0; at + pattern.length <= b.length; at++) {
            if (matches(b, at, pattern)) {
                System.arraycopy(replacement, 0, b, at, replacement.length);
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] b, int at, byte[] pattern) {
        for (int i = 0; i < pattern.length; i++) {
            if (b[at + i] != pattern[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }

    /** A shorter copy of {@code b}. */
    static byte[] truncated(byte[] b, int length) {
        byte[] shorter = new byte[length];
        System.arraycopy(b, 0, shorter, 0, length);
        return shorter;
    }
}
