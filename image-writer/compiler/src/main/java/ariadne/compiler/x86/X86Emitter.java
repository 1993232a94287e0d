package ariadne.compiler.x86;

import ariadne.compiler.abi.ObjectLayout;
import ariadne.compiler.abi.RuntimeEntry;
import ariadne.compiler.abi.TibLayout;
import ariadne.compiler.abi.ValueKind;
import ariadne.compiler.template.ArithmeticOp;
import ariadne.compiler.template.BytecodeEmitter;
import ariadne.compiler.template.CodeRelocation;
import ariadne.compiler.template.Condition;
import ariadne.compiler.template.Conversion;
import ariadne.compiler.template.FloatOp;
import ariadne.compiler.template.FrameLayout;
import ariadne.compiler.template.MachineCode;
import ariadne.compiler.template.MachineOp;
import ariadne.compiler.template.RelocationKind;
import ariadne.compiler.template.TypeTest;
import ariadne.x86.Assembler;
import ariadne.x86.Cond;
import ariadne.x86.Label;
import ariadne.x86.Mem;
import ariadne.x86.Mode;
import ariadne.x86.Reg;
import ariadne.x86.Reloc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * x86-64 templates for the template compiler, following docs/ABI.md's calling convention:
 * rbp-chained frames, arguments pushed left to right by the caller, results in rax. The operand
 * stack is the machine stack at every label, call and branch; within straight-line code the
 * {@link DeferredStack} keeps its top values (constants, locals, a result in rax) unpushed until a
 * template pops them into a register. rax, rcx, rdx, rsi and xmm0/xmm1 are scratch within a template.
 */
public final class X86Emitter implements BytecodeEmitter {
    private static final Reg[] SHUFFLE_REGISTERS = {Reg.RAX, Reg.RCX, Reg.RDX, Reg.RSI};

    private final Assembler asm = new Assembler(Mode.LONG_64);
    private final DeferredStack stack = new DeferredStack(asm);
    private final RuntimeChecks checks = new RuntimeChecks(asm);
    private final Arithmetic arithmetic = new Arithmetic(asm, checks, stack);
    private final FloatingPoint floatingPoint = new FloatingPoint(asm);
    private final TypeTests typeTests = new TypeTests(asm);
    private final MachineOps machineOps = new MachineOps(asm, stack);
    private final X87Remainder remainder = new X87Remainder(asm);
    private final Map<Integer, Label> labels = new HashMap<>();
    private FrameLayout frame;
    /** Non-null while compiling an {@code @InterruptHandler}: its returns are interrupt exits. */
    private InterruptEntry interruptEntry;

    // ---- method structure

    @Override
    public void beginMethod(FrameLayout frame) {
        this.frame = frame;
        stack.discard();
        asm.push(Reg.RBP);
        asm.movq(Reg.RBP, Reg.RSP);
        if (frame.localSlotCount() > 0) {
            asm.subq(Reg.RSP, 8 * frame.localSlotCount());
        }
    }

    @Override
    public void beginInterruptHandler(FrameLayout frame, int vector) {
        this.frame = frame;
        stack.discard();
        interruptEntry = new InterruptEntry(asm, vector);
        interruptEntry.emitEntry();
        if (frame.localSlotCount() > 0) {
            asm.subq(Reg.RSP, 8 * frame.localSlotCount());
        }
    }

    /** Flushes first, so that everything before the offset is what the bytecode before it did. */
    @Override
    public int codeOffset() {
        stack.flush();
        return asm.position();
    }

    @Override
    public void bind(int label) {
        stack.atLabel(); // every path into a label finds the operand stack on the machine stack
        asm.bind(label(label));
    }

    private Label label(int id) {
        return labels.computeIfAbsent(id, i -> new Label());
    }

