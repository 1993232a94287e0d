package ariadne.compiler.cell;

import static ariadne.elf.ElfConstants.*;

import ariadne.compiler.CellSpec;
import ariadne.compiler.CompiledCell;
import ariadne.compiler.abi.Symbols;
import ariadne.compiler.frontend.ClassLayout;
import ariadne.compiler.frontend.FieldSlot;
import ariadne.compiler.frontend.Layouts;
import ariadne.compiler.frontend.ResolutionException;
import ariadne.compiler.template.CodeRelocation;
import ariadne.compiler.template.CompiledMethod;
import ariadne.compiler.template.LinkRequirements;
import ariadne.compiler.template.RelocationKind;
import ariadne.elf.RelocatableBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.objectweb.asm.tree.ClassNode;

/**
 * Turns a compiled cell into an ELF64 relocatable: one {@code .text.SYMBOL} section per method,
 * one {@code .data.CLASS} per class with statics, one {@code .rodata.type.NAME} per type
 * descriptor, weak string literals and array descriptors, and {@code .cell.meta}.
 */
public final class CellWriter {
    private final CellSpec spec;
    private final Layouts layouts;
    private final LinkRequirements links;
    private final List<SectionBuilder> sections = new ArrayList<>();

    public CellWriter(CellSpec spec, Layouts layouts, LinkRequirements links) {
        this.spec = spec;
        this.layouts = layouts;
        this.links = links;
    }

    public CompiledCell write(List<ClassNode> classes, List<CompiledMethod> methods) throws ResolutionException {
        CellMeta meta = new CellMeta(spec);
        methods.forEach(m -> sections.add(textSection(m)));
        methods.forEach(meta::addMethod);
        sections.add(MethodTableWriter.write(spec.name(), methods));
        TypeDescriptorWriter types = new TypeDescriptorWriter(layouts);
        for (ClassNode node : classes) {
            SectionBuilder data = StaticDataWriter.write(node, links);
            if (data != null) {
                sections.add(data);
            }
            sections.add(types.writeClass(node));
            links.useString(TypeDescriptorWriter.className(node.name));
            describeLayout(meta, node);
        }
        if (!classes.isEmpty() || !links.stringLiterals().isEmpty()) {
            writeLinkRequirements(types);
        }

        RelocatableBuilder elf = new RelocatableBuilder();
        SymbolLedger ledger = new SymbolLedger();
        sections.forEach(s -> s.addTo(elf, ledger));
        elf.addSection(".cell.meta", SHT_PROGBITS, 0, 1, meta.toBytes());
        return new CompiledCell(elf.toBytes(), ledger.exported(), ledger.imported());
    }

    /** Array descriptors (and their names), then every string literal, each in its own weak section. */
    private void writeLinkRequirements(TypeDescriptorWriter types) throws ResolutionException {
        StringLayout stringLayout = StringLayout.read(layouts);
        links.useArrayType(stringLayout.arrayDescriptor());
        for (String descriptor : links.arrayDescriptors()) {
            sections.add(types.writeArray(descriptor));
            links.useString(TypeDescriptorWriter.className(descriptor));
        }
        for (String literal : links.stringLiterals()) {
            sections.add(StringLiteralWriter.write(literal, stringLayout));
        }
    }

    private static SectionBuilder textSection(CompiledMethod method) {
        SectionBuilder s = new SectionBuilder(Symbols.textSection(method.symbol()), SHT_PROGBITS,
                SHF_ALLOC | SHF_EXECINSTR, 16);
        s.putBytes(method.code().code());
        for (CodeRelocation r : method.code().relocations()) {
            int type = r.kind() == RelocationKind.ABSOLUTE_64 ? R_X86_64_64 : R_X86_64_PC32;
            s.relocate(r.offset(), type, r.symbol(), r.addend());
        }
        s.define(method.symbol(), 0, method.code().code().length, STB_GLOBAL, STT_FUNC);
        return s;
    }

    private void describeLayout(CellMeta meta, ClassNode node) throws ResolutionException {
        ClassLayout layout = layouts.of(node.name);
        meta.addClass(Symbols.javaName(node.name), layout.instanceSize());
        for (FieldSlot field : layout.fields()) {
            if (field.owner().equals(node.name)) {
                meta.addField(field.name(), field.offset(), field.kind().name().toLowerCase(Locale.ROOT));
            }
        }
    }
}
