package ariadne.elf;

/** A parsed Elf64_Rela: patch {@code offset} in the target section with symbol {@code symbolIndex}. */
public record ElfRelocation(long offset, int type, int symbolIndex, long addend) {
}
