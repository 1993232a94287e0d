package ariadne.compiler.x86;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ariadne.x86.Assembler;
import ariadne.x86.Cond;
import ariadne.x86.Mem;
import ariadne.x86.Mode;
import ariadne.x86.Reg;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The deferred operand stack emits exactly the moves and pushes its invariants call for. */
class DeferredStackTest {
    private static final Mem LOCAL_1 = Mem.at(Reg.RBP, -8);
    private static final Mem LOCAL_2 = Mem.at(Reg.RBP, -16);

    private final Assembler asm = new Assembler(Mode.LONG_64);
    private final DeferredStack stack = new DeferredStack(asm);

    @Test
    void deferredValuesMoveStraightIntoTheirRegisters() {
        stack.pushLocal(LOCAL_1, 1, false);
        stack.pushImmediate(-5);
        stack.popInto(Reg.RCX);
        stack.popInto(Reg.RAX);
        assertCode(a -> {
            a.movq(Reg.RCX, -5L);
            a.movq(Reg.RAX, LOCAL_1);
        });
    }

    @Test
    void aFlushPushesBottomFirstAndKeepsWhatIsKnown() {
        stack.pushLocal(LOCAL_1, 1, true);
        stack.pushImmediate(7);
        stack.flush();
        assertTrue(stack.knownNonNull(1));
        assertFalse(stack.knownNonNull(0));
        stack.popInto(Reg.RDX);
        assertCode(a -> {
            a.push(LOCAL_1);
            a.pushImm(7);
            a.pop(Reg.RDX);
        });
    }

    @Test
    void raxBelowTheTopIsPushedBeforeAnotherValueIsPoppedIntoRax() {
        stack.pushRax(false);
        stack.pushLocal(LOCAL_2, 2, false);
        stack.popInto(Reg.RAX);
        assertCode(a -> {
            a.push(Reg.RAX);
            a.movq(Reg.RAX, LOCAL_2);
        });
    }

    @Test
    void writingALocalPushesItsPendingReadsWithTheOldValue() {
        stack.pushLocal(LOCAL_1, 1, false);
        stack.pushLocal(LOCAL_2, 2, false);
        stack.beforeWriteOf(3);
        stack.beforeWriteOf(1);
        assertCode(a -> {
            a.push(LOCAL_1);
            a.push(LOCAL_2);
        });
    }

    @Test
    void aComparisonPoppedAsAValueIsEvaluatedThreeWay() {
        stack.pushComparison(StackEntry.threeWayComparison());
        stack.popInto(Reg.RDX);
        assertCode(a -> {
            a.cmpq(Reg.RAX, Reg.RCX);
            a.setcc(Cond.G, Reg.RAX);
            a.setcc(Cond.L, Reg.RCX);
            a.movzxbl(Reg.RAX, Reg.RAX);
            a.movzxbl(Reg.RCX, Reg.RCX);
            a.subl(Reg.RAX, Reg.RCX);
            a.movq(Reg.RDX, Reg.RAX);
        });
    }

    @Test
    void nothingIsDeferredOnTopOfAComparison() {
        stack.pushComparison(StackEntry.flag(Cond.E, true));
        stack.pushImmediate(1);
        assertCode(a -> {
            a.testq(Reg.RAX, Reg.RAX);
            a.setcc(Cond.E, Reg.RAX);
            a.movzxbl(Reg.RAX, Reg.RAX);
            a.push(Reg.RAX);
        });
    }

    @Test
    void droppingDeferredValuesCostsNothingButPushedOnesAreReleased() {
        stack.pushImmediate(1);
        stack.flush();
        stack.pushLocal(LOCAL_1, 1, false);
        stack.drop(3); // the local, the pushed constant and one slot below what is known
        assertCode(a -> {
            a.pushImm(1);
            a.addq(Reg.RSP, 16);
        });
    }

    private void assertCode(Consumer<Assembler> expected) {
        Assembler reference = new Assembler(Mode.LONG_64);
        expected.accept(reference);
        assertArrayEquals(reference.toByteArray(), asm.toByteArray());
    }
}
