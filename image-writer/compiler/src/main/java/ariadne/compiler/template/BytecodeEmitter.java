package ariadne.compiler.template;

import ariadne.compiler.abi.ValueKind;

/**
 * The instruction-set-specific half of the template compiler: one routine per bytecode (or per
 * family of bytecodes that differ only in an operand), called in bytecode order by
 * {@link MethodCompiler}, which has already resolved every symbolic reference to offsets,
 * vtable indices and symbols.
 *
 * <p>The operand stack is the machine stack: every Java value, whatever its type, takes one
 * 8-byte slot, so stack shapes are counted in slots, never in JVM words. Labels are small
 * integers handed out by the caller. An emitter compiles one method and is then discarded.
 */
public interface BytecodeEmitter {

    // ---- method structure

    /** Prologue: set up the frame for {@code frame}'s locals. */
    void beginMethod(FrameLayout frame);

    /**
     * Prologue of an {@code @InterruptHandler} method entered at {@code vector}: an interrupt
     * entry; its returns become the interrupt exit ({@link InterruptHandlers}).
     */
    void beginInterruptHandler(FrameLayout frame, int vector);

    /** Offset of the next instruction from the method start (for line tables). */
    int codeOffset();

    void bind(int label);

    /** The finished code; no emit call may follow. */
    MachineCode finish();

    // ---- constants and locals

    void pushInt(int value);

    void pushLong(long value);

    /** Pushes the address of a linker symbol: string literals, type descriptors, magic symbols. */
    void pushSymbolAddress(String symbol);

    void loadLocal(int jvmIndex);

    void storeLocal(int jvmIndex);

    /** {@code iinc}. */
    void incrementLocal(int jvmIndex, int delta);

    // ---- operand stack shuffles (in slots)

    void pop(int slots);

    /** Copies the top {@code count} slots and inserts the copy below the {@code skip} slots under them. */
    void duplicate(int count, int skip);

    void swap();

    // ---- arithmetic

    void intArithmetic(ArithmeticOp op);

    void longArithmetic(ArithmeticOp op);

    /** {@code idiv}/{@code irem}: zero divisor raises ArithmeticException, MIN_VALUE / -1 wraps. */
    void intDivide(boolean remainder);

    void longDivide(boolean remainder);

    void intNegate();

    void longNegate();

    void floatArithmetic(FloatOp op, boolean isDouble);

    void floatNegate(boolean isDouble);

    /** {@code frem}/{@code drem}: the remainder of truncating division, as C's fmod. */
    void floatRemainder(boolean isDouble);

    void convert(Conversion conversion);

    /** {@code lcmp}: pushes -1, 0 or 1. */
    void longCompare();

    /** {@code fcmpl/fcmpg/dcmpl/dcmpg}: pushes -1, 0 or 1; {@code nanResult} if either is NaN. */
    void floatCompare(boolean isDouble, int nanResult);

    // ---- control flow

    /** {@code if<cond>}: compares the popped int with zero. */
    void branchIfZeroCompare(Condition condition, int label);

    /** {@code if_icmp<cond>}. */
    void branchIfIntCompare(Condition condition, int label);

    /** {@code if_acmpeq/ne}. */
    void branchIfSameReference(boolean same, int label);

    /** {@code ifnull/ifnonnull}. */
    void branchIfNull(boolean isNull, int label);

    void jump(int label);

    /** {@code tableswitch}/{@code lookupswitch}: pops the key, jumps to the label of the equal key. */
    void switchOnKey(int[] keys, int[] labels, int defaultLabel);

    void returnValue();

    void returnVoid();

    // ---- calls

    /** A call bound at compile time; the callee finds its {@code argumentSlots} arguments on the stack. */
    void callDirect(String symbol, int argumentSlots, boolean returnsValue);

    /** A call through the receiver's vtable; the receiver is the first of {@code argumentSlots}. */
    void callVirtual(int vtableIndex, int argumentSlots, boolean returnsValue);

    /** A call through the receiver's interface table entry for {@code interfaceTib}. */
    void callInterface(String interfaceTib, int methodIndex, int argumentSlots, boolean returnsValue);

    /** Raises NullPointerException if the slot {@code depth} slots below the top is null (0 = top). */
    void nullCheck(int depth);

    /** Runs the class's guard unless its initialisation state byte says it is done. */
    void initializeClass(String stateSymbol, String guardSymbol);

    // ---- fields

    void getStatic(String symbol, ValueKind kind);

    void putStatic(String symbol, ValueKind kind);

    void getField(int offset, ValueKind kind);

    void putField(int offset, ValueKind kind);

    // ---- objects and arrays

    void newObject(String tibSymbol, int instanceSize);

    /** Pops the length, pushes a new array of {@code elementKind} elements. */
    void newArray(String tibSymbol, ValueKind elementKind);

    void arrayLoad(ValueKind elementKind);

    void arrayStore(ValueKind elementKind);

    void arrayLength();

    void instanceOf(TypeTest test);

    /** Leaves the reference on the stack; raises ClassCastException with {@code tibSymbol} if the test fails. */
    void checkCast(TypeTest test, String tibSymbol);

    void throwException();

    /** {@code monitorenter}/{@code monitorexit}: pops and null-checks the reference, takes or drops its monitor. */
    void monitor(boolean enter);

    // ---- privileged memory access and machine operations (ariadne.magic)

    /** Pops [address, offset if {@code withOffset}], pushes the value loaded there. */
    void loadMemory(ValueKind kind, boolean withOffset);

    /** Pops [address, offset if {@code withOffset}, value], stores the value there. */
    void storeMemory(ValueKind kind, boolean withOffset);

    void machineOp(MachineOp op);
}
