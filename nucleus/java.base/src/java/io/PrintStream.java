package java.io;

/**
 * Prints text as UTF-8, as the JDK's System.out does on a UTF-8 system (an unpaired surrogate
 * becomes '?'). Nothing is buffered, and printing allocates nothing beyond the text's
 * conversion to a String, so the runtime can report errors through it even when memory is short.
 */
public class PrintStream extends FilterOutputStream {

    private boolean trouble;

    public PrintStream(OutputStream out) {
        super(out);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        super(out);
    }

    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void write(byte[] buf, int off, int len) {
        try {
            out.write(buf, off, len);
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            trouble = true;
        }
    }

    public boolean checkError() {
        return trouble;
    }

    public void print(boolean b) {
        writeText(b ? "true" : "false");
    }

    public void print(char c) {
        writeChar(c);
    }

    public void print(int i) {
        writeText(String.valueOf(i));
    }

    public void print(long l) {
        writeText(String.valueOf(l));
    }

    public void print(float f) {
        writeText(String.valueOf(f));
    }

    public void print(double d) {
        writeText(String.valueOf(d));
    }

    public void print(char[] s) {
        for (int i = 0; i < s.length; i++) {
            i = writeCharAt(s, i);
        }
    }

    public void print(String s) {
        writeText(String.valueOf(s));
    }

    public void print(Object obj) {
        writeText(String.valueOf(obj));
    }

    public void println() {
        write('\n');
    }

    public void println(boolean x) {
        print(x);
        println();
    }

    public void println(char x) {
        print(x);
        println();
    }

    public void println(int x) {
        print(x);
        println();
    }

    public void println(long x) {
        print(x);
        println();
    }

    public void println(float x) {
        print(x);
        println();
    }

    public void println(double x) {
        print(x);
        println();
    }

    public void println(char[] x) {
        print(x);
        println();
    }

    public void println(String x) {
        print(x);
        println();
    }

    public void println(Object x) {
        print(String.valueOf(x));
        println();
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(java.util.Locale locale, String format, Object... args) {
        return format(format, args);
    }

    public PrintStream format(java.util.Locale locale, String format, Object... args) {
        return format(format, args);
    }

    /** As the JDK's: text formatted before a bad argument is printed before the exception leaves. */
    public PrintStream format(String format, Object... args) {
        StringBuilder text = new StringBuilder();
        try {
            new java.util.Formatter(text).format(format, args);
        } finally {
            writeText(text.toString());
        }
        return this;
    }

    private void writeText(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                writeCodePoint(Character.toCodePoint(c, text.charAt(i + 1)));
                i++;
            } else {
                writeChar(c);
            }
        }
    }

    /** Writes {@code chars[i]} (with its low surrogate if it starts a pair); the last index used. */
    private int writeCharAt(char[] chars, int i) {
        char c = chars[i];
        if (Character.isHighSurrogate(c) && i + 1 < chars.length
                && Character.isLowSurrogate(chars[i + 1])) {
            writeCodePoint(Character.toCodePoint(c, chars[i + 1]));
            return i + 1;
        }
        writeChar(c);
        return i;
    }

    private void writeChar(char c) {
        if (Character.isSurrogate(c)) {
            write('?');
        } else {
            writeCodePoint(c);
        }
    }

    private void writeCodePoint(int codePoint) {
        if (codePoint < 0x80) {
            write(codePoint);
        } else if (codePoint < 0x800) {
            write(0xc0 | codePoint >> 6);
            write(0x80 | codePoint & 0x3f);
        } else if (codePoint < 0x10000) {
            write(0xe0 | codePoint >> 12);
            write(0x80 | codePoint >> 6 & 0x3f);
            write(0x80 | codePoint & 0x3f);
        } else {
            write(0xf0 | codePoint >> 18);
            write(0x80 | codePoint >> 12 & 0x3f);
            write(0x80 | codePoint >> 6 & 0x3f);
            write(0x80 | codePoint & 0x3f);
        }
    }
}
