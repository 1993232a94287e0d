package ariadne.x86;

/**
 * A field of the assembled bytes that the linker fills in. The field itself holds zero;
 * {@code addend} is the complete RELA addend (for PC32 it already includes the -4 or
 * whatever distance lies between the field and the end of the instruction).
 *
 * @param offset offset of the field in the assembled bytes
 */
public record Reloc(int offset, RelocKind kind, String symbol, long addend) {
    public Reloc {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        if (kind == null || symbol == null || symbol.isEmpty()) {
            throw new IllegalArgumentException("relocation needs a kind and a symbol");
        }
    }
}
