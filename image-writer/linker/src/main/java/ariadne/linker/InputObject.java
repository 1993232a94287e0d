package ariadne.linker;

import ariadne.elf.ElfConstants;
import ariadne.elf.ElfFile;
import ariadne.elf.ElfFormatException;
import ariadne.elf.ElfReader;
import ariadne.elf.ElfSection;
import java.util.Arrays;

/** A parsed input object and the addresses the layout gave its sections. */
final class InputObject {
    private static final long UNPLACED = -1;

    private final String name;
    private final ElfFile elf;
    private final long[] sectionAddresses;

    private InputObject(String name, ElfFile elf) {
        this.name = name;
        this.elf = elf;
        this.sectionAddresses = new long[elf.sections().size()];
        Arrays.fill(sectionAddresses, UNPLACED);
    }

    static InputObject parse(NamedObject object) {
        ElfFile elf;
        try {
            elf = ElfReader.read(object.bytes());
        } catch (ElfFormatException e) {
            throw new LinkException(object.name() + ": malformed ELF: " + e.getMessage());
        }
        if (elf.fileType() != ElfConstants.ET_REL) {
            throw new LinkException(object.name() + ": not a relocatable object (ET_REL)");
        }
        return new InputObject(object.name(), elf);
    }

    String name() {
        return name;
    }

    ElfFile elf() {
        return elf;
    }

    /** "object(section)" for messages; reserved indices (SHN_ABS, SHN_COMMON, ...) are shown as numbers. */
    String where(int sectionIndex) {
        if (sectionIndex >= elf.sections().size()) {
            return name + "(section index 0x" + Integer.toHexString(sectionIndex) + ")";
        }
        return name + "(" + elf.sections().get(sectionIndex).name() + ")";
    }

    ElfSection section(int index) {
        return elf.sections().get(index);
    }

    void place(int sectionIndex, long address) {
        sectionAddresses[sectionIndex] = address;
    }

    boolean isPlaced(int sectionIndex) {
        return sectionIndex < sectionAddresses.length && sectionAddresses[sectionIndex] != UNPLACED;
    }

    long address(int sectionIndex) {
        if (!isPlaced(sectionIndex)) {
            throw new IllegalStateException(where(sectionIndex) + " is not in the image");
        }
        return sectionAddresses[sectionIndex];
    }
}
