package ariadne.runtime;

/**
 * A byte sink that prints Java text as UTF-8 without allocating (so it also works when the
 * heap is exhausted). Unpaired surrogates become '?', as the JDK's encoder writes them.
 */
public abstract class TextOutput {

    protected TextOutput() {
    }

    /** Writes the low 8 bits of {@code value}. */
    public abstract void writeByte(int value);

    public final void print(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                writeCodePoint(Character.toCodePoint(c, text.charAt(i + 1)));
                i++;
            } else if (Character.isSurrogate(c)) {
                writeByte('?');
            } else {
                writeCodePoint(c);
            }
        }
    }

    public final void println(String text) {
        print(text);
        writeByte('\n');
    }

    private void writeCodePoint(int codePoint) {
        if (codePoint < 0x80) {
            writeByte(codePoint);
        } else if (codePoint < 0x800) {
            writeByte(0xc0 | codePoint >> 6);
            writeByte(0x80 | codePoint & 0x3f);
        } else if (codePoint < 0x10000) {
            writeByte(0xe0 | codePoint >> 12);
            writeByte(0x80 | codePoint >> 6 & 0x3f);
            writeByte(0x80 | codePoint & 0x3f);
        } else {
            writeByte(0xf0 | codePoint >> 18);
            writeByte(0x80 | codePoint >> 12 & 0x3f);
            writeByte(0x80 | codePoint >> 6 & 0x3f);
            writeByte(0x80 | codePoint & 0x3f);
        }
    }
}
