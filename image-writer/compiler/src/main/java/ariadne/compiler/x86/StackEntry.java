package ariadne.compiler.x86;

import ariadne.x86.Mem;

/**
 * One operand-stack value as {@link DeferredStack} knows it: already pushed, or deferred as a
 * constant, a local's slot or rax; and whether it is known not to be null.
 */
record StackEntry(Kind kind, long immediate, Mem slot, int jvmIndex, boolean nonNull) {
    enum Kind { PUSHED, IMMEDIATE, LOCAL, RAX }

    /** What popping below the known entries gives: a pushed value nothing is known about. */
    static final StackEntry UNKNOWN = pushed(false);

    static StackEntry pushed(boolean nonNull) {
        return new StackEntry(Kind.PUSHED, 0, null, -1, nonNull);
    }

    static StackEntry immediate(long value) {
        if (value != (int) value) {
            throw new IllegalArgumentException("not a sign-extended imm32: " + value);
        }
        return new StackEntry(Kind.IMMEDIATE, value, null, -1, false);
    }

    static StackEntry local(Mem slot, int jvmIndex, boolean nonNull) {
        return new StackEntry(Kind.LOCAL, 0, slot, jvmIndex, nonNull);
    }

    static StackEntry inRax(boolean nonNull) {
        return new StackEntry(Kind.RAX, 0, null, -1, nonNull);
    }

    boolean isDeferred() {
        return kind != Kind.PUSHED;
    }

    StackEntry withNonNull() {
        return new StackEntry(kind, immediate, slot, jvmIndex, true);
    }
}
