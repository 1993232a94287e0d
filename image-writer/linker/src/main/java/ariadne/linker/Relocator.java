package ariadne.linker;

import static ariadne.elf.ElfConstants.*;

import ariadne.elf.ElfRelocation;
import ariadne.elf.ElfSymbol;
import ariadne.elf.Relocations;
import java.util.ArrayList;
import java.util.List;

/** Patches the relocations of every loaded section into the image bytes, checking that values fit. */
final class Relocator {
    private Relocator() {
    }

    /** {@code loaded} holds the image from the base address on. */
    static void apply(Layout layout, byte[] loaded, long baseAddress, SymbolAddresses addresses) {
        List<String> problems = new ArrayList<>();
        for (InputSection s : layout.sections()) {
            for (ElfRelocation relocation : s.object().elf().relocationsFor(s.section().index())) {
                try {
                    patch(s, relocation, loaded, baseAddress, addresses);
                } catch (LinkException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        LinkException.throwIfAny("relocations failed", problems);
    }

    private static void patch(InputSection s, ElfRelocation relocation, byte[] loaded, long baseAddress,
                              SymbolAddresses addresses) {
        ElfSymbol symbol = s.object().elf().symbols().get(relocation.symbolIndex());
        long place = s.address() + relocation.offset();
        long target = addresses.of(s.object(), symbol) + relocation.addend();
        int at = (int) (place - baseAddress);
        switch (relocation.type()) {
            case R_X86_64_64 -> write(loaded, at, target, 8);
            case R_X86_64_PC32, R_X86_64_PLT32 -> write(loaded, at, checked(target - place, true, s, relocation,
                    symbol), 4);
            case R_X86_64_32 -> write(loaded, at, checked(target, false, s, relocation, symbol), 4);
            case R_X86_64_32S -> write(loaded, at, checked(target, true, s, relocation, symbol), 4);
            default -> throw new LinkException(describe(s, relocation, symbol) + ": unsupported relocation type");
        }
    }

    private static long checked(long value, boolean signed, InputSection s, ElfRelocation relocation,
                                ElfSymbol symbol) {
        boolean fits = signed ? value == (int) value : (value >>> 32) == 0;
        if (!fits) {
            throw new LinkException(describe(s, relocation, symbol) + ": value 0x" + Long.toHexString(value)
                    + " does not fit in " + (signed ? "signed" : "unsigned") + " 32 bits");
        }
        return value;
    }

    private static String describe(InputSection s, ElfRelocation relocation, ElfSymbol symbol) {
        return Relocations.name(relocation.type()) + " in " + s.where() + " at offset 0x"
                + Long.toHexString(relocation.offset()) + " against " + symbol.name();
    }

    private static void write(byte[] loaded, int at, long value, int width) {
        for (int i = 0; i < width; i++) {
            loaded[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
