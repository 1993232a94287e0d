package java.lang;

/**
 * The synchronized string buffer: every operation is StringBuilder's (the same messages and
 * results), done under this buffer's lock.
 */
public final class StringBuffer implements java.io.Serializable, Comparable<StringBuffer>, CharSequence {

    private final StringBuilder builder;

    public StringBuffer() {
        builder = new StringBuilder();
    }

    public StringBuffer(int capacity) {
        builder = new StringBuilder(capacity);
    }

    public StringBuffer(String str) {
        builder = new StringBuilder(str);
    }

    public StringBuffer(CharSequence seq) {
        builder = new StringBuilder(seq);
    }

    public synchronized int length() {
        return builder.length();
    }

    public synchronized int capacity() {
        return builder.capacity();
    }

    public synchronized void ensureCapacity(int minimumCapacity) {
        builder.ensureCapacity(minimumCapacity);
    }

    public synchronized void setLength(int newLength) {
        builder.setLength(newLength);
    }

    public synchronized char charAt(int index) {
        return builder.charAt(index);
    }

    public synchronized void setCharAt(int index, char ch) {
        builder.setCharAt(index, ch);
    }

    public synchronized StringBuffer append(Object obj) {
        builder.append(obj);
        return this;
    }

    public synchronized StringBuffer append(String str) {
        builder.append(str);
        return this;
    }

    public synchronized StringBuffer append(CharSequence s) {
        builder.append(s);
        return this;
    }

    public synchronized StringBuffer append(char[] str) {
        builder.append(str);
        return this;
    }

    public synchronized StringBuffer append(char[] str, int offset, int len) {
        builder.append(str, offset, len);
        return this;
    }

    public synchronized StringBuffer append(boolean b) {
        builder.append(b);
        return this;
    }

    public synchronized StringBuffer append(char c) {
        builder.append(c);
        return this;
    }

    public synchronized StringBuffer append(int i) {
        builder.append(i);
        return this;
    }

    public synchronized StringBuffer append(long lng) {
        builder.append(lng);
        return this;
    }

    public synchronized StringBuffer append(float f) {
        builder.append(f);
        return this;
    }

    public synchronized StringBuffer append(double d) {
        builder.append(d);
        return this;
    }

    public synchronized StringBuffer append(CharSequence s, int start, int end) {
        builder.append(s, start, end);
        return this;
    }

    public synchronized StringBuffer appendCodePoint(int codePoint) {
        builder.appendCodePoint(codePoint);
        return this;
    }

    public synchronized StringBuffer insert(int offset, String str) {
        builder.insert(offset, str);
        return this;
    }

    public synchronized StringBuffer insert(int offset, char c) {
        builder.insert(offset, c);
        return this;
    }

    public synchronized StringBuffer insert(int offset, char[] str) {
        builder.insert(offset, str);
        return this;
    }

    public synchronized StringBuffer insert(int offset, Object obj) {
        builder.insert(offset, obj);
        return this;
    }

    public synchronized StringBuffer insert(int dstOffset, CharSequence s) {
        builder.insert(dstOffset, s);
        return this;
    }

    public synchronized StringBuffer insert(int offset, boolean b) {
        builder.insert(offset, b);
        return this;
    }

    public synchronized StringBuffer insert(int offset, int i) {
        builder.insert(offset, i);
        return this;
    }

    public synchronized StringBuffer insert(int offset, long l) {
        builder.insert(offset, l);
        return this;
    }

    public synchronized StringBuffer insert(int offset, float f) {
        builder.insert(offset, f);
        return this;
    }

    public synchronized StringBuffer insert(int offset, double d) {
        builder.insert(offset, d);
        return this;
    }

    public synchronized StringBuffer replace(int start, int end, String str) {
        builder.replace(start, end, str);
        return this;
    }

    public synchronized int indexOf(String str, int fromIndex) {
        return builder.indexOf(str, fromIndex);
    }

    public synchronized int lastIndexOf(String str, int fromIndex) {
        return builder.lastIndexOf(str, fromIndex);
    }

    public synchronized void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        builder.getChars(srcBegin, srcEnd, dst, dstBegin);
    }

    public synchronized int codePointAt(int index) {
        return builder.codePointAt(index);
    }

    public synchronized void trimToSize() {
        builder.trimToSize();
    }

    public synchronized StringBuffer deleteCharAt(int index) {
        builder.deleteCharAt(index);
        return this;
    }

    public synchronized StringBuffer delete(int start, int end) {
        builder.delete(start, end);
        return this;
    }

    public synchronized StringBuffer reverse() {
        builder.reverse();
        return this;
    }

    public synchronized int indexOf(String str) {
        return builder.indexOf(str);
    }

    public synchronized int lastIndexOf(String str) {
        return builder.lastIndexOf(str);
    }

    public synchronized String substring(int start) {
        return builder.substring(start);
    }

    public synchronized String substring(int start, int end) {
        return builder.substring(start, end);
    }

    public synchronized CharSequence subSequence(int start, int end) {
        return builder.subSequence(start, end);
    }

    /** Appends another buffer's contents (read under that buffer's lock). */
    public synchronized StringBuffer append(StringBuffer sb) {
        builder.append(sb == null ? "null" : sb.toString());
        return this;
    }

    public synchronized int compareTo(StringBuffer another) {
        return builder.compareTo(another.toStringBuilder());
    }

    private synchronized StringBuilder toStringBuilder() {
        return new StringBuilder(builder);
    }

    public synchronized String toString() {
        return builder.toString();
    }
}
