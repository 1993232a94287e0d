package java.lang;

/**
 * A mutable non-negative integer of any size (32-bit words, least significant first), with just
 * the operations exact decimal/binary conversion needs.
 */
final class BigNatural {

    private static final long MASK = 0xffffffffL;

    private int[] words;
    /** Words in use; words[size - 1] != 0 unless the value is zero (size 0). */
    private int size;

    private BigNatural(int capacity) {
        words = new int[Math.max(capacity, 2)];
    }

    static BigNatural of(long value) {
        BigNatural n = new BigNatural(2);
        n.words[0] = (int) value;
        n.words[1] = (int) (value >>> 32);
        n.size = 2;
        n.trim();
        return n;
    }

    /** 5^p5 * 2^p2. */
    static BigNatural pow52(int p5, int p2) {
        return of(1).multiplyPow5(p5).shiftLeft(p2);
    }

    /** value * 5^p5 * 2^p2. */
    static BigNatural mulPow52(long value, int p5, int p2) {
        return of(value).multiplyPow5(p5).shiftLeft(p2);
    }

    BigNatural copy() {
        BigNatural c = new BigNatural(size);
        System.arraycopy(words, 0, c.words, 0, size);
        c.size = size;
        return c;
    }

    boolean isZero() {
        return size == 0;
    }

    private void trim() {
        while (size > 0 && words[size - 1] == 0) {
            size--;
        }
    }

    private void ensure(int capacity) {
        if (capacity > words.length) {
            int[] larger = new int[Math.max(capacity, words.length * 2)];
            System.arraycopy(words, 0, larger, 0, size);
            words = larger;
        }
    }

    /** this = this * factor + carry, for factor and carry below 2^32; returns this. */
    BigNatural multiplyAdd(int factor, int carry) {
        long c = carry & MASK;
        long f = factor & MASK;
        for (int i = 0; i < size; i++) {
            long p = (words[i] & MASK) * f + c;
            words[i] = (int) p;
            c = p >>> 32;
        }
        if (c != 0) {
            ensure(size + 1);
            words[size] = (int) c;
            size++;
        }
        trim();
        return this;
    }

    BigNatural multiplyPow5(int p5) {
        while (p5 >= 13) {
            multiplyAdd(1220703125, 0);
            p5 -= 13;
        }
        int factor = 1;
        for (int i = 0; i < p5; i++) {
            factor *= 5;
        }
        return factor == 1 ? this : multiplyAdd(factor, 0);
    }

    BigNatural shiftLeft(int bits) {
        if (bits <= 0 || size == 0) {
            return this;
        }
        int wordShift = bits >>> 5;
        int bitShift = bits & 31;
        ensure(size + wordShift + 1);
        if (bitShift == 0) {
            for (int i = size - 1; i >= 0; i--) {
                words[i + wordShift] = words[i];
            }
        } else {
            words[size + wordShift] = 0;
            for (int i = size - 1; i >= 0; i--) {
                words[i + wordShift + 1] |= words[i] >>> (32 - bitShift);
                words[i + wordShift] = words[i] << bitShift;
            }
        }
        for (int i = 0; i < wordShift; i++) {
            words[i] = 0;
        }
        size += wordShift + 1;
        trim();
        return this;
    }

    /** The product of a and b (schoolbook multiplication). */
    static BigNatural product(BigNatural a, BigNatural b) {
        BigNatural p = new BigNatural(a.size + b.size);
        for (int i = 0; i < a.size; i++) {
            long carry = 0;
            long ai = a.words[i] & MASK;
            for (int j = 0; j < b.size; j++) {
                long t = ai * (b.words[j] & MASK) + (p.words[i + j] & MASK) + carry;
                p.words[i + j] = (int) t;
                carry = t >>> 32;
            }
            p.words[i + b.size] = (int) carry;
        }
        p.size = a.size + b.size;
        p.trim();
        return p;
    }

    /** Clears every bit from {@code bits} up: this becomes this mod 2^bits. */
    BigNatural keepLowBits(int bits) {
        int full = bits >>> 5;
        if (full < size) {
            int rest = bits & 31;
            words[full] &= rest == 0 ? 0 : (1 << rest) - 1;
            for (int i = full + 1; i < size; i++) {
                words[i] = 0;
            }
            trim();
        }
        return this;
    }

    /** Number of significant bits (0 for zero). */
    int bitLength() {
        return size == 0 ? 0 : 32 * size - Integer.numberOfLeadingZeros(words[size - 1]);
    }

    /** Whether any of the lowest {@code bits} bits is set. */
    boolean anyLowBits(int bits) {
        int full = Math.min(bits >>> 5, size);
        for (int i = 0; i < full; i++) {
            if (words[i] != 0) {
                return true;
            }
        }
        int rest = bits & 31;
        return rest != 0 && full < size && (words[full] & ((1 << rest) - 1)) != 0;
    }

    /** The 64 bits starting at bit {@code from} (bits beyond the value are zero). */
    long bitsFrom(int from) {
        long result = 0;
        for (int i = 0; i < 64; i += 32) {
            result |= (wordAt((from + i) >>> 5, (from + i) & 31) & MASK) << i;
        }
        return result;
    }

    /** 32 bits from word {@code index}, bit {@code shift} on. */
    private int wordAt(int index, int shift) {
        int low = index < size ? words[index] >>> shift : 0;
        if (shift == 0) {
            return low;
        }
        int high = index + 1 < size ? words[index + 1] << (32 - shift) : 0;
        return low | high;
    }

    static int compare(BigNatural a, BigNatural b) {
        if (a.size != b.size) {
            return a.size < b.size ? -1 : 1;
        }
        for (int i = a.size - 1; i >= 0; i--) {
            if (a.words[i] != b.words[i]) {
                return (a.words[i] & MASK) < (b.words[i] & MASK) ? -1 : 1;
            }
        }
        return 0;
    }

    /** compare(a + b, c) without building the sum. */
    static int compareSum(BigNatural a, BigNatural b, BigNatural c) {
        int n = Math.max(Math.max(a.size, b.size), c.size) + 1;
        int[] sum = new int[n];
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long s = (i < a.size ? a.words[i] & MASK : 0) + (i < b.size ? b.words[i] & MASK : 0) + carry;
            sum[i] = (int) s;
            carry = s >>> 32;
        }
        for (int i = n - 1; i >= 0; i--) {
            long x = sum[i] & MASK;
            long y = i < c.size ? c.words[i] & MASK : 0;
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
        return 0;
    }

    /** this -= other, for other not larger than this. */
    void subtract(BigNatural other) {
        long borrow = 0;
        for (int i = 0; i < size; i++) {
            long d = (words[i] & MASK) - (i < other.size ? other.words[i] & MASK : 0) - borrow;
            words[i] = (int) d;
            borrow = (d >> 32) & 1;
        }
        trim();
    }

    /** Replaces this with the remainder of this / divisor and returns the (small) quotient. */
    int reduceBy(BigNatural divisor) {
        int q = 0;
        while (compare(this, divisor) >= 0) {
            subtract(divisor);
            q++;
        }
        return q;
    }

    /**
     * Replaces this with the remainder of this / divisor and returns the quotient, which must
     * be below 2^63: binary long division, one quotient bit at a time.
     */
    long divideLong(BigNatural divisor) {
        int shift = bitLength() - divisor.bitLength();
        long q = 0;
        for (int bit = shift; bit >= 0; bit--) {
            BigNatural shifted = divisor.copy().shiftLeft(bit);
            if (compare(this, shifted) >= 0) {
                subtract(shifted);
                q |= 1L << bit;
            }
        }
        return q;
    }
}
