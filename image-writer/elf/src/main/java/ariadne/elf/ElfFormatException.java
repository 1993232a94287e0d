package ariadne.elf;

/** The bytes are not a well-formed ELF64 x86-64 file of a kind Ariadne accepts; the message says why. */
public final class ElfFormatException extends RuntimeException {
    public ElfFormatException(String message) {
        super(message);
    }
}
