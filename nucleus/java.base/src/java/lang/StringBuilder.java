package java.lang;

/** A growable UTF-16 buffer; what javac's inline string concatenation builds strings with. */
public final class StringBuilder implements java.io.Serializable, Comparable<StringBuilder>,
        CharSequence {

    private char[] value;
    private int count;

    public StringBuilder() {
        this(16);
    }

    public StringBuilder(int capacity) {
        value = new char[capacity];
    }

    public StringBuilder(String str) {
        this(str.length() + 16);
        append(str);
    }

    public StringBuilder(CharSequence seq) {
        this(((Object) seq).toString());
    }

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > value.length) {
            int grown = Math.max(value.length * 2 + 2, minimumCapacity);
            char[] larger = new char[grown];
            System.arraycopy(value, 0, larger, 0, count);
            value = larger;
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        ensureCapacity(newLength);
        for (int i = count; i < newLength; i++) {
            value[i] = '\0';
        }
        count = newLength;
    }

    public char charAt(int index) {
        checkIndex(index);
        return value[index];
    }

    public void setCharAt(int index, char ch) {
        checkIndex(index);
        value[index] = ch;
    }

    public StringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public StringBuilder append(String str) {
        if (str == null) {
            str = "null";
        }
        int length = str.length();
        ensureCapacity(count + length);
        str.getChars(0, length, value, count);
        count += length;
        return this;
    }

    public StringBuilder append(StringBuffer sb) {
        return append(sb == null ? (String) null : sb.toString());
    }

    public StringBuilder append(CharSequence s) {
        return append(s == null ? (String) null : ((Object) s).toString());
    }

    public StringBuilder append(char[] str) {
        return append(str, 0, str.length);
    }

    public StringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        if (offset < 0 || len < 0 || end > str.length) {
            throw new IndexOutOfBoundsException(new StringBuilder("start ").append(offset)
                    .append(", end ").append(end).append(", length ").append(str.length)
                    .toString());
        }
        ensureCapacity(count + len);
        System.arraycopy(str, offset, value, count, len);
        count += len;
        return this;
    }

    public StringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    public StringBuilder append(char c) {
        ensureCapacity(count + 1);
        value[count] = c;
        count++;
        return this;
    }

    public StringBuilder append(int i) {
        return append(Integer.toString(i));
    }

    public StringBuilder append(long lng) {
        return append(Long.toString(lng));
    }

    public StringBuilder append(float f) {
        return append(Float.toString(f));
    }

    public StringBuilder append(double d) {
        return append(Double.toString(d));
    }

    public StringBuilder append(CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        if (start < 0 || start > end || end > s.length()) {
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        }
        ensureCapacity(count + end - start);
        for (int i = start; i < end; i++) {
            value[count++] = s.charAt(i);
        }
        return this;
    }

    public StringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return append((char) codePoint);
        }
        return append(Character.toChars(codePoint));
    }

    public StringBuilder insert(int offset, String str) {
        checkOffset(offset);
        if (str == null) {
            str = "null";
        }
        int length = str.length();
        ensureCapacity(count + length);
        System.arraycopy(value, offset, value, offset + length, count - offset);
        str.getChars(0, length, value, offset);
        count += length;
        return this;
    }

    public StringBuilder insert(int offset, char c) {
        checkOffset(offset);
        ensureCapacity(count + 1);
        System.arraycopy(value, offset, value, offset + 1, count - offset);
        value[offset] = c;
        count++;
        return this;
    }

    public StringBuilder insert(int offset, char[] str) {
        checkOffset(offset);
        return insert(offset, new String(str));
    }

    public StringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public StringBuilder insert(int dstOffset, CharSequence s) {
        return insert(dstOffset, String.valueOf(s));
    }

    public StringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public StringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public StringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public StringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public StringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    /** Replaces [start, min(end, length)) with str. */
    public StringBuilder replace(int start, int end, String str) {
        if (end > count) {
            end = count;
        }
        if (start < 0 || start > end || end > count) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + count);
        }
        int length = str.length();
        int newCount = count + length - (end - start);
        ensureCapacity(newCount);
        System.arraycopy(value, end, value, start + length, count - end);
        str.getChars(0, length, value, start);
        count = newCount;
        return this;
    }

    public int indexOf(String str, int fromIndex) {
        return toString().indexOf(str, fromIndex);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return toString().lastIndexOf(str, fromIndex);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        if (srcBegin < 0 || srcBegin > srcEnd || srcEnd > count) {
            throw new StringIndexOutOfBoundsException("start " + srcBegin + ", end " + srcEnd + ", length " + count);
        }
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public int codePointAt(int index) {
        checkIndex(index);
        char c = value[index];
        if (Character.isHighSurrogate(c) && index + 1 < count && Character.isLowSurrogate(value[index + 1])) {
            return Character.toCodePoint(c, value[index + 1]);
        }
        return c;
    }

    public void trimToSize() {
        if (count < value.length) {
            char[] exact = new char[count];
            System.arraycopy(value, 0, exact, 0, count);
            value = exact;
        }
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + count);
        }
    }

    public StringBuilder deleteCharAt(int index) {
        checkIndex(index);
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    public StringBuilder delete(int start, int end) {
        if (end > count) {
            end = count;
        }
        if (start < 0 || start > end || end > count) {
            throw new StringIndexOutOfBoundsException(new StringBuilder("start ").append(start)
                    .append(", end ").append(end).append(", length ").append(count).toString());
        }
        System.arraycopy(value, end, value, start, count - end);
        count -= end - start;
        return this;
    }

    /** Reverses the sequence, keeping each surrogate pair in order as the JDK does. */
    public StringBuilder reverse() {
        boolean hasSurrogates = false;
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            char front = value[i];
            char back = value[j];
            value[i] = back;
            value[j] = front;
            hasSurrogates |= Character.isSurrogate(front) || Character.isSurrogate(back);
        }
        if (hasSurrogates) {
            restoreSurrogatePairs();
        }
        return this;
    }

    private void restoreSurrogatePairs() {
        for (int i = 0; i < count - 1; i++) {
            if (Character.isLowSurrogate(value[i]) && Character.isHighSurrogate(value[i + 1])) {
                char low = value[i];
                value[i] = value[i + 1];
                value[i + 1] = low;
                i++;
            }
        }
    }

    public int indexOf(String str) {
        return toString().indexOf(str);
    }

    public int lastIndexOf(String str) {
        return toString().lastIndexOf(str);
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public String substring(int start, int end) {
        if (start < 0 || start > end || end > count) {
            throw new StringIndexOutOfBoundsException(new StringBuilder("start ").append(start)
                    .append(", end ").append(end).append(", length ").append(count).toString());
        }
        return new String(value, start, end - start);
    }

    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public int compareTo(StringBuilder another) {
        return toString().compareTo(another.toString());
    }

    public String toString() {
        return new String(value, 0, count);
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= count) {
            throw new StringIndexOutOfBoundsException(new StringBuilder("index ").append(index)
                    .append(", length ").append(count).toString());
        }
    }
}
