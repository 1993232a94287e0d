package ariadne.compiler.abi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** ELF symbol and section names of Java entities, as docs/ABI.md fixes them. */
public final class Symbols {
    private Symbols() {
    }

    /** {@code pkg/Cls} → {@code pkg.Cls} (nested classes keep {@code $}). */
    public static String javaName(String internalName) {
        return internalName.replace('/', '.');
    }

    /** {@code pkg.Cls.name(desc)}, the symbol of a method's code. */
    public static String method(String owner, String name, String descriptor) {
        return javaName(owner) + "." + name + descriptor;
    }

    /** The generated class-initialisation guard of a class. */
    public static String clinitGuard(String owner) {
        return method(owner, "<clinit-guard>", "()V");
    }

    /** {@code static:pkg.Cls.field}. */
    public static String staticField(String owner, String field) {
        return "static:" + javaName(owner) + "." + field;
    }

    /** {@code clinit-state:pkg.Cls}, the one-byte initialisation state. */
    public static String clinitState(String owner) {
        return "clinit-state:" + javaName(owner);
    }

    /**
     * {@code type:pkg.Cls} for classes, {@code type:[C} / {@code type:[Ljava.lang.String;} for
     * arrays: the argument is an internal name or an array descriptor.
     */
    public static String type(String internalNameOrArrayDescriptor) {
        return "type:" + javaName(internalNameOrArrayDescriptor);
    }

    /** {@code str:} plus the first 32 hex digits of the SHA-256 of the literal's UTF-8. */
    public static String stringLiteral(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "str:" + HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** {@code .text.<symbol>}: one section per method. */
    public static String textSection(String methodSymbol) {
        return ".text." + methodSymbol;
    }

    /** {@code .data.pkg.Cls}: a class's statics and initialisation state. */
    public static String dataSection(String owner) {
        return ".data." + javaName(owner);
    }

    /** {@code .rodata.type.<name>}: a type descriptor. */
    public static String typeSection(String typeSymbol) {
        return ".rodata.type." + typeSymbol.substring("type:".length());
    }

    /** {@code .rodata.str.<hash>}: a string literal object and its characters. */
    public static String stringSection(String stringSymbol) {
        return ".rodata.str." + stringSymbol.substring("str:".length());
    }
}
