package ariadne.linker;

import ariadne.elf.ElfSection;

/** An input section chosen for the image, with the place it goes. */
record InputSection(InputObject object, ElfSection section, SectionKind kind) {

    String where() {
        return object.where(section.index());
    }

    long address() {
        return object.address(section.index());
    }

    long alignment() {
        return Math.max(1, section.alignment());
    }
}
