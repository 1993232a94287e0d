package ariadne.elf;

import static ariadne.elf.ElfConstants.*;

/** Facts about the x86-64 relocation types Ariadne emits and links. */
public final class Relocations {
    private Relocations() {
    }

    public static boolean isSupported(int type) {
        return type == R_X86_64_64 || type == R_X86_64_PC32 || type == R_X86_64_PLT32
                || type == R_X86_64_32 || type == R_X86_64_32S;
    }

    /** Number of bytes the relocation patches. */
    public static int width(int type) {
        return switch (type) {
            case R_X86_64_64 -> 8;
            case R_X86_64_PC32, R_X86_64_PLT32, R_X86_64_32, R_X86_64_32S -> 4;
            default -> throw new IllegalArgumentException("unsupported relocation type " + type);
        };
    }

    public static String name(int type) {
        return switch (type) {
            case R_X86_64_64 -> "R_X86_64_64";
            case R_X86_64_PC32 -> "R_X86_64_PC32";
            case R_X86_64_PLT32 -> "R_X86_64_PLT32";
            case R_X86_64_32 -> "R_X86_64_32";
            case R_X86_64_32S -> "R_X86_64_32S";
            default -> "relocation type " + type;
        };
    }
}
