package ariadne.compiler.abi;

import org.objectweb.asm.Type;

/**
 * How a Java value is stored in a field, an array element or raw memory: its width and whether
 * a load sign-extends it. On the operand stack every kind takes one 8-byte slot.
 */
public enum ValueKind {
    BOOLEAN(1, false),
    BYTE(1, true),
    CHAR(2, false),
    SHORT(2, true),
    INT(4, true),
    FLOAT(4, false),
    LONG(8, true),
    DOUBLE(8, false),
    /** A reference the collector must trace. */
    REFERENCE(8, false),
    /** An unboxed {@code ariadne.magic.Address}: 64 bits the collector ignores. */
    WORD(8, false);

    public static final String ADDRESS_DESCRIPTOR = "Lariadne/magic/Address;";

    private final int size;
    private final boolean signed;

    ValueKind(int size, boolean signed) {
        this.size = size;
        this.signed = signed;
    }

    /** Width in memory, in bytes. */
    public int size() {
        return size;
    }

    /** Whether a sub-word load sign-extends (byte, short) rather than zero-extends. */
    public boolean isSigned() {
        return signed;
    }

    public static ValueKind of(String descriptor) {
        return of(Type.getType(descriptor));
    }

    public static ValueKind of(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN -> BOOLEAN;
            case Type.BYTE -> BYTE;
            case Type.CHAR -> CHAR;
            case Type.SHORT -> SHORT;
            case Type.INT -> INT;
            case Type.FLOAT -> FLOAT;
            case Type.LONG -> LONG;
            case Type.DOUBLE -> DOUBLE;
            case Type.OBJECT -> type.getDescriptor().equals(ADDRESS_DESCRIPTOR) ? WORD : REFERENCE;
            case Type.ARRAY -> REFERENCE;
            default -> throw new IllegalArgumentException("no value kind for " + type);
        };
    }

    /** The element kind of a {@code newarray} operand (T_BOOLEAN ... T_LONG). */
    public static ValueKind ofNewarrayCode(int code) {
        return switch (code) {
            case 4 -> BOOLEAN;
            case 5 -> CHAR;
            case 6 -> FLOAT;
            case 7 -> DOUBLE;
            case 8 -> BYTE;
            case 9 -> SHORT;
            case 10 -> INT;
            case 11 -> LONG;
            default -> throw new IllegalArgumentException("bad newarray type code " + code);
        };
    }
}
