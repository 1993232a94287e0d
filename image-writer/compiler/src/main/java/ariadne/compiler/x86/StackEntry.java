package ariadne.compiler.x86;

import ariadne.x86.Cond;
import ariadne.x86.Mem;

/**
 * One operand-stack value as {@link DeferredStack} knows it: already pushed, or deferred as a
 * constant, a local's slot, rax, or a comparison not yet turned into a value; and whether it is
 * known not to be null.
 *
 * <p>A {@code COMPARISON} compares rax with rcx ({@code cmp rax, rcx}) or, {@code againstZero},
 * tests rax; its value is the three-way -1/0/1 of {@code lcmp} when {@code condition} is null,
 * else 1 if {@code condition} holds and 0 if not. A branch on it needs no value at all.
 */
record StackEntry(Kind kind, long immediate, Mem slot, int jvmIndex, boolean nonNull, Cond condition,
                  boolean againstZero) {
    enum Kind { PUSHED, IMMEDIATE, LOCAL, RAX, COMPARISON }

    /** What popping below the known entries gives: a pushed value nothing is known about. */
    static final StackEntry UNKNOWN = pushed(false);

    static StackEntry pushed(boolean nonNull) {
        return new StackEntry(Kind.PUSHED, 0, null, -1, nonNull, null, false);
    }

    static StackEntry immediate(long value) {
        if (value != (int) value) {
            throw new IllegalArgumentException("not a sign-extended imm32: " + value);
        }
        return new StackEntry(Kind.IMMEDIATE, value, null, -1, false, null, false);
    }

    static StackEntry local(Mem slot, int jvmIndex, boolean nonNull) {
        return new StackEntry(Kind.LOCAL, 0, slot, jvmIndex, nonNull, null, false);
    }

    static StackEntry inRax(boolean nonNull) {
        return new StackEntry(Kind.RAX, 0, null, -1, nonNull, null, false);
    }

    /** {@code lcmp} of rax and rcx. */
    static StackEntry threeWayComparison() {
        return new StackEntry(Kind.COMPARISON, 0, null, -1, false, null, false);
    }

    /** 1 if {@code condition} holds after {@code cmp rax, rcx} (or {@code test rax, rax}), else 0. */
    static StackEntry flag(Cond condition, boolean againstZero) {
        return new StackEntry(Kind.COMPARISON, 0, null, -1, false, condition, againstZero);
    }

    /** Whether the value lives in registers: only the top entry may. */
    boolean inRegisters() {
        return kind == Kind.RAX || kind == Kind.COMPARISON;
    }

    boolean isDeferred() {
        return kind != Kind.PUSHED;
    }

    StackEntry withNonNull() {
        return new StackEntry(kind, immediate, slot, jvmIndex, true, condition, againstZero);
    }
}
