package ariadne.linker;

import ariadne.elf.ElfConstants;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links ELF64 relocatables (the boot object and the nucleus cells) into the bootable image:
 * resolve symbols, select sections, lay them out from the base address, relocate, and write
 * an ELF executable with one PT_LOAD per permission (RX, R, RW+bss) and a PT_NOTE for the
 * PVH note. Non-ALLOC sections such as .cell.meta are not carried into the image.
 */
public final class ImageLinker {
    private ImageLinker() {
    }

    public static LinkResult link(List<NamedObject> objects, LinkOptions options) {
        List<InputObject> inputs = objects.stream().map(InputObject::parse).toList();
        GlobalSymbols globals = GlobalSymbols.resolve(inputs);
        Aliases.check(options.aliases(), globals);
        List<InputSection> selected = SectionSelection.select(inputs, globals);
        UndefinedReferences.check(selected, globals, options);

        Layout layout = Layout.assign(selected, options);
        SymbolAddresses addresses = new SymbolAddresses(globals, layout.linkerSymbols(), options.aliases());
        byte[] loaded = layout.loadedBytes();
        Relocator.apply(layout, loaded, options.baseAddress(), addresses);

        List<ImageSymbol> symbols = ImageSymbols.collect(inputs, globals, layout, options.aliases());
        long entry = addresses.global(options.entrySymbol()).getAsLong();
        byte[] image = ExecutableImage.write(layout, loaded, symbols, entry, options);
        return new LinkResult(image, SymbolMap.format(symbols), globalAddresses(symbols));
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
