package ariadne.compiler.cell;

import static ariadne.elf.ElfConstants.*;

import ariadne.compiler.abi.Symbols;
import ariadne.compiler.abi.TibLayout;
import ariadne.compiler.abi.ValueKind;
import ariadne.compiler.frontend.ClassLayout;
import ariadne.compiler.frontend.Hierarchy;
import ariadne.compiler.frontend.Layouts;
import ariadne.compiler.frontend.ResolutionException;
import ariadne.compiler.frontend.VirtualSlot;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;

/**
 * Writes type descriptors (docs/ABI.md, "Type descriptors"): the fixed header, the vtable, then
 * in the same section the superclass display and the interface table. The interface table is
 * {@code [int64 count][interface TIB, method table address] * count} followed by the method
 * tables, each listing the implementations of {@code Layouts.interfaceMethods} in order.
 */
final class TypeDescriptorWriter {
    private final Layouts layouts;

    TypeDescriptorWriter(Layouts layouts) {
        this.layouts = layouts;
    }

    /** The Java name every descriptor points to (as a string literal). */
    static String className(String internalNameOrArrayDescriptor) {
        return Symbols.javaName(internalNameOrArrayDescriptor);
    }

    SectionBuilder writeClass(ClassNode node) throws ResolutionException {
        ClassLayout layout = layouts.of(node.name);
        String symbol = Symbols.type(node.name);
        boolean isInterface = Hierarchy.isInterface(node);
        int flags = (isInterface ? TibLayout.FLAG_INTERFACE : 0)
                | ((node.access & Opcodes.ACC_ABSTRACT) != 0 ? TibLayout.FLAG_ABSTRACT : 0);
        List<String> display = new ArrayList<>();
        for (ClassNode c : layouts.hierarchy().superChain(node.name)) {
            display.add(0, Symbols.type(c.name));
        }
        List<InterfaceEntry> interfaces = isInterface ? superinterfaceEntries(node) : interfaceEntries(node, layout);
        return write(symbol, STB_GLOBAL, new Header(
                node.superName == null ? null : Symbols.type(node.superName), className(node.name),
                isInterface ? 0 : layout.instanceSize(), flags, null, layout.depth()),
                implementations(layout.vtable()), display, interfaces);
    }

    /** Every array type implements these (JLS 10.8), when java.base declares them. */
    private static final List<String> ARRAY_INTERFACES = List.of("java/lang/Cloneable", "java/io/Serializable");

    /** A weak array descriptor: Object's vtable, display [Object, itself], Cloneable and Serializable. */
    SectionBuilder writeArray(String descriptor) throws ResolutionException {
        Type element = Type.getType(descriptor.substring(1));
        boolean references = element.getSort() == Type.OBJECT || element.getSort() == Type.ARRAY;
        String elementTib = !references ? null : Symbols.type(element.getSort() == Type.ARRAY
                ? element.getDescriptor() : element.getInternalName());
        int flags = TibLayout.FLAG_ARRAY
                | (references ? TibLayout.FLAG_REFERENCE_ELEMENTS : TibLayout.FLAG_PRIMITIVE_ARRAY);
        String symbol = Symbols.type(descriptor);
        String object = Symbols.type(Hierarchy.OBJECT);
        return write(symbol, STB_WEAK, new Header(object, className(descriptor), ValueKind.of(element).size(),
                flags, elementTib, 1), implementations(layouts.of(Hierarchy.OBJECT).vtable()),
                List.of(object, symbol), arrayInterfaces());
    }

    private List<InterfaceEntry> arrayInterfaces() {
        List<InterfaceEntry> entries = new ArrayList<>();
        for (String itf : ARRAY_INTERFACES) {
            if (layouts.hierarchy().pool().find(itf).isPresent()) {
                entries.add(new InterfaceEntry(Symbols.type(itf), List.of())); // neither has methods
            }
        }
        return entries;
    }

