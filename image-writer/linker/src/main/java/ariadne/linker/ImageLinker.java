package ariadne.linker;

import ariadne.elf.ElfConstants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links ELF64 relocatables (the boot object and the nucleus cells) into the bootable image:
 * resolve symbols, select sections, lay them out from the base address, relocate, and write
 * an ELF executable with one PT_LOAD per permission (RX, R, RW+bss) and a PT_NOTE for the
 * PVH note. Non-ALLOC sections such as .cell.meta are not carried into the image. On request
 * the image also carries a table of its own symbols for the in-OS loader ({@link InImageSymbolTable}).
 */
public final class ImageLinker {
    private ImageLinker() {
    }

    public static LinkResult link(List<NamedObject> objects, LinkOptions options) {
        List<InputObject> inputs = new ArrayList<>(objects.stream().map(InputObject::parse).toList());
        InImageSymbolTable table = null;
        if (options.symbolTable()) {
            table = plannedSymbolTable(inputs, options);
            inputs.add(InputObject.parse(new NamedObject(InImageSymbolTable.OBJECT_NAME, table.placeholderObject())));
        }
        GlobalSymbols globals = GlobalSymbols.resolve(inputs);
        Aliases.check(options.aliases(), globals);
        List<InputSection> selected = SectionSelection.select(inputs, globals);
        UndefinedReferences.check(selected, globals, options);

        Layout layout = Layout.assign(selected, options);
        SymbolAddresses addresses = new SymbolAddresses(globals, layout.linkerSymbols(), options.aliases());
        byte[] loaded = layout.loadedBytes();
        Relocator.apply(layout, loaded, options.baseAddress(), addresses);

        List<ImageSymbol> symbols = ImageSymbols.collect(inputs, globals, layout, options.aliases());
        if (table != null) {
            long tableAddress = addresses.global(InImageSymbolTable.START).getAsLong();
            table.fill(loaded, Math.toIntExact(tableAddress - options.baseAddress()), symbols);
        }
        long entry = addresses.global(options.entrySymbol()).getAsLong();
        byte[] image = ExecutableImage.write(layout, loaded, symbols, entry, options);
        return new LinkResult(image, SymbolMap.format(symbols), globalAddresses(symbols));
    }

    /** Sizes the symbol table from a first resolution of the inputs (the table adds only its own bounds). */
    private static InImageSymbolTable plannedSymbolTable(List<InputObject> inputs, LinkOptions options) {
        GlobalSymbols globals = GlobalSymbols.resolve(inputs);
        List<InputSection> selected = SectionSelection.select(inputs, globals);
        return InImageSymbolTable.forNames(InImageSymbolTable.exportedNames(globals, selected, options.aliases()));
    }

    private static Map<String, Long> globalAddresses(List<ImageSymbol> symbols) {
        Map<String, Long> addresses = new HashMap<>();
        for (ImageSymbol s : symbols) {
            if (s.binding() != ElfConstants.STB_LOCAL) {
                addresses.put(s.name(), s.address());
            }
        }
        return addresses;
    }
}
