package ariadne.linker;

/** One input relocatable: {@code name} (e.g. "boot.o", "kernel.cell") appears in errors and the map. */
public record NamedObject(String name, byte[] bytes) {
}
