package ariadne.compiler.x86;

import ariadne.x86.Assembler;
import ariadne.x86.Cond;
import ariadne.x86.Mem;
import ariadne.x86.Reg;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The top of the operand stack as the templates since the last label know it. The machine stack
 * stays the operand stack at every label, call and branch, but within straight-line code a value
 * is pushed only when something needs it in memory: a constant, a local or a result in rax is
 * kept as a {@link StackEntry} and moved straight into the register of the template that pops
 * it, which removes the push/pop pair every bytecode used to cost. Entries also remember values
 * known not to be null ({@code this}, a new object, one already checked), so their checks go.
 *
 * <p>Invariants: deferred entries lie above every pushed one (a real push flushes first), and
 * at most one entry is in rax: deferring a new result in rax pushes the old one, and popping
 * another value into rax pushes a value still kept there below it. Templates that use rax as
 * scratch without popping into it call {@link #keepRaxFree()} first. Below the entries this
 * class knows, the machine stack holds values it knows nothing about.
 *
 * <p>Locals once null-checked are remembered as not null until they are written or a label
 * is reached (another path may come in there); calls cannot write this frame's locals.
 */
final class DeferredStack {
    /** More deferred values than this gain nothing and only lengthen the flush at a label. */
    private static final int MAX_DEFERRED = 4;
    /** Pushed entries are kept only for what is known about them; older ones are forgotten. */
    private static final int MAX_KNOWN = 16;

    private final Assembler asm;
    /** Bottom first; the last element is the top of the operand stack. */
    private final List<StackEntry> entries = new ArrayList<>();
    private final Set<Integer> nonNullLocals = new HashSet<>();
    private int deferred;

    DeferredStack(Assembler asm) {
        this.asm = asm;
    }

    // ---- pushing

    /** A constant that fits a sign-extended imm32 (every int; longs that fit). */
    void pushImmediate(long value) {
        defer(StackEntry.immediate(value));
    }

    /** The value of a local, read when it is popped: stores to the local flush it first. */
    void pushLocal(Mem slot, int jvmIndex, boolean nonNull) {
        defer(StackEntry.local(slot, jvmIndex, nonNull));
    }

    /** The template's result is in rax. */
    void pushRax(boolean nonNull) {
        defer(StackEntry.inRax(nonNull));
    }

    private void defer(StackEntry entry) {
        StackEntry below = top();
        if (entry.inRegisters() || below != null && below.kind() == StackEntry.Kind.COMPARISON) {
            keepRaxFree(); // a comparison holds rcx too: nothing goes on top of it unevaluated
        }
        if (deferred == MAX_DEFERRED) {
            materialise(entries.size() - deferred);
        }
        entries.add(entry);
        deferred++;
        forgetOldest();
    }

    // ---- popping

    /** The top entry without popping it, or null when nothing is known about the top. */
    StackEntry top() {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1);
    }

    /** Pops the top value into {@code target}; returns what was known about it. */
    StackEntry popInto(Reg target) {
        if (entries.isEmpty()) {
            asm.pop(target);
            return StackEntry.UNKNOWN;
        }
        if (target == Reg.RAX && raxHeldBelowTop()) {
            while (raxHeldBelowTop()) {
                materialise(entries.size() - deferred);
            }
        }
        StackEntry entry = entries.remove(entries.size() - 1);
        switch (entry.kind()) {
            case PUSHED -> asm.pop(target);
            case IMMEDIATE -> asm.movq(target, entry.immediate());
            case LOCAL -> asm.movq(target, entry.slot());
            case RAX -> {
                if (target != Reg.RAX) {
                    asm.movq(target, Reg.RAX);
                }
            }
            case COMPARISON -> {
                evaluate(entry);
                if (target != Reg.RAX) {
                    asm.movq(target, Reg.RAX);
                }
            }
        }
        if (entry.isDeferred()) {
            deferred--;
        }
        return entry;
    }

    /** Pushes a comparison (for lcmp and flag producers deferred to a branch) on top. */
    void pushComparison(StackEntry comparison) {
        defer(comparison);
    }

    /** Pops the top comparison for a branch, which compares and jumps itself. */
    StackEntry popComparison() {
        StackEntry entry = top();
        if (entry == null || entry.kind() != StackEntry.Kind.COMPARISON) {
            throw new IllegalStateException("the top of the stack is not a comparison");
        }
        entries.remove(entries.size() - 1);
        deferred--;
        return entry;
    }

    /** Sets the flags of the comparison: {@code cmp rax, rcx} or {@code test rax, rax}. */
    void compare(StackEntry comparison) {
        if (comparison.againstZero()) {
            asm.testq(Reg.RAX, Reg.RAX);
        } else {
            asm.cmpq(Reg.RAX, Reg.RCX);
        }
    }

    /** rax := the comparison's int value. */
    private void evaluate(StackEntry comparison) {
        compare(comparison);
        if (comparison.condition() != null) {
            asm.setcc(comparison.condition(), Reg.RAX);
            asm.movzxbl(Reg.RAX, Reg.RAX);
        } else {
            asm.setcc(Cond.G, Reg.RAX);
            asm.setcc(Cond.L, Reg.RCX);
            asm.movzxbl(Reg.RAX, Reg.RAX);
            asm.movzxbl(Reg.RCX, Reg.RCX);
            asm.subl(Reg.RAX, Reg.RCX);
        }
    }

    private boolean raxHeldBelowTop() {
        for (int i = entries.size() - deferred; i < entries.size() - 1; i++) {
            if (entries.get(i).inRegisters()) {
                return true;
            }
        }
        return false;
    }

    /** Pops the top value, which the caller uses as an immediate ({@link #top()} said so). */
    void dropImmediate() {
        if (top() == null || top().kind() != StackEntry.Kind.IMMEDIATE) {
            throw new IllegalStateException("the top of the stack is not a constant");
        }
        entries.remove(entries.size() - 1);
        deferred--;
    }

    /** Discards {@code slots} values: deferred ones cost nothing, pushed ones one {@code add rsp}. */
    void drop(int slots) {
        int pushed = 0;
        for (int i = 0; i < slots; i++) {
            if (entries.isEmpty()) {
                pushed += slots - i;
                break;
            }
            StackEntry entry = entries.remove(entries.size() - 1);
            if (entry.isDeferred()) {
                deferred--;
            } else {
                pushed++;
            }
        }
        if (pushed > 0) {
            asm.addq(Reg.RSP, 8 * pushed);
        }
    }

    /** {@code dup}: a deferred constant or local is copied for free; anything else is pushed again. */
    void duplicateTop() {
        StackEntry entry = top();
        if (entry != null && (entry.kind() == StackEntry.Kind.IMMEDIATE || entry.kind() == StackEntry.Kind.LOCAL)) {
            defer(entry);
        } else if (entry != null && entry.kind() == StackEntry.Kind.RAX) {
            defer(StackEntry.inRax(entry.nonNull())); // pushes the first copy, keeps rax as the second
        } else {
            flush(); // a comparison is evaluated and pushed
            asm.push(Mem.at(Reg.RSP, 0));
            recordPushed(entry != null && entry.nonNull());
        }
    }

    // ---- keeping the machine stack exact

    /** Pushes every deferred value, keeping what is known about them. */
    void flush() {
        while (deferred > 0) {
            materialise(entries.size() - deferred);
        }
    }

    /** Flushes and forgets everything: for templates that work on the machine stack directly. */
    void forget() {
        flush();
        entries.clear();
    }

    /** At a label: flushes, and forgets what is known, locals included (other paths join here). */
    void atLabel() {
        forget();
        nonNullLocals.clear();
    }

    /** Forgets everything without code: after a return, a jump or a throw nothing follows. */
    void discard() {
        entries.clear();
        nonNullLocals.clear();
        deferred = 0;
    }

    /**
     * Before a template uses rax as scratch without popping into it: a value kept there is
     * pushed, and with it the deferred values below it, which must reach the machine stack first.
     */
    void keepRaxFree() {
        for (int i = entries.size() - deferred; i < entries.size(); i++) {
            if (entries.get(i).inRegisters()) {
                flush();
                return;
            }
        }
    }

    /**
     * Before {@code jvmIndex} is written: deferred reads of it are pushed with the old value,
     * and whatever was known of its value is forgotten.
     */
    void beforeWriteOf(int jvmIndex) {
        nonNullLocals.remove(jvmIndex);
        for (StackEntry entry : entries) {
            if (entry.kind() == StackEntry.Kind.LOCAL && entry.jvmIndex() == jvmIndex) {
                flush();
                return;
            }
        }
    }

    /** A call popped its {@code slots} arguments (all pushed: calls flush first). */
    void popped(int slots) {
        if (deferred > 0) {
            throw new IllegalStateException("arguments still deferred at a call");
        }
        for (int i = 0; i < slots && !entries.isEmpty(); i++) {
            entries.remove(entries.size() - 1);
        }
    }

    // ---- what is known

    /** Whether the value {@code depth} slots below the top (0 = top) is known not to be null. */
    boolean knownNonNull(int depth) {
        int index = entries.size() - 1 - depth;
        return index >= 0 && entries.get(index).nonNull();
    }

    /** After a null check of the value {@code depth} slots below the top. */
    void markNonNull(int depth) {
        int index = entries.size() - 1 - depth;
        if (index >= 0) {
            entries.set(index, entries.get(index).withNonNull());
        }
    }

    /** The entry {@code depth} slots below the top, or null if nothing is known of it. */
    StackEntry entryAt(int depth) {
        int index = entries.size() - 1 - depth;
        return index >= 0 ? entries.get(index) : null;
    }

    /** After a null check of {@code entry}: if it was a deferred local, so is that local now. */
    void checkedNonNull(StackEntry entry) {
        if (entry != null && entry.kind() == StackEntry.Kind.LOCAL) {
            nonNullLocals.add(entry.jvmIndex());
        }
    }

    boolean isNonNullLocal(int jvmIndex) {
        return nonNullLocals.contains(jvmIndex);
    }

    private void materialise(int index) {
        StackEntry entry = entries.get(index);
        if (!entry.isDeferred()) {
            throw new IllegalStateException("already pushed: " + index + " " + deferred + " " + entries);
        }
        switch (entry.kind()) {
            case IMMEDIATE -> asm.pushImm((int) entry.immediate());
            case LOCAL -> asm.push(entry.slot());
            case RAX -> asm.push(Reg.RAX);
            case COMPARISON -> {
                evaluate(entry);
                asm.push(Reg.RAX);
            }
            case PUSHED -> throw new IllegalStateException("already pushed");
        }
        entries.set(index, StackEntry.pushed(entry.nonNull()));
        deferred--;
    }

    private void recordPushed(boolean nonNull) {
        if (deferred > 0) {
            throw new IllegalStateException("a real push above deferred values");
        }
        entries.add(StackEntry.pushed(nonNull));
        forgetOldest();
    }

    /** The bottom entry is a pushed one whenever there are more than MAX_DEFERRED. */
    private void forgetOldest() {
        if (entries.size() > MAX_KNOWN) {
            entries.remove(0);
        }
    }
}
