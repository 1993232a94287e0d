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