    @Override
    public MachineCode finish() {
        List<CodeRelocation> relocations = new ArrayList<>();
        for (Reloc reloc : asm.relocations()) {
            RelocationKind kind = switch (reloc.kind()) {
                case ABS64 -> RelocationKind.ABSOLUTE_64;
                case PC32 -> RelocationKind.PC_RELATIVE_32;
                default -> throw new IllegalStateException("compiled code never uses " + reloc.kind());
            };
            relocations.add(new CodeRelocation(reloc.offset(), kind, reloc.symbol(), reloc.addend()));
        }
        return new MachineCode(asm.toByteArray(), relocations);
    }

    // ---- constants and locals

    @Override
    public void pushInt(int value) {
        stack.pushImmediate(value);
    }

    @Override
    public void pushLong(long value) {
        if (value == (int) value) {
            stack.pushImmediate(value); // sign-extended to 64 bits when pushed or moved
        } else {
            stack.keepRaxFree();
            asm.movq(Reg.RAX, value);
            stack.pushRax(false);
        }
    }

    @Override
    public void pushSymbolAddress(String symbol) {
        stack.keepRaxFree();
        asm.movabs(Reg.RAX, symbol, 0);
        stack.pushRax(true);
    }

    /** Argument i of n is at [rbp + 16 + 8*(n-1-i)]; other locals below the saved rbp. */
    private Mem local(int jvmIndex) {
        if (frame.isArgument(jvmIndex)) {
            return Mem.at(Reg.RBP, 16 + 8 * (frame.argumentCount() - 1 - frame.argumentPosition(jvmIndex)));
        }
        return Mem.at(Reg.RBP, -8 * (1 + frame.localSlot(jvmIndex)));
    }

    @Override
    public void loadLocal(int jvmIndex) {
        boolean nonNull = jvmIndex == 0 && frame.receiverFixed() || stack.isNonNullLocal(jvmIndex);
        stack.pushLocal(local(jvmIndex), jvmIndex, nonNull);
    }

    @Override
    public void storeLocal(int jvmIndex) {
        StackEntry value = stack.top();
        if (value == null || value.kind() == StackEntry.Kind.PUSHED) {
            stack.beforeWriteOf(jvmIndex); // nothing is deferred, so nothing reads the old value later
            asm.pop(local(jvmIndex));
            stack.popped(1);
        } else if (value.kind() == StackEntry.Kind.IMMEDIATE) {
            stack.dropImmediate();
            stack.beforeWriteOf(jvmIndex);
            asm.movq(local(jvmIndex), (int) value.immediate());
        } else {
            stack.popInto(Reg.RAX);
            stack.beforeWriteOf(jvmIndex);
            asm.movq(local(jvmIndex), Reg.RAX);
        }
    }

    @Override
    public void incrementLocal(int jvmIndex, int delta) {
        stack.beforeWriteOf(jvmIndex);
        asm.addl(local(jvmIndex), delta);
    }

    // ---- operand stack shuffles

    @Override
    public void pop(int slots) {
        stack.drop(slots);
    }

    @Override
    public void duplicate(int count, int skip) {
        if (count == 1 && skip == 0) {
            stack.duplicateTop();
            return;
        }
        stack.forget();
        int total = count + skip;
        for (int i = 0; i < total; i++) {
            asm.pop(SHUFFLE_REGISTERS[i]); // SHUFFLE_REGISTERS[0] holds the top
        }
        pushRegisters(0, count);
        pushRegisters(count, total);
        pushRegisters(0, count);
    }

