package ariadne.compiler.cell;

import static ariadne.elf.ElfConstants.*;

import ariadne.compiler.abi.Symbols;
import ariadne.compiler.frontend.ClassInitialization;
import ariadne.compiler.template.LinkRequirements;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * Writes a class's {@code .data} section: one 8-byte slot per static field (preset from its
 * ConstantValue attribute, as the JVM does before {@code <clinit>}), then the one-byte
 * initialisation state if the class has a {@code <clinit>}.
 */
final class StaticDataWriter {
    private StaticDataWriter() {
    }

    /** The section, or null when the class has neither statics nor an initialiser. */
    static SectionBuilder write(ClassNode node, LinkRequirements links) {
        boolean hasInitializer = ClassInitialization.hasInitializer(node);
        SectionBuilder s = new SectionBuilder(Symbols.dataSection(node.name), SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 8);
        for (FieldNode field : node.fields) {
            if ((field.access & Opcodes.ACC_STATIC) != 0) {
                s.define(Symbols.staticField(node.name, field.name), s.position(), 8, STB_GLOBAL, STT_OBJECT);
                putInitialValue(s, field.value, links);
            }
        }
        if (hasInitializer) {
            s.define(Symbols.clinitState(node.name), s.position(), 1, STB_GLOBAL, STT_OBJECT);
            s.putByte(0);
        }
        return s.position() == 0 ? null : s;
    }

    private static void putInitialValue(SectionBuilder s, Object value, LinkRequirements links) {
        if (value instanceof Integer i) {
            s.putLong(i);
        } else if (value instanceof Float f) {
            s.putLong(Float.floatToRawIntBits(f));
        } else if (value instanceof Long l) {
            s.putLong(l);
        } else if (value instanceof Double d) {
            s.putLong(Double.doubleToRawLongBits(d));
        } else if (value instanceof String str) {
            links.useString(str);
            s.putAddress(Symbols.stringLiteral(str), 0);
        } else {
            s.putLong(0);
        }
    }
}
