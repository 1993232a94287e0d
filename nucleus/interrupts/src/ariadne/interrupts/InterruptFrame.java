package ariadne.interrupts;

import ariadne.magic.Address;
import ariadne.ownership.CellState;

/**
 * The state of the interrupted code, as the entry stub saved it (layout in
 * {@code ariadne.boot.InterruptStubs}): what a handler reads, and may change, since the
 * interrupted code resumes with whatever the frame holds when the handler returns. A handler
 * gets one of these per vector: it is valid until the handler returns (or switches tasks), and
 * must not be kept.
 */
public final class InterruptFrame {
    public static final int RAX = 0;
    public static final int RBX = 1;
    public static final int RCX = 2;
    public static final int RDX = 3;
    public static final int RSI = 4;
    public static final int RDI = 5;
    public static final int RBP = 6;
    public static final int R8 = 7;
    public static final int R15 = 14;

    @CellState
    private static final String[] REGISTER_NAMES = {"rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp",
            "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"};
    private static final int VECTOR = 120;
    private static final int ERROR_CODE = 128;
    private static final int RIP = 136;
    private static final int CS = 144;
    private static final int RFLAGS = 152;
    private static final int RSP = 160;
    private static final int SS = 168;
    /** RFLAGS.IF: maskable interrupts enabled. */
    private static final long INTERRUPT_FLAG = 1L << 9;

    private Address frame = Address.zero();

    void bind(Address frameAddress) {
        frame = frameAddress;
    }

    /** Where the frame is (its lowest byte, the saved rax). */
    public Address address() {
        return frame;
    }

    public int vector() {
        return (int) (frame.loadLong(VECTOR) & 0xFF);
    }

    /** The CPU's error code for the vectors that have one, else 0. */
    public long errorCode() {
        return frame.loadLong(ERROR_CODE);
    }

    public long instructionPointer() {
        return frame.loadLong(RIP);
    }

    public void setInstructionPointer(long rip) {
        frame.storeLong(RIP, rip);
    }

    public long stackPointer() {
        return frame.loadLong(RSP);
    }

    public void setStackPointer(long rsp) {
        frame.storeLong(RSP, rsp);
    }

    public long flags() {
        return frame.loadLong(RFLAGS);
    }

    public long codeSegment() {
        return frame.loadLong(CS);
    }

    public long stackSegment() {
        return frame.loadLong(SS);
    }

    /** Whether the interrupted code ran with interrupts enabled. */
    public boolean interruptsWereEnabled() {
        return (flags() & INTERRUPT_FLAG) != 0;
    }

    /** General register {@code index} ({@link #RAX} ... {@link #R15}, hardware order except the stack pointer). */
    public long register(int index) {
        return frame.loadLong(index * 8L);
    }

    public void setRegister(int index, long value) {
        frame.storeLong(index * 8L, value);
    }

    /** The name of general register {@code index}. */
    public static String registerName(int index) {
        return REGISTER_NAMES[index];
    }

    public static int registerCount() {
        return REGISTER_NAMES.length;
    }

    /**
     * Makes the interrupted code continue as if its current instruction were a call to the
     * method at {@code target} with return address {@code returnAddress}, on the stack whose
     * top is {@code stackTop} (usually the interrupted stack pointer). Only for vectors
     * entered on an interrupt stack of their own (IST): otherwise this frame lies right below the
     * interrupted stack pointer, where the return address goes.
     */
    public void redirectToCall(long target, long returnAddress, long stackTop) {
        long rsp = stackTop - 8;
        Address.fromLong(rsp).storeLong(0, returnAddress);
        setStackPointer(rsp);
        setInstructionPointer(target);
    }
}