    private record Header(String superTib, String name, int size, int flags, String elementTib, int depth) {
    }

    private record InterfaceEntry(String interfaceTib, List<String> implementations) {
    }

    private SectionBuilder write(String symbol, int binding, Header header, List<String> vtable,
                                 List<String> display, List<InterfaceEntry> interfaces) {
        // Writable: java.lang.Class caches the Class object in the descriptor, and a live swap
        // re-points vtable entries.
        SectionBuilder s = new SectionBuilder(Symbols.typeSection(symbol), SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 8);
        int displayOffset = TibLayout.VTABLE + 8 * vtable.size();
        int interfaceTableOffset = displayOffset + 8 * display.size();
        s.putAddressOrZero(header.superTib());
        s.putAddress(Symbols.stringLiteral(header.name()), 0);
        s.putInt(header.size());
        s.putInt(header.flags());
        s.putAddressOrZero(header.elementTib());
        s.putInt(header.depth());
        s.putInt(vtable.size());
        s.putAddress(symbol, displayOffset);
        if (interfaces.isEmpty()) {
            s.putLong(0);
        } else {
            s.putAddress(symbol, interfaceTableOffset);
        }
        s.putLong(0); // Class object: reserved
        vtable.forEach(s::putAddressOrZero);
        display.forEach(tib -> s.putAddress(tib, 0));
        if (!interfaces.isEmpty()) {
            writeInterfaceTable(s, symbol, interfaceTableOffset, interfaces);
        }
        s.define(symbol, 0, s.position(), binding, STT_OBJECT);
        return s;
    }

    private static void writeInterfaceTable(SectionBuilder s, String symbol, int tableOffset,
                                            List<InterfaceEntry> interfaces) {
        s.putLong(interfaces.size());
        int methodTable = tableOffset + 8 + 16 * interfaces.size();
        for (InterfaceEntry entry : interfaces) {
            s.putAddress(entry.interfaceTib(), 0);
            s.putAddress(symbol, methodTable);
            methodTable += 8 * entry.implementations().size();
        }
        for (InterfaceEntry entry : interfaces) {
            entry.implementations().forEach(s::putAddressOrZero);
        }
    }

    private List<InterfaceEntry> interfaceEntries(ClassNode node, ClassLayout layout) throws ResolutionException {
        List<InterfaceEntry> entries = new ArrayList<>();
        for (ClassNode itf : layouts.hierarchy().allInterfaces(node.name)) {
            List<String> implementations = new ArrayList<>();
            for (VirtualSlot method : layouts.interfaceMethods(itf.name)) {
                int index = layout.vtableIndex(method.name(), method.descriptor());
                implementations.add(index < 0 ? null : implementation(layout.vtable().get(index)));
            }
            entries.add(new InterfaceEntry(Symbols.type(itf.name), implementations));
        }
        return entries;
    }

    /**
     * An interface's own table lists itself and its superinterfaces without methods: no object
     * has an interface type, but an array's element type can be one, and {@code I[]} must pass
     * tests for {@code I[]} and {@code J[]} when I extends J.
     */
    private List<InterfaceEntry> superinterfaceEntries(ClassNode itf) throws ResolutionException {
        List<InterfaceEntry> entries = new ArrayList<>();
        entries.add(new InterfaceEntry(Symbols.type(itf.name), List.of()));
        for (ClassNode sup : layouts.hierarchy().allInterfaces(itf.name)) {
            entries.add(new InterfaceEntry(Symbols.type(sup.name), List.of()));
        }
        return entries;
    }

    /** Code symbols of the entries; null (a zero entry) for abstract methods. */
    private static List<String> implementations(List<VirtualSlot> slots) {
        List<String> symbols = new ArrayList<>();
        for (VirtualSlot slot : slots) {
            symbols.add(implementation(slot));
        }
        return symbols;
    }

    private static String implementation(VirtualSlot slot) {
        return slot.implementation() == null ? null : slot.implementation().symbol();
    }
}
