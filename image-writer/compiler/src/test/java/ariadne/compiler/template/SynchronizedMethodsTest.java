package ariadne.compiler.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.BasicVerifier;

class SynchronizedMethodsTest {
    /** Compiled by javac; only its bytecode is read. */
    static final class Sample {
        int value;

        synchronized int twoReturns(int x) {
            if (x == 0) {
                return value;
            }
            try {
                value = 10 / x;
            } catch (ArithmeticException e) {
                return -1;
            }
            return value;
        }

        static synchronized void staticOne() {
        }

        int plain() {
            return value;
        }
    }

    @Test
    void instanceMethodEntersThisExitsAtEveryReturnAndOnThrow() throws Exception {
        ClassNode owner = sample();
        MethodNode method = method(owner, "twoReturns");
        int returns = count(method, Opcodes.IRETURN);
        int handlers = method.tryCatchBlocks.size();
        int lock = method.maxLocals;

        SynchronizedMethods.lower(owner.name, method);

        assertEquals(0, method.access & Opcodes.ACC_SYNCHRONIZED, "flag cleared");
        assertEquals(lock + 1, method.maxLocals);
        assertEquals(1, count(method, Opcodes.MONITORENTER));
        assertEquals(returns + 1, count(method, Opcodes.MONITOREXIT), "one exit per return and the handler's");
        int[] prologue = opcodes(method, 4);
        assertEquals(Arrays.toString(new int[] {Opcodes.ALOAD, Opcodes.DUP, Opcodes.ASTORE, Opcodes.MONITORENTER}),
                Arrays.toString(prologue));
        assertEquals(handlers + 1, method.tryCatchBlocks.size());
        TryCatchBlockNode outermost = method.tryCatchBlocks.get(handlers);
        assertNull(outermost.type, "catches everything");
        assertEquals(Opcodes.ATHROW, method.instructions.getLast().getOpcode());
        new Analyzer<>(new BasicVerifier()).analyze(owner.name, method); // still valid bytecode
    }

    @Test
    void staticMethodLocksItsClassObject() throws Exception {
        ClassNode owner = sample();
        MethodNode method = method(owner, "staticOne");
        SynchronizedMethods.lower(owner.name, method);
        AbstractInsnNode first = method.instructions.getFirst();
        while (first.getOpcode() < 0) {
            first = first.getNext();
        }
        assertEquals(Type.getObjectType(owner.name), ((LdcInsnNode) first).cst);
        assertEquals(2, count(method, Opcodes.MONITOREXIT));
        new Analyzer<>(new BasicVerifier()).analyze(owner.name, method);
    }

    @Test
    void unsynchronizedMethodIsLeftAlone() throws Exception {
        ClassNode owner = sample();
        MethodNode method = method(owner, "plain");
        int size = method.instructions.size();
        SynchronizedMethods.lower(owner.name, method);
        assertEquals(size, method.instructions.size());
        assertEquals(0, count(method, Opcodes.MONITORENTER));
    }

    private static ClassNode sample() throws IOException {
        String resource = "/" + Sample.class.getName().replace('.', '/') + ".class";
        try (InputStream in = SynchronizedMethodsTest.class.getResourceAsStream(resource)) {
            ClassNode node = new ClassNode();
            new ClassReader(in.readAllBytes()).accept(node, 0);
            return node;
        }
    }

    private static MethodNode method(ClassNode owner, String name) {
        return owner.methods.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
    }

    private static int count(MethodNode method, int opcode) {
        int n = 0;
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() == opcode) {
                n++;
            }
        }
        return n;
    }

    private static int[] opcodes(MethodNode method, int howMany) {
        return Arrays.stream(method.instructions.toArray()).mapToInt(AbstractInsnNode::getOpcode)
                .filter(op -> op >= 0).limit(howMany).toArray();
    }
}
