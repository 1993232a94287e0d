package ariadne.compiler.cell;

import ariadne.compiler.frontend.ClassLayout;
import ariadne.compiler.frontend.FieldSlot;
import ariadne.compiler.frontend.Layouts;
import ariadne.compiler.frontend.ResolutionException;
import java.util.Optional;

/**
 * How the dialect's java.lang.String stores its characters, read from its class file: a
 * {@code char[] value} (UTF-16), or a {@code byte[] value} with a {@code byte coder} (0: one
 * Latin-1 byte per char, 1: UTF-16 little-endian), as in the JDK.
 */
record StringLayout(ClassLayout layout, FieldSlot value, FieldSlot coder) {
    static final String STRING = "java/lang/String";

    static StringLayout read(Layouts layouts) throws ResolutionException {
        ClassLayout layout = layouts.of(STRING);
        Optional<FieldSlot> chars = layout.field("value", "[C");
        if (chars.isPresent()) {
            return new StringLayout(layout, chars.get(), null);
        }
        Optional<FieldSlot> bytes = layout.field("value", "[B");
        Optional<FieldSlot> coder = layout.field("coder", "B");
        if (bytes.isPresent() && coder.isPresent()) {
            return new StringLayout(layout, bytes.get(), coder.get());
        }
        throw new ResolutionException("java.lang.String declares neither a char[] value field nor"
                + " a byte[] value field with a byte coder: string literals cannot be laid out");
    }

    /** Descriptor of the array holding the characters: {@code [C} or {@code [B}. */
    String arrayDescriptor() {
        return value.descriptor();
    }
}
