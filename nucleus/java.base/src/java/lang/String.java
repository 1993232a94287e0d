package java.lang;

/**
 * An immutable UTF-16 string. The layout is part of the ABI: the image writer emits string
 * literals as objects with exactly these two fields, {@code value} then {@code hash}.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {

    /** Orders strings as compareToIgnoreCase does. */
    public static final java.util.Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    private final char[] value;
    /** Cached hash code; 0 until computed (a string whose hash is 0 recomputes it). */
    private int hash;

    public String() {
        value = new char[0];
    }

    public String(String original) {
        value = original.value;
        hash = original.hash;
    }

    public String(char[] value) {
        this(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkOffsetCount(offset, count, value.length);
        this.value = new char[count];
        System.arraycopy(value, offset, this.value, 0, count);
    }

    public String(StringBuilder builder) {
        this(builder.toString());
    }

    public String(StringBuffer buffer) {
        this(buffer.toString());
    }

    /** Decodes UTF-8, the default charset. */
    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(byte[] bytes, int offset, int length) {
        this(StringCoding.decode(bytes, offset, length, StringCoding.UTF_8), (Void) null);
    }

    public String(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    public String(byte[] bytes, int offset, int length, String charsetName)
            throws java.io.UnsupportedEncodingException {
        this(StringCoding.decode(bytes, offset, length, StringCoding.lookup(charsetName)), (Void) null);
    }

    /** Takes ownership of {@code value}: the caller must not change it afterwards. */
    private String(char[] value, Void owned) {
        this.value = value;
    }

    /** A string over {@code chars}, which the caller gives up (no copy is made). */
    static String adopt(char[] chars) {
        return new String(chars, (Void) null);
    }

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return value[index];
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBeginEnd(srcBegin, srcEnd, value.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public char[] toCharArray() {
        char[] copy = new char[value.length];
        System.arraycopy(value, 0, copy, 0, value.length);
        return copy;
    }

    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (!(anObject instanceof String)) {
            return false;
        }
        char[] other = ((String) anObject).value;
        if (other.length != value.length) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (value[i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (int i = 0; i < value.length; i++) {
                h = 31 * h + value[i];
            }
            hash = h;
        }
        return h;
    }

    public int compareTo(String anotherString) {
        char[] other = anotherString.value;
        int common = Math.min(value.length, other.length);
        for (int i = 0; i < common; i++) {
            if (value[i] != other[i]) {
                return value[i] - other[i];
            }
        }
        return value.length - other.length;
    }

    public boolean startsWith(String prefix, int toffset) {
        if (toffset < 0 || toffset > value.length - prefix.value.length) {
            return false;
        }
        for (int i = 0; i < prefix.value.length; i++) {
            if (value[toffset + i] != prefix.value[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        if (ch >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            return indexOfSupplementary(ch, fromIndex);
        }
        for (int i = Math.max(fromIndex, 0); i < value.length; i++) {
            if (value[i] == ch) {
                return i;
            }
        }
        return -1;
    }

    private int indexOfSupplementary(int codePoint, int fromIndex) {
        if (codePoint > Character.MAX_CODE_POINT) {
            return -1;
        }
        char high = Character.highSurrogate(codePoint);
        char low = Character.lowSurrogate(codePoint);
        for (int i = Math.max(fromIndex, 0); i < value.length - 1; i++) {
            if (value[i] == high && value[i + 1] == low) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        if (ch >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            return lastIndexOfSupplementary(ch, fromIndex);
        }
        for (int i = Math.min(fromIndex, value.length - 1); i >= 0; i--) {
            if (value[i] == ch) {
                return i;
            }
        }
        return -1;
    }

    private int lastIndexOfSupplementary(int codePoint, int fromIndex) {
        if (codePoint > Character.MAX_CODE_POINT) {
            return -1;
        }
        char high = Character.highSurrogate(codePoint);
        char low = Character.lowSurrogate(codePoint);
        for (int i = Math.min(fromIndex, value.length - 2); i >= 0; i--) {
            if (value[i] == high && value[i + 1] == low) {
                return i;
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        int last = value.length - str.value.length;
        for (int i = Math.max(fromIndex, 0); i <= last; i++) {
            if (startsWith(str, i)) {
                return i;
            }
        }
        return fromIndex >= value.length && str.value.length == 0 ? value.length : -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        for (int i = Math.min(fromIndex, value.length - str.value.length); i >= 0; i--) {
            if (startsWith(str, i)) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        checkBeginEnd(beginIndex, endIndex, value.length);
        if (beginIndex == 0 && endIndex == value.length) {
            return this;
        }
        return new String(value, beginIndex, endIndex - beginIndex);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.value.length == 0) {
            return this;
        }
        char[] joined = new char[value.length + str.value.length];
        System.arraycopy(value, 0, joined, 0, value.length);
        System.arraycopy(str.value, 0, joined, value.length, str.value.length);
        return adopt(joined);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar || indexOf(oldChar) < 0) {
            return this;
        }
        char[] replaced = toCharArray();
        for (int i = 0; i < replaced.length; i++) {
            if (replaced[i] == oldChar) {
                replaced[i] = newChar;
            }
        }
        return adopt(replaced);
    }

    /** Removes leading and trailing characters up to and including U+0020. */
    public String trim() {
        int begin = 0;
        int end = value.length;
        while (begin < end && value[begin] <= ' ') {
            begin++;
        }
        while (end > begin && value[end - 1] <= ' ') {
            end--;
        }
        return substring(begin, end);
    }

    /** Removes leading and trailing white space (Character.isWhitespace). */
    public String strip() {
        int begin = leadingWhitespace();
        return begin == value.length ? "" : substring(begin, value.length - trailingWhitespace());
    }

    public String stripLeading() {
        return substring(leadingWhitespace());
    }

    public String stripTrailing() {
        return substring(0, value.length - trailingWhitespace());
    }

    public boolean isBlank() {
        return leadingWhitespace() == value.length;
    }

    private int leadingWhitespace() {
        int count = 0;
        while (count < value.length && Character.isWhitespace(value[count])) {
            count++;
        }
        return count;
    }

    private int trailingWhitespace() {
        int count = 0;
        while (count < value.length && Character.isWhitespace(value[value.length - 1 - count])) {
            count++;
        }
        return count;
    }

    /** Replaces every occurrence of {@code target}, scanning left to right. */
    public String replace(CharSequence target, CharSequence replacement) {
        String from = target.toString();
        String to = replacement.toString();
        int found = indexOf(from);
        if (found < 0) {
            return this;
        }
        StringBuilder result = new StringBuilder();
        int start = 0;
        if (from.isEmpty()) {
            for (int i = 0; i < value.length; i++) {
                result.append(to).append(value[i]);
            }
            return result.append(to).toString();
        }
        while (found >= 0) {
            result.append(value, start, found - start).append(to);
            start = found + from.length();
            found = indexOf(from, start);
        }
        return result.append(value, start, value.length - start).toString();
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        String separator = delimiter.toString();
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                joined.append(separator);
            }
            joined.append(String.valueOf(elements[i]));
        }
        return joined.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        String separator = delimiter.toString();
        StringBuilder joined = new StringBuilder();
        boolean first = true;
        for (CharSequence element : elements) {
            if (!first) {
                joined.append(separator);
            }
            joined.append(String.valueOf(element));
            first = false;
        }
        return joined.toString();
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: ".concat(Integer.toString(count)));
        }
        if (count == 1) {
            return this;
        }
        char[] repeated = new char[value.length * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(value, 0, repeated, i * value.length, value.length);
        }
        return adopt(repeated);
    }

    public String toString() {
        return this;
    }

    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    public static String format(java.util.Locale locale, String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    public String formatted(Object... args) {
        return new java.util.Formatter().format(this, args).toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        char[] single = {c};
        return adopt(single);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    /** The canonical string with this content; string literals of the image are canonical. */
    public String intern() {
        return StringPool.intern(this);
    }

    /** Encodes as UTF-8, the default charset. */
    public byte[] getBytes() {
        return StringCoding.encode(value, StringCoding.UTF_8);
    }

    public byte[] getBytes(String charsetName) throws java.io.UnsupportedEncodingException {
        return StringCoding.encode(value, StringCoding.lookup(charsetName));
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public <R> R transform(java.util.function.Function<? super String, ? extends R> f) {
        return f.apply(this);
    }

    public int codePointBefore(int index) {
        if (index < 1 || index > value.length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + value.length);
        }
        char c2 = value[index - 1];
        if (Character.isLowSurrogate(c2) && index > 1 && Character.isHighSurrogate(value[index - 2])) {
            return Character.toCodePoint(value[index - 2], c2);
        }
        return c2;
    }

    public int codePointAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + value.length);
        }
        return Character.codePointAt(value, index);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        checkBeginEnd(beginIndex, endIndex, value.length);
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex - 1; i++) {
            if (Character.isHighSurrogate(value[i]) && Character.isLowSurrogate(value[i + 1])) {
                n--;
                i++;
            }
        }
        return n;
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs.length() != value.length) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (value[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return this == anotherString || (anotherString != null
                && anotherString.value.length == value.length
                && regionMatches(true, 0, anotherString, 0, value.length));
    }

    /** Compares char by char after mapping to upper case and then to lower case, as the JDK does. */
    public int compareToIgnoreCase(String str) {
        return CASE_INSENSITIVE_ORDER.compare(this, str);
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        return regionMatches(false, toffset, other, ooffset, len);
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (ooffset < 0 || toffset < 0 || toffset > (long) value.length - len
                || ooffset > (long) other.value.length - len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            char c1 = value[toffset + i];
            char c2 = other.value[ooffset + i];
            if (c1 != c2 && !(ignoreCase && sameIgnoringCase(c1, c2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameIgnoringCase(char c1, char c2) {
        char u1 = Character.toUpperCase(c1);
        char u2 = Character.toUpperCase(c2);
        return u1 == u2 || Character.toLowerCase(u1) == Character.toLowerCase(u2);
    }

    /** Upper case with the full (possibly longer) mappings of Unicode SpecialCasing, as the JDK's root locale. */
    public String toUpperCase() {
        return changeCase(true);
    }

    /**
     * Lower case as the JDK's root locale: full mappings (U+0130 becomes two chars) and a
     * final capital sigma, after a cased letter and not before one, becomes final small sigma.
     */
    public String toLowerCase() {
        return changeCase(false);
    }

    /** The locales java.util.Locale offers all map case as the root locale does. */
    public String toLowerCase(java.util.Locale locale) {
        return changeCase(false);
    }

    public String toUpperCase(java.util.Locale locale) {
        return changeCase(true);
    }

    private String changeCase(boolean upper) {
        StringBuilder changed = null;
        int[] special = upper ? CharacterTables.SPECIAL_UPPER : CharacterTables.SPECIAL_LOWER;
        for (int i = 0; i < value.length; ) {
            int cp = Character.codePointAt(value, i);
            int width = Character.charCount(cp);
            int entry = CharacterTables.special(special, cp);
            int mapped = upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp);
            if (!upper && cp == '\u03A3' && isFinalSigma(i)) {
                mapped = '\u03C2';
            }
            if (changed == null && (mapped != cp || entry >= 0)) {
                changed = new StringBuilder(value.length + 8);
                changed.append(value, 0, i);
            }
            if (changed != null) {
                if (entry >= 0) {
                    for (int k = 0; k < special[entry + 1]; k++) {
                        changed.append((char) special[entry + 2 + k]);
                    }
                } else {
                    changed.appendCodePoint(mapped);
                }
            }
            i += width;
        }
        return changed == null ? this : changed.toString();
    }

    /** A capital sigma at index that ends a word: a cased letter before it, none after it. */
    private boolean isFinalSigma(int index) {
        return index > 0 && isCased(value[index - 1])
                && !(index + 1 < value.length && isCased(value[index + 1]));
    }

    private static boolean isCased(char c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static final class CaseInsensitiveComparator implements java.util.Comparator<String>,
            java.io.Serializable {
        public int compare(String s1, String s2) {
            int n1 = s1.length();
            int n2 = s2.length();
            int min = Math.min(n1, n2);
            for (int i = 0; i < min; i++) {
                char c1 = s1.charAt(i);
                char c2 = s2.charAt(i);
                if (c1 != c2) {
                    c1 = Character.toUpperCase(c1);
                    c2 = Character.toUpperCase(c2);
                    if (c1 != c2) {
                        c1 = Character.toLowerCase(c1);
                        c2 = Character.toLowerCase(c2);
                        if (c1 != c2) {
                            return c1 - c2;
                        }
                    }
                }
            }
            return n1 - n2;
        }
    }

    /** The JDK's check and message for a (begin, end) range of a string of {@code length}. */
    static void checkBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException(new StringBuilder("begin ").append(begin)
                    .append(", end ").append(end).append(", length ").append(length).toString());
        }
    }

    /** The JDK's check and message for an (offset, count) range of an array of {@code length}. */
    static void checkOffsetCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException(new StringBuilder("offset ").append(offset)
                    .append(", count ").append(count).append(", length ").append(length).toString());
        }
    }
}
