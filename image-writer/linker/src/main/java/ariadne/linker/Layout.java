package ariadne.linker;

import static ariadne.linker.LinkOptions.PAGE_SIZE;

import ariadne.elf.Alignment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives every selected section its address: kinds in {@link SectionKind} order, each
 * segment starting on a fresh page, each section at its own alignment. File offsets follow
 * addresses one to one ({@link #fileOffset}), so the loaded bytes are one contiguous range.
 */
final class Layout {
    /** One loadable segment: file bytes in [start, fileEnd), zero-filled up to memoryEnd. */
    record SegmentExtent(SectionKind.Segment segment, long start, long fileEnd, long memoryEnd) {
    }

    /** All input sections of one kind, merged for the image's section headers. */
    record OutputSection(SectionKind kind, long start, long end, long alignment) {
    }

    private final LinkOptions options;
    private final List<InputSection> sections;
    private final List<SegmentExtent> segments = new ArrayList<>();
    private final Map<SectionKind, OutputSection> outputSections = new EnumMap<>(SectionKind.class);
    private final Map<String, Long> linkerSymbols = new LinkedHashMap<>();
    private long loadEnd;

    private Layout(List<InputSection> selected, LinkOptions options) {
        this.options = options;
        this.sections = selected.stream().sorted(Comparator.comparing(InputSection::kind)).toList();
    }

    /** Places {@code selected} (recording addresses in their objects) and computes the linker symbols. */
    static Layout assign(List<InputSection> selected, LinkOptions options) {
        Layout layout = new Layout(selected, options);
        layout.placeSegments();
        layout.mergeOutputSections();
        layout.defineLinkerSymbols();
        return layout;
    }

    private void placeSegments() {
        long cursor = options.baseAddress();
        loadEnd = cursor;
        for (SectionKind.Segment segment : SectionKind.Segment.values()) {
            List<InputSection> members = sections.stream().filter(s -> s.kind().segment() == segment).toList();
            if (members.isEmpty()) {
                continue;
            }
            long start = Alignment.up(cursor, PAGE_SIZE);
            long fileEnd = start;
            cursor = start;
            for (InputSection s : members) {
                cursor = Alignment.up(cursor, s.alignment());
                s.object().place(s.section().index(), cursor);
                cursor += s.section().size();
                if (!s.section().isNobits()) {
                    fileEnd = cursor;
                }
            }
            segments.add(new SegmentExtent(segment, start, fileEnd, cursor));
            if (fileEnd > start) {
                loadEnd = fileEnd;
            }
        }
    }

    private void mergeOutputSections() {
        for (InputSection s : sections) {
            long end = s.address() + s.section().size();
            outputSections.merge(s.kind(), new OutputSection(s.kind(), s.address(), end, s.alignment()),
                    (a, b) -> new OutputSection(a.kind(), a.start(), b.end(), Math.max(a.alignment(), b.alignment())));
        }
    }

    private void defineLinkerSymbols() {
        long base = options.baseAddress();
        long memoryEnd = segments.stream().mapToLong(SegmentExtent::memoryEnd).max().orElse(base);
        Optional<OutputSection> bss = outputSection(SectionKind.BSS);
        long bssStart = bss.map(OutputSection::start).orElse(loadEnd);
        linkerSymbols.put(LinkerSymbols.IMAGE_START, base);
        linkerSymbols.put(LinkerSymbols.TEXT_END, segment(SectionKind.Segment.CODE)
                .map(SegmentExtent::memoryEnd).orElse(base));
        linkerSymbols.put(LinkerSymbols.DATA_START, segment(SectionKind.Segment.READ_WRITE)
                .map(SegmentExtent::start).orElse(Alignment.up(loadEnd, PAGE_SIZE)));
        linkerSymbols.put(LinkerSymbols.LOAD_END, loadEnd);
        linkerSymbols.put(LinkerSymbols.BSS_START, bssStart);
        linkerSymbols.put(LinkerSymbols.BSS_END, bss.map(OutputSection::end).orElse(bssStart));
        linkerSymbols.put(LinkerSymbols.IMAGE_END, Alignment.up(memoryEnd, PAGE_SIZE));
        Optional<OutputSection> methodTables = outputSection(SectionKind.METHOD_TABLES);
        long tablesStart = methodTables.map(OutputSection::start).orElse(base);
        linkerSymbols.put(LinkerSymbols.METHOD_TABLES_START, tablesStart);
        linkerSymbols.put(LinkerSymbols.METHOD_TABLES_END, methodTables.map(OutputSection::end).orElse(tablesStart));
    }

    /** The selected sections in image order. */
    List<InputSection> sections() {
        return sections;
    }

    List<SegmentExtent> segments() {
        return segments;
    }

    Optional<SegmentExtent> segment(SectionKind.Segment segment) {
        return segments.stream().filter(s -> s.segment() == segment).findFirst();
    }

    /** Output sections in image order. */
    List<OutputSection> outputSections() {
        return List.copyOf(outputSections.values());
    }

    Optional<OutputSection> outputSection(SectionKind kind) {
        return Optional.ofNullable(outputSections.get(kind));
    }

    Map<String, Long> linkerSymbols() {
        return linkerSymbols;
    }

    long fileOffset(long address) {
        return address - options.baseAddress() + options.firstSegmentOffset();
    }

    /** The file-backed bytes from the base address to {@code __load_end}, section contents copied in. */
    byte[] loadedBytes() {
        byte[] image = new byte[Math.toIntExact(loadEnd - options.baseAddress())];
        for (InputSection s : sections) {
            if (!s.section().isNobits()) {
                byte[] data = s.section().data();
                System.arraycopy(data, 0, image, (int) (s.address() - options.baseAddress()), data.length);
            }
        }
        return image;
    }
}
