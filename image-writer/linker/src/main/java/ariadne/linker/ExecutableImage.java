package ariadne.linker;

import static ariadne.elf.ElfConstants.*;
import static ariadne.linker.LinkOptions.PAGE_SIZE;

import ariadne.elf.ExecutableBuilder;
import ariadne.elf.ProgramHeader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Wraps the laid-out, relocated bytes into the ELF executable with segments, sections and symbols. */
final class ExecutableImage {
    private ExecutableImage() {
    }

    static byte[] write(Layout layout, byte[] loaded, List<ImageSymbol> symbols, long entry, LinkOptions options) {
        ExecutableBuilder elf = new ExecutableBuilder(entry);
        elf.place(options.firstSegmentOffset(), loaded);
        for (Layout.SegmentExtent segment : layout.segments()) {
            elf.addProgramHeader(ProgramHeader.load(segment.segment().flags, layout.fileOffset(segment.start()),
                    segment.start(), segment.fileEnd() - segment.start(), segment.memoryEnd() - segment.start(),
                    PAGE_SIZE));
        }
        layout.outputSection(SectionKind.PVH_NOTE).ifPresent(note -> elf.addProgramHeader(ProgramHeader.note(
                layout.fileOffset(note.start()), note.start(), note.end() - note.start(), note.alignment())));

        Map<SectionKind, Integer> sectionIndex = new EnumMap<>(SectionKind.class);
        for (Layout.OutputSection section : layout.outputSections()) {
            SectionKind kind = section.kind();
            sectionIndex.put(kind, elf.addSection(kind.outputName(), kind.outputType(), kind.outputFlags(),
                    section.start(), layout.fileOffset(section.start()), section.end() - section.start(),
                    section.alignment()));
        }
        for (ImageSymbol s : symbols) {
            int index = s.kind() == null ? SHN_ABS : sectionIndex.get(s.kind());
            elf.defineSymbol(s.name(), index, s.address(), s.size(), s.binding(), s.type());
        }
        return elf.toBytes();
    }
}
