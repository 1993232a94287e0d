package ariadne.linker;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/** The linked image, its symbol map, and the addresses of its non-local and linker-defined symbols. */
public final class LinkResult {
    private final byte[] image;
    private final String map;
    private final Map<String, Long> globalAddresses;

    LinkResult(byte[] image, String map, Map<String, Long> globalAddresses) {
        this.image = image;
        this.map = map;
        this.globalAddresses = Map.copyOf(globalAddresses);
    }

    /** The ELF64 executable, ready to write to build/ariadne.elf. */
    public byte[] image() {
        return image.clone();
    }

    /** Text lines "address size symbol object", sorted by address. */
    public String map() {
        return map;
    }

    public OptionalLong findSymbol(String name) {
        Long address = globalAddresses.get(name);
        return address == null ? OptionalLong.empty() : OptionalLong.of(address);
    }

    public long symbolAddress(String name) {
        return findSymbol(name).orElseThrow(() -> new NoSuchElementException("no symbol " + name + " in the image"));
    }
}