    /** Pushes SHUFFLE_REGISTERS[from, to) so that [from] ends on top. */
    private void pushRegisters(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            asm.push(SHUFFLE_REGISTERS[i]);
        }
    }

    @Override
    public void swap() {
        stack.forget();
        asm.pop(Reg.RAX);
        asm.pop(Reg.RCX);
        asm.push(Reg.RAX);
        asm.push(Reg.RCX);
    }

    // ---- arithmetic

    @Override
    public void intArithmetic(ArithmeticOp op) {
        arithmetic.binary(op, false);
    }

    @Override
    public void longArithmetic(ArithmeticOp op) {
        arithmetic.binary(op, true);
    }

    @Override
    public void intDivide(boolean remainder) {
        arithmetic.divide(remainder, false);
    }

    @Override
    public void longDivide(boolean remainder) {
        arithmetic.divide(remainder, true);
    }

    @Override
    public void intNegate() {
        arithmetic.negate(false);
    }

    @Override
    public void longNegate() {
        arithmetic.negate(true);
    }

    @Override
    public void floatArithmetic(FloatOp op, boolean isDouble) {
        stack.forget();
        floatingPoint.binary(op, isDouble);
    }

    @Override
    public void floatNegate(boolean isDouble) {
        stack.forget();
        floatingPoint.negate(isDouble);
    }

    @Override
    public void floatRemainder(boolean isDouble) {
        stack.forget();
        remainder.emit(isDouble);
    }

    @Override
    public void convert(Conversion conversion) {
        switch (conversion) {
            case I2L -> replaceTop(() -> asm.movsxlq(Reg.RAX, Reg.RAX));
            case L2I -> { } // an int slot's upper 32 bits are undefined: nothing to do
            case I2B -> replaceTop(() -> asm.movsxbl(Reg.RAX, Reg.RAX));
            case I2C -> replaceTop(() -> asm.movzxwl(Reg.RAX, Reg.RAX));
            case I2S -> replaceTop(() -> asm.movsxwl(Reg.RAX, Reg.RAX));
            default -> {
                stack.forget();
                floatingPoint.convert(conversion);
            }
        }
    }

    private void replaceTop(Runnable operationOnRax) {
        stack.popInto(Reg.RAX);
        operationOnRax.run();
        stack.pushRax(false);
    }

    @Override
    public void longCompare() {
        arithmetic.longCompare();
    }

    @Override
    public void floatCompare(boolean isDouble, int nanResult) {
        stack.forget();
        floatingPoint.compare(isDouble, nanResult);
    }

    // ---- control flow

    private static Cond signed(Condition condition) {
        return switch (condition) {
            case EQ -> Cond.E;
            case NE -> Cond.NE;
            case LT -> Cond.L;
            case GE -> Cond.GE;
            case GT -> Cond.G;
            case LE -> Cond.LE;
        };
    }

    @Override
    public void branchIfZeroCompare(Condition condition, int label) {
        StackEntry top = stack.top();
        if (top != null && top.kind() == StackEntry.Kind.COMPARISON
                && (top.condition() == null || condition == Condition.EQ || condition == Condition.NE)) {
            branchOnComparison(condition, label);
            return;
        }
        stack.popInto(Reg.RAX);
        stack.flush();
        asm.testl(Reg.RAX, Reg.RAX);
        asm.jcc(signed(condition), label(label));
    }

    /**
     * {@code if<cond>} on a deferred comparison: compare and jump, no value. lcmp's three-way
     * value compares with zero as its operands compare; a 0/1 flag is zero when it fails.
     */
    private void branchOnComparison(Condition condition, int label) {
        StackEntry comparison = stack.popComparison();
        stack.flush();
        stack.compare(comparison);
        Cond jump;
        if (comparison.condition() == null) {
            jump = signed(condition);
        } else {
            jump = condition == Condition.NE ? comparison.condition() : comparison.condition().negate();
        }
        asm.jcc(jump, label(label));
    }

    @Override
    public void branchIfIntCompare(Condition condition, int label) {
        compareTopTwo(false);
        asm.jcc(signed(condition), label(label));
    }

    @Override
    public void branchIfSameReference(boolean same, int label) {
        compareTopTwo(true);
        asm.jcc(same ? Cond.E : Cond.NE, label(label));
    }

    /** Pops value2 and value1, flushes what stays (the branch target expects it pushed), compares. */
    private void compareTopTwo(boolean wide) {
        StackEntry right = stack.top();
        if (right != null && right.kind() == StackEntry.Kind.IMMEDIATE) {
            stack.dropImmediate();
            stack.popInto(Reg.RAX);
            stack.flush();
            if (wide) {
                asm.cmpq(Reg.RAX, (int) right.immediate());
            } else {
                asm.cmpl(Reg.RAX, (int) right.immediate());
            }
            return;
        }
        stack.popInto(Reg.RCX);
        stack.popInto(Reg.RAX);
        stack.flush();
        if (wide) {
            asm.cmpq(Reg.RAX, Reg.RCX);
        } else {
            asm.cmpl(Reg.RAX, Reg.RCX);
        }
    }

    @Override
    public void branchIfNull(boolean isNull, int label) {
        stack.popInto(Reg.RAX);
        stack.flush();
        asm.testq(Reg.RAX, Reg.RAX);
        asm.jcc(isNull ? Cond.E : Cond.NE, label(label));
    }

    @Override
    public void jump(int label) {
        stack.flush();
        asm.jmp(label(label));
        stack.discard();
    }

    /** A compare chain: simple and correct; jump tables can come with the optimising tier. */
    @Override
    public void switchOnKey(int[] keys, int[] targets, int defaultLabel) {
        stack.popInto(Reg.RAX);
        stack.flush();
        for (int i = 0; i < keys.length; i++) {
            asm.cmpl(Reg.RAX, keys[i]);
            asm.jcc(Cond.E, label(targets[i]));
        }
        asm.jmp(label(defaultLabel));
        stack.discard();
    }

    @Override
    public void returnValue() {
        stack.popInto(Reg.RAX);
        stack.discard();
        asm.leave();
        asm.ret();
    }

    @Override
    public void returnVoid() {
        stack.discard();
        if (interruptEntry != null) {
            interruptEntry.emitExit();
            return;
        }
        asm.leave();
        asm.ret();
    }

    // ---- calls

    @Override
    public void callDirect(String symbol, int argumentSlots, boolean returnsValue) {
        stack.flush();
        asm.callSymbol(symbol);
        afterCall(argumentSlots, returnsValue);
    }

    @Override
    public void callVirtual(int vtableIndex, int argumentSlots, boolean returnsValue) {
        loadReceiverTib(argumentSlots);
        asm.call(Mem.at(Reg.RAX, TibLayout.vtableEntry(vtableIndex)));
        afterCall(argumentSlots, returnsValue);
    }

    @Override
    public void callInterface(String interfaceTib, int methodIndex, int argumentSlots, boolean returnsValue) {
        Label missing = new Label();
        Label found = new Label();
        loadReceiverTib(argumentSlots);
        typeTests.findInterface(Reg.RAX, interfaceTib, missing);
        asm.jmp(found);
        asm.bind(missing);
        asm.ud2(); // the verifier-checked class does not implement the interface: cannot happen
        asm.bind(found);
        asm.call(Mem.at(Reg.RAX, 8 * methodIndex));
        afterCall(argumentSlots, returnsValue);
    }

    /** Flushes the arguments; rax := the TIB of the receiver (the deepest of them), null-checked. */
    private void loadReceiverTib(int argumentSlots) {
        StackEntry receiver = stack.entryAt(argumentSlots - 1);
        stack.flush();
        asm.movq(Reg.RAX, Mem.at(Reg.RSP, 8 * (argumentSlots - 1)));
        if (receiver == null || !receiver.nonNull()) {
            checks.nullCheck(Reg.RAX);
            stack.checkedNonNull(receiver);
        }
        asm.movq(Reg.RAX, Mem.at(Reg.RAX, ObjectLayout.TIB_OFFSET));
    }

    private void afterCall(int argumentSlots, boolean returnsValue) {
        if (argumentSlots > 0) {
            asm.addq(Reg.RSP, 8 * argumentSlots);
        }
        stack.popped(argumentSlots);
        if (returnsValue) {
            stack.pushRax(false);
        }
    }

    @Override
    public void nullCheck(int depth) {
        if (stack.knownNonNull(depth)) {
            return;
        }
        StackEntry checked = stack.entryAt(depth);
        stack.flush();
        asm.movq(Reg.RAX, Mem.at(Reg.RSP, 8 * depth));
        checks.nullCheck(Reg.RAX);
        stack.markNonNull(depth);
        stack.checkedNonNull(checked);
    }

    /** The guard cannot touch this frame's locals, so deferred constants and locals stay valid. */
    @Override
    public void initializeClass(String stateSymbol, String guardSymbol) {
        stack.keepRaxFree();
        Label done = new Label();
        asm.movabs(Reg.RAX, stateSymbol, 0);
        asm.cmpb(Mem.at(Reg.RAX), 2);
        asm.jcc(Cond.E, done);
        asm.callSymbol(guardSymbol);
        asm.bind(done);
    }

    // ---- fields

    @Override
    public void getStatic(String symbol, ValueKind kind) {
        stack.keepRaxFree();
        asm.movabs(Reg.RAX, symbol, 0);
        MemoryAccess.load(asm, kind, Reg.RAX, Mem.at(Reg.RAX));
        stack.pushRax(false);
    }

    @Override
    public void putStatic(String symbol, ValueKind kind) {
        stack.popInto(Reg.RCX);
        stack.keepRaxFree();
        asm.movabs(Reg.RAX, symbol, 0);
        MemoryAccess.store(asm, kind, Mem.at(Reg.RAX), Reg.RCX);
    }

    @Override
    public void getField(int offset, ValueKind kind) {
        popReference(Reg.RAX);
        MemoryAccess.load(asm, kind, Reg.RAX, Mem.at(Reg.RAX, offset));
        stack.pushRax(false);
    }

    @Override
    public void putField(int offset, ValueKind kind) {
        stack.popInto(Reg.RCX);
        popReference(Reg.RAX);
        MemoryAccess.store(asm, kind, Mem.at(Reg.RAX, offset), Reg.RCX);
    }

    /** Pops a reference into {@code target}, null-checked unless it is known not to be null. */
    private void popReference(Reg target) {
        StackEntry reference = stack.popInto(target);
        if (!reference.nonNull()) {
            checks.nullCheck(target);
            stack.checkedNonNull(reference);
        }
    }

    // ---- objects and arrays

    @Override
    public void newObject(String tibSymbol, int instanceSize) {
        stack.flush();
        asm.movabs(Reg.RAX, tibSymbol, 0);
        asm.push(Reg.RAX);
        asm.pushImm(instanceSize);
        checks.call(RuntimeEntry.ALLOCATE_OBJECT);
        stack.pushRax(true);
    }

    @Override
    public void newArray(String tibSymbol, ValueKind elementKind) {
        stack.popInto(Reg.RCX);
        stack.flush();
        asm.movabs(Reg.RAX, tibSymbol, 0);
        asm.push(Reg.RAX);
        asm.push(Reg.RCX);
        asm.pushImm(elementKind.size());
        checks.call(RuntimeEntry.ALLOCATE_ARRAY);
        stack.pushRax(true);
    }

    @Override
    public void arrayLoad(ValueKind elementKind) {
        stack.popInto(Reg.RCX);
        StackEntry array = stack.popInto(Reg.RAX);
        Mem element = checks.element(Reg.RAX, Reg.RCX, elementKind.size(), array.nonNull());
        stack.checkedNonNull(array);
        MemoryAccess.load(asm, elementKind, Reg.RAX, element);
        stack.pushRax(false);
    }

    /** Stores after the null and bounds checks, and for references the ArrayStoreException check. */
    @Override
    public void arrayStore(ValueKind elementKind) {
        stack.popInto(Reg.RDX);
        stack.popInto(Reg.RCX);
        StackEntry array = stack.popInto(Reg.RAX);
        Mem element = checks.element(Reg.RAX, Reg.RCX, elementKind.size(), array.nonNull());
        stack.checkedNonNull(array);
        if (elementKind == ValueKind.REFERENCE) {
            checks.storeCheck(Reg.RAX, Reg.RCX, Reg.RDX);
        }
        MemoryAccess.store(asm, elementKind, element, Reg.RDX);
    }

    @Override
    public void arrayLength() {
        popReference(Reg.RAX);
        asm.movl(Reg.RAX, Mem.at(Reg.RAX, ObjectLayout.ARRAY_LENGTH_OFFSET));
        stack.pushRax(false);
    }

    @Override
    public void instanceOf(TypeTest test) {
        Label fail = new Label();
        stack.popInto(Reg.RAX);
        asm.movl(Reg.RDI, 0);
        asm.testq(Reg.RAX, Reg.RAX);
        asm.jcc(Cond.E, fail);
        asm.movq(Reg.RAX, Mem.at(Reg.RAX, ObjectLayout.TIB_OFFSET));
        typeTests.emit(test, Reg.RAX, fail);
        asm.movl(Reg.RDI, 1);
        asm.bind(fail);
        asm.movl(Reg.RAX, Reg.RDI);
        stack.pushRax(false);
    }

    /** Works on the pushed reference, which stays on the stack, as does what is known of it. */
    @Override
    public void checkCast(TypeTest test, String tibSymbol) {
        stack.flush();
        Label ok = new Label();
        Label fail = new Label();
        asm.movq(Reg.RAX, Mem.at(Reg.RSP, 0));
        asm.testq(Reg.RAX, Reg.RAX);
        asm.jcc(Cond.E, ok);
        asm.movq(Reg.RAX, Mem.at(Reg.RAX, ObjectLayout.TIB_OFFSET));
        typeTests.emit(test, Reg.RAX, fail);
        asm.jmp(ok);
        asm.bind(fail);
        asm.push(Mem.at(Reg.RSP, 0));
        asm.movabs(Reg.RAX, tibSymbol, 0); // the failing path pushes its arguments itself
        asm.push(Reg.RAX);
        checks.call(RuntimeEntry.CLASS_CAST);
        asm.bind(ok);
    }

    @Override
    public void throwException() {
        popReference(Reg.RAX);
        asm.push(Reg.RAX);
        checks.call(RuntimeEntry.RAISE);
        asm.ud2(); // raise never returns
        stack.discard();
    }

    /** Null-checks the reference, then the runtime takes or drops its monitor (docs/ABI.md, "Monitors"). */
    @Override
    public void monitor(boolean enter) {
        stack.flush();
        popReference(Reg.RAX);
        asm.push(Reg.RAX);
        checks.call(enter ? RuntimeEntry.MONITOR_ENTER : RuntimeEntry.MONITOR_EXIT);
    }

    // ---- privileged memory access and machine operations

    @Override
    public void loadMemory(ValueKind kind, boolean withOffset) {
        popAddress(withOffset);
        MemoryAccess.load(asm, kind, Reg.RAX, Mem.at(Reg.RAX));
        stack.pushRax(false);
    }

    @Override
    public void storeMemory(ValueKind kind, boolean withOffset) {
        stack.popInto(Reg.RDX);
        popAddress(withOffset);
        MemoryAccess.store(asm, kind, Mem.at(Reg.RAX), Reg.RDX);
    }

    /** rax := address (+ offset). */
    private void popAddress(boolean withOffset) {
        if (withOffset) {
            stack.popInto(Reg.RCX);
            stack.popInto(Reg.RAX);
            asm.addq(Reg.RAX, Reg.RCX);
        } else {
            stack.popInto(Reg.RAX);
        }
    }

    @Override
    public void machineOp(MachineOp op) {
        machineOps.emit(op);
    }
}
