package ariadne.boot;

import static ariadne.boot.BootSymbols.PVH_ENTRY;

import ariadne.x86.Assembler;
import ariadne.x86.Mode;
import java.nio.charset.StandardCharsets;

/**
 * The ELF note that announces the PVH entry point (Xen's XEN_ELFNOTE_PHYS32_ENTRY): QEMU and
 * other hypervisors start the kernel there in 32-bit protected mode with EBX pointing at an
 * {@code hvm_start_info}.
 *
 * <p>The descriptor is 8 bytes (address in the low half, zero above): QEMU reads a host
 * pointer-sized value from it. The note is 4-byte aligned, so the PT_NOTE the linker emits for
 * it must have p_align 4 (QEMU pads the name to p_align).
 */
final class PvhNote {
    static final String SECTION = ".note.pvh";
    static final int XEN_ELFNOTE_PHYS32_ENTRY = 18;
    static final byte[] NAME = "Xen\0".getBytes(StandardCharsets.US_ASCII);
    static final int DESCRIPTOR_SIZE = 8;

    private PvhNote() {
    }

    static BootSection build() {
        Assembler a = new Assembler(Mode.PROTECTED_32);
        a.emit32(NAME.length);                      // n_namesz, including the NUL
        a.emit32(DESCRIPTOR_SIZE);                  // n_descsz
        a.emit32(XEN_ELFNOTE_PHYS32_ENTRY);         // n_type
        a.emitBytes(NAME);                          // name "Xen\0", already a multiple of 4
        a.emitAbs32(PVH_ENTRY, 0);                  // desc: physical 32-bit entry address
        a.emit32(0);                                // desc: upper half of the address
        return new SectionContents().append(a, 1, 0).toSection(SECTION, BootSection.Kind.NOTE, 4);
    }
}
