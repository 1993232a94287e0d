package ariadne.x86;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An x86-64 assembler producing position-independent bytes plus relocations.
 *
 * <p>Method names carry the AT&amp;T width suffix (b = 8, w = 16, l = 32, q = 64 bits);
 * operands are in Intel order (destination first). In {@link Mode#PROTECTED_32} the same
 * methods emit 32-bit code; 64-bit operands and R8..R15 are then an
 * {@link IllegalStateException}.
 *
 * <p>Jumps to bound labels use the short form when it reaches; jumps to labels not bound yet
 * always use rel32 and are patched by {@link #bind(Label)}.
 */
public final class Assembler {
    private static final int ADD = 0, OR = 1, ADC = 2, SBB = 3, AND = 4, SUB = 5, XOR = 6, CMP = 7;
    private static final int SHL = 4, SHR = 5, SAR = 7;
    private static final int LOCK = 0xF0, SSE_F2 = 0xF2, SSE_F3 = 0xF3, SSE_66 = 0x66, NONE = 0;

    private final Mode mode;
    private final CodeBuffer out = new CodeBuffer();
    private final Encoder enc;
    private final List<Reloc> relocations = new ArrayList<>();
    /** rel32 fields waiting for their label to be bound. */
    private final Map<Label, List<Integer>> pendingRel32 = new IdentityHashMap<>();

    public Assembler(Mode mode) {
        this.mode = mode;
        this.enc = new Encoder(out, mode);
    }

    public Mode mode() {
        return mode;
    }

    public int position() {
        return out.size();
    }

    /** The assembled bytes; fails if a label used by a jump was never bound. */
    public byte[] toByteArray() {
        if (!pendingRel32.isEmpty()) {
            throw new IllegalStateException(pendingRel32.size() + " label(s) used but never bound");
        }
        return out.toByteArray();
    }

    public List<Reloc> relocations() {
        return List.copyOf(relocations);
    }

    public void bind(Label label) {
        label.useIn(this);
        label.bindAt(position());
        List<Integer> fields = pendingRel32.remove(label);
        if (fields != null) {
            fields.forEach(field -> patchRel32(field, label.position()));
        }
    }

    public void align(int boundary, int fillByte) {
        if (Integer.bitCount(boundary) != 1) {
            throw new IllegalArgumentException("alignment must be a power of two: " + boundary);
        }
        while (position() % boundary != 0) {
            out.put8(fillByte);
        }
    }

    // ---- data ----

    public void emit8(int b) {
        out.put8(b);
    }

    public void emit16(int value) {
        out.put16(value);
    }

    public void emit32(int value) {
        out.put32(value);
    }

    public void emit64(long value) {
        out.put64(value);
    }

    public void emitBytes(byte[] bytes) {
        for (byte b : bytes) {
            out.put8(b);
        }
    }

    public void emitAbs64(String symbol, long addend) {
        relocations.add(new Reloc(position(), RelocKind.ABS64, symbol, addend));
        out.put64(0);
    }

    public void emitAbs32(String symbol, long addend) {
        relocations.add(new Reloc(position(), RelocKind.ABS32, symbol, addend));
        out.put32(0);
    }

    // ---- moves ----

    public void movq(Reg dst, Reg src) { regReg(Size.Q, 0x89, src, dst); }
    public void movl(Reg dst, Reg src) { regReg(Size.L, 0x89, src, dst); }
    public void movw(Reg dst, Reg src) { regReg(Size.W, 0x89, src, dst); }
    public void movb(Reg dst, Reg src) { regReg(Size.B, 0x89, src, dst); }

    public void movq(Reg dst, Mem src) { regMem(Size.Q, 0x8B, dst, src); }
    public void movl(Reg dst, Mem src) { regMem(Size.L, 0x8B, dst, src); }
    public void movw(Reg dst, Mem src) { regMem(Size.W, 0x8B, dst, src); }
    public void movb(Reg dst, Mem src) { regMem(Size.B, 0x8B, dst, src); }

    public void movq(Mem dst, Reg src) { regMem(Size.Q, 0x89, src, dst); }
    public void movl(Mem dst, Reg src) { regMem(Size.L, 0x89, src, dst); }
    public void movw(Mem dst, Reg src) { regMem(Size.W, 0x89, src, dst); }
    public void movb(Mem dst, Reg src) { regMem(Size.B, 0x89, src, dst); }

    /** Stores a sign-extended imm32. */
    public void movq(Mem dst, int imm) { extMem(Size.Q, 0xC7, 0, dst); out.put32(imm); }
    public void movl(Mem dst, int imm) { extMem(Size.L, 0xC7, 0, dst); out.put32(imm); }
    public void movw(Mem dst, int imm) { extMem(Size.W, 0xC7, 0, dst); out.put16(imm); }
    public void movb(Mem dst, int imm) { extMem(Size.B, 0xC7, 0, dst); out.put8(imm); }

    /** Loads a 64-bit constant with the shortest encoding (zero-extended imm32, sign-extended imm32, imm64). */
    public void movq(Reg dst, long imm) {
        requireLongMode("movq");
        if (imm >= 0 && imm <= 0xFFFF_FFFFL) {
            movl(dst, (int) imm);
        } else if (imm == (int) imm) {
            extReg(Size.Q, 0xC7, 0, dst);
            out.put32((int) imm);
        } else {
            enc.withRegInOpcode(NONE, true, 0xB8, dst);
            out.put64(imm);
        }
    }

    public void movl(Reg dst, int imm) {
        enc.withRegInOpcode(NONE, false, 0xB8, dst);
        out.put32(imm);
    }

    /**
     * Loads the address {@code symbol + addend}: in 64-bit mode an imm64 with an ABS64
     * relocation, in 32-bit mode an imm32 with an ABS32 relocation.
     */
    public void movabs(Reg dst, String symbol, long addend) {
        boolean longMode = mode == Mode.LONG_64;
        enc.withRegInOpcode(NONE, longMode, 0xB8, dst);
        if (longMode) {
            emitAbs64(symbol, addend);
        } else {
            emitAbs32(symbol, addend);
        }
    }

    public void movzxbl(Reg dst, Reg src) { enc.registerDirect(NONE, false, src.byteNeedsRex(), dst.code(), src.code(), 0x0F, 0xB6); }
    public void movzxbl(Reg dst, Mem src) { enc.memory(NONE, false, false, dst.code(), src, 0x0F, 0xB6); }
    public void movzxwl(Reg dst, Reg src) { enc.registerDirect(NONE, false, false, dst.code(), src.code(), 0x0F, 0xB7); }
    public void movzxwl(Reg dst, Mem src) { enc.memory(NONE, false, false, dst.code(), src, 0x0F, 0xB7); }
    public void movsxbl(Reg dst, Reg src) { enc.registerDirect(NONE, false, src.byteNeedsRex(), dst.code(), src.code(), 0x0F, 0xBE); }
    public void movsxbl(Reg dst, Mem src) { enc.memory(NONE, false, false, dst.code(), src, 0x0F, 0xBE); }
    public void movsxwl(Reg dst, Reg src) { enc.registerDirect(NONE, false, false, dst.code(), src.code(), 0x0F, 0xBF); }
    public void movsxwl(Reg dst, Mem src) { enc.memory(NONE, false, false, dst.code(), src, 0x0F, 0xBF); }
    public void movsxbq(Reg dst, Reg src) { enc.registerDirect(NONE, true, src.byteNeedsRex(), dst.code(), src.code(), 0x0F, 0xBE); }
    public void movsxbq(Reg dst, Mem src) { enc.memory(NONE, true, false, dst.code(), src, 0x0F, 0xBE); }
    public void movsxwq(Reg dst, Reg src) { enc.registerDirect(NONE, true, false, dst.code(), src.code(), 0x0F, 0xBF); }
    public void movsxwq(Reg dst, Mem src) { enc.memory(NONE, true, false, dst.code(), src, 0x0F, 0xBF); }
    /** movsxd: sign-extends a 32-bit value to 64 bits. */
    public void movsxlq(Reg dst, Reg src) { enc.registerDirect(NONE, true, false, dst.code(), src.code(), 0x63); }
    public void movsxlq(Reg dst, Mem src) { enc.memory(NONE, true, false, dst.code(), src, 0x63); }

    public void lea(Reg dst, Mem src) {
        enc.memory(NONE, mode == Mode.LONG_64, false, dst.code(), src, 0x8D);
    }

    /** {@code lea dst, [rip + symbol + addend]} with a PC32 relocation. */
    public void leaRip(Reg dst, String symbol, long addend) {
        enc.ripRelative(NONE, true, dst.code(), 0x8D);
        pcRelative32(symbol, addend);
    }

    /** {@code lea dst, [rip + label]}: the address of a position in this buffer. */
    public void leaRip(Reg dst, Label target) {
        enc.ripRelative(NONE, true, dst.code(), 0x8D);
        rel32To(target);
    }

    // ---- integer arithmetic: add, or, adc, sbb, and, sub, xor, cmp ----

    public void addq(Reg dst, Reg src) { alu(ADD, Size.Q, dst, src); }
    public void addl(Reg dst, Reg src) { alu(ADD, Size.L, dst, src); }
    public void addq(Reg dst, Mem src) { alu(ADD, Size.Q, dst, src); }
    public void addl(Reg dst, Mem src) { alu(ADD, Size.L, dst, src); }
    public void addq(Mem dst, Reg src) { alu(ADD, Size.Q, dst, src); }
    public void addl(Mem dst, Reg src) { alu(ADD, Size.L, dst, src); }
    public void addq(Reg dst, int imm) { alu(ADD, Size.Q, dst, imm); }
    public void addl(Reg dst, int imm) { alu(ADD, Size.L, dst, imm); }
    public void addq(Mem dst, int imm) { alu(ADD, Size.Q, dst, imm); }
    public void addl(Mem dst, int imm) { alu(ADD, Size.L, dst, imm); }

    public void subq(Reg dst, Reg src) { alu(SUB, Size.Q, dst, src); }
    public void subl(Reg dst, Reg src) { alu(SUB, Size.L, dst, src); }
    public void subq(Reg dst, Mem src) { alu(SUB, Size.Q, dst, src); }
    public void subl(Reg dst, Mem src) { alu(SUB, Size.L, dst, src); }
    public void subq(Mem dst, Reg src) { alu(SUB, Size.Q, dst, src); }
    public void subl(Mem dst, Reg src) { alu(SUB, Size.L, dst, src); }
    public void subq(Reg dst, int imm) { alu(SUB, Size.Q, dst, imm); }
    public void subl(Reg dst, int imm) { alu(SUB, Size.L, dst, imm); }
    public void subq(Mem dst, int imm) { alu(SUB, Size.Q, dst, imm); }
    public void subl(Mem dst, int imm) { alu(SUB, Size.L, dst, imm); }

    public void andq(Reg dst, Reg src) { alu(AND, Size.Q, dst, src); }
    public void andl(Reg dst, Reg src) { alu(AND, Size.L, dst, src); }
    public void andq(Reg dst, Mem src) { alu(AND, Size.Q, dst, src); }
    public void andl(Reg dst, Mem src) { alu(AND, Size.L, dst, src); }
    public void andq(Mem dst, Reg src) { alu(AND, Size.Q, dst, src); }
    public void andl(Mem dst, Reg src) { alu(AND, Size.L, dst, src); }
    public void andq(Reg dst, int imm) { alu(AND, Size.Q, dst, imm); }
    public void andl(Reg dst, int imm) { alu(AND, Size.L, dst, imm); }
    public void andq(Mem dst, int imm) { alu(AND, Size.Q, dst, imm); }
    public void andl(Mem dst, int imm) { alu(AND, Size.L, dst, imm); }

    public void orq(Reg dst, Reg src) { alu(OR, Size.Q, dst, src); }
    public void orl(Reg dst, Reg src) { alu(OR, Size.L, dst, src); }
    public void orq(Reg dst, Mem src) { alu(OR, Size.Q, dst, src); }
    public void orl(Reg dst, Mem src) { alu(OR, Size.L, dst, src); }
    public void orq(Mem dst, Reg src) { alu(OR, Size.Q, dst, src); }
    public void orl(Mem dst, Reg src) { alu(OR, Size.L, dst, src); }
    public void orq(Reg dst, int imm) { alu(OR, Size.Q, dst, imm); }
    public void orl(Reg dst, int imm) { alu(OR, Size.L, dst, imm); }
    public void orq(Mem dst, int imm) { alu(OR, Size.Q, dst, imm); }
    public void orl(Mem dst, int imm) { alu(OR, Size.L, dst, imm); }

    public void xorq(Reg dst, Reg src) { alu(XOR, Size.Q, dst, src); }
    public void xorl(Reg dst, Reg src) { alu(XOR, Size.L, dst, src); }
    public void xorq(Reg dst, Mem src) { alu(XOR, Size.Q, dst, src); }
    public void xorl(Reg dst, Mem src) { alu(XOR, Size.L, dst, src); }
    public void xorq(Mem dst, Reg src) { alu(XOR, Size.Q, dst, src); }
    public void xorl(Mem dst, Reg src) { alu(XOR, Size.L, dst, src); }
    public void xorq(Reg dst, int imm) { alu(XOR, Size.Q, dst, imm); }
    public void xorl(Reg dst, int imm) { alu(XOR, Size.L, dst, imm); }
    public void xorq(Mem dst, int imm) { alu(XOR, Size.Q, dst, imm); }
    public void xorl(Mem dst, int imm) { alu(XOR, Size.L, dst, imm); }

    public void cmpq(Reg dst, Reg src) { alu(CMP, Size.Q, dst, src); }
    public void cmpl(Reg dst, Reg src) { alu(CMP, Size.L, dst, src); }
    public void cmpq(Reg dst, Mem src) { alu(CMP, Size.Q, dst, src); }
    public void cmpl(Reg dst, Mem src) { alu(CMP, Size.L, dst, src); }
    public void cmpq(Mem dst, Reg src) { alu(CMP, Size.Q, dst, src); }
    public void cmpl(Mem dst, Reg src) { alu(CMP, Size.L, dst, src); }
    public void cmpq(Reg dst, int imm) { alu(CMP, Size.Q, dst, imm); }
    public void cmpl(Reg dst, int imm) { alu(CMP, Size.L, dst, imm); }
    public void cmpq(Mem dst, int imm) { alu(CMP, Size.Q, dst, imm); }
    public void cmpl(Mem dst, int imm) { alu(CMP, Size.L, dst, imm); }
    /** Compares a byte in memory, e.g. a class-initialisation state byte. */
    public void cmpb(Mem dst, int imm) { extMem(Size.B, 0x81, CMP, dst); out.put8(imm); }

    public void adcq(Reg dst, Reg src) { alu(ADC, Size.Q, dst, src); }
    public void adcl(Reg dst, Reg src) { alu(ADC, Size.L, dst, src); }
    public void adcq(Reg dst, Mem src) { alu(ADC, Size.Q, dst, src); }
    public void adcl(Reg dst, Mem src) { alu(ADC, Size.L, dst, src); }
    public void adcq(Mem dst, Reg src) { alu(ADC, Size.Q, dst, src); }
    public void adcl(Mem dst, Reg src) { alu(ADC, Size.L, dst, src); }
    public void adcq(Reg dst, int imm) { alu(ADC, Size.Q, dst, imm); }
    public void adcl(Reg dst, int imm) { alu(ADC, Size.L, dst, imm); }
    public void adcq(Mem dst, int imm) { alu(ADC, Size.Q, dst, imm); }
    public void adcl(Mem dst, int imm) { alu(ADC, Size.L, dst, imm); }

    public void sbbq(Reg dst, Reg src) { alu(SBB, Size.Q, dst, src); }
    public void sbbl(Reg dst, Reg src) { alu(SBB, Size.L, dst, src); }
    public void sbbq(Reg dst, Mem src) { alu(SBB, Size.Q, dst, src); }
    public void sbbl(Reg dst, Mem src) { alu(SBB, Size.L, dst, src); }
    public void sbbq(Mem dst, Reg src) { alu(SBB, Size.Q, dst, src); }
    public void sbbl(Mem dst, Reg src) { alu(SBB, Size.L, dst, src); }
    public void sbbq(Reg dst, int imm) { alu(SBB, Size.Q, dst, imm); }
    public void sbbl(Reg dst, int imm) { alu(SBB, Size.L, dst, imm); }
    public void sbbq(Mem dst, int imm) { alu(SBB, Size.Q, dst, imm); }
    public void sbbl(Mem dst, int imm) { alu(SBB, Size.L, dst, imm); }

    public void testq(Reg a, Reg b) { regReg(Size.Q, 0x85, b, a); }
    public void testl(Reg a, Reg b) { regReg(Size.L, 0x85, b, a); }
    public void testb(Reg a, Reg b) { regReg(Size.B, 0x85, b, a); }
    public void testq(Reg a, int imm) { testImm(Size.Q, a, imm); }
    public void testl(Reg a, int imm) { testImm(Size.L, a, imm); }
    public void testb(Reg a, int imm) { testImm(Size.B, a, imm); }
    public void testq(Mem a, int imm) { extMem(Size.Q, 0xF7, 0, a); out.put32(imm); }
    public void testl(Mem a, int imm) { extMem(Size.L, 0xF7, 0, a); out.put32(imm); }
    public void testb(Mem a, int imm) { extMem(Size.B, 0xF7, 0, a); out.put8(imm); }

    public void imulq(Reg dst, Reg src) { enc.registerDirect(NONE, true, false, dst.code(), src.code(), 0x0F, 0xAF); }
    public void imull(Reg dst, Reg src) { enc.registerDirect(NONE, false, false, dst.code(), src.code(), 0x0F, 0xAF); }
    public void imulq(Reg dst, Mem src) { enc.memory(NONE, true, false, dst.code(), src, 0x0F, 0xAF); }
    public void imull(Reg dst, Mem src) { enc.memory(NONE, false, false, dst.code(), src, 0x0F, 0xAF); }
    public void imulq(Reg dst, Reg src, int imm) { imulImm(true, dst, src, imm); }
    public void imull(Reg dst, Reg src, int imm) { imulImm(false, dst, src, imm); }

    /** Signed divide of rdx:rax by {@code divisor}; quotient in rax, remainder in rdx. */
    public void idivq(Reg divisor) { extReg(Size.Q, 0xF7, 7, divisor); }
    public void idivl(Reg divisor) { extReg(Size.L, 0xF7, 7, divisor); }
    public void divq(Reg divisor) { extReg(Size.Q, 0xF7, 6, divisor); }
    public void divl(Reg divisor) { extReg(Size.L, 0xF7, 6, divisor); }
    public void negq(Reg r) { extReg(Size.Q, 0xF7, 3, r); }
    public void negl(Reg r) { extReg(Size.L, 0xF7, 3, r); }
    public void notq(Reg r) { extReg(Size.Q, 0xF7, 2, r); }
    public void notl(Reg r) { extReg(Size.L, 0xF7, 2, r); }
    /** Sign-extends rax into rdx:rax. */
    public void cqo() { enc.plain(NONE, true, 0x99); }
    /** Sign-extends eax into edx:eax. */
    public void cdq() { enc.plain(NONE, false, 0x99); }

    /** Shifts by CL. */
    public void shlq(Reg r) { extReg(Size.Q, 0xD3, SHL, r); }
    public void shll(Reg r) { extReg(Size.L, 0xD3, SHL, r); }
    public void shrq(Reg r) { extReg(Size.Q, 0xD3, SHR, r); }
    public void shrl(Reg r) { extReg(Size.L, 0xD3, SHR, r); }
    public void sarq(Reg r) { extReg(Size.Q, 0xD3, SAR, r); }
    public void sarl(Reg r) { extReg(Size.L, 0xD3, SAR, r); }
    public void shlq(Reg r, int count) { shiftImm(Size.Q, SHL, r, count); }
    public void shll(Reg r, int count) { shiftImm(Size.L, SHL, r, count); }
    public void shrq(Reg r, int count) { shiftImm(Size.Q, SHR, r, count); }
    public void shrl(Reg r, int count) { shiftImm(Size.L, SHR, r, count); }
    public void sarq(Reg r, int count) { shiftImm(Size.Q, SAR, r, count); }
    public void sarl(Reg r, int count) { shiftImm(Size.L, SAR, r, count); }

    public void incq(Reg r) { extReg(Size.Q, 0xFF, 0, r); }
    public void incl(Reg r) { incDec32(0x40, 0, r); }
    public void incq(Mem m) { extMem(Size.Q, 0xFF, 0, m); }
    public void incl(Mem m) { extMem(Size.L, 0xFF, 0, m); }
    public void decq(Reg r) { extReg(Size.Q, 0xFF, 1, r); }
    public void decl(Reg r) { incDec32(0x48, 1, r); }
    public void decq(Mem m) { extMem(Size.Q, 0xFF, 1, m); }
    public void decl(Mem m) { extMem(Size.L, 0xFF, 1, m); }

    /** Sets the low byte of {@code dst} to 1 if {@code cond} holds, else 0. */
    public void setcc(Cond cond, Reg dst) {
        enc.registerDirect(NONE, false, dst.byteNeedsRex(), 0, dst.code(), 0x0F, 0x90 + cond.code());
    }

    public void cmovq(Cond cond, Reg dst, Reg src) {
        enc.registerDirect(NONE, true, false, dst.code(), src.code(), 0x0F, 0x40 + cond.code());
    }

    public void cmovl(Cond cond, Reg dst, Reg src) {
        enc.registerDirect(NONE, false, false, dst.code(), src.code(), 0x0F, 0x40 + cond.code());
    }

    // ---- stack ----

    public void push(Reg r) { enc.withRegInOpcode(NONE, false, 0x50, r); }
    public void push(Mem m) { enc.memory(NONE, false, false, 6, m, 0xFF); }
    public void pop(Reg r) { enc.withRegInOpcode(NONE, false, 0x58, r); }
    public void pop(Mem m) { enc.memory(NONE, false, false, 0, m, 0x8F); }

    /** Pushes a sign-extended imm8 or imm32. */
    public void pushImm(int imm) {
        if (Encoder.fitsInByte(imm)) {
            out.put8(0x6A);
            out.put8(imm);
        } else {
            out.put8(0x68);
            out.put32(imm);
        }
    }

    // ---- control flow ----

    public void jmp(Label target) { jump(target, new int[] {0xEB}, new int[] {0xE9}); }
    public void jcc(Cond cond, Label target) {
        jump(target, new int[] {0x70 + cond.code()}, new int[] {0x0F, 0x80 + cond.code()});
    }
    public void call(Label target) { out.put8(0xE8); rel32To(target); }
    public void jmp(Reg target) { enc.registerDirect(NONE, false, false, 4, target.code(), 0xFF); }
    public void jmp(Mem target) { enc.memory(NONE, false, false, 4, target, 0xFF); }
    public void call(Reg target) { enc.registerDirect(NONE, false, false, 2, target.code(), 0xFF); }
    public void call(Mem target) { enc.memory(NONE, false, false, 2, target, 0xFF); }

    /** {@code call symbol}: E8 rel32 with a PC32 relocation (addend -4). */
    public void callSymbol(String symbol) { out.put8(0xE8); pcRelative32(symbol, 0); }
    /** {@code jmp symbol}: E9 rel32 with a PC32 relocation (addend -4). */
    public void jmpSymbol(String symbol) { out.put8(0xE9); pcRelative32(symbol, 0); }

    /** 32-bit mode far jump {@code ljmp selector:symbol}, which reloads CS. */
    public void ljmpAbs(int selector, String symbol) {
        if (mode != Mode.PROTECTED_32) {
            throw new IllegalStateException("ljmp ptr16:32 exists only in 32-bit mode");
        }
        out.put8(0xEA);
        emitAbs32(symbol, 0);
        out.put16(selector);
    }

    public void ret() { out.put8(0xC3); }
    public void leave() { out.put8(0xC9); }
    public void nop() { out.put8(0x90); }
    public void int3() { out.put8(0xCC); }
    public void ud2() { opcode(0x0F, 0x0B); }
    public void hlt() { out.put8(0xF4); }
    public void cli() { out.put8(0xFA); }
    public void sti() { out.put8(0xFB); }
    /** Clears the direction flag: string instructions count upwards. */
    public void cld() { out.put8(0xFC); }
    public void pause() { opcode(0xF3, 0x90); }
    public void cpuid() { opcode(0x0F, 0xA2); }
    public void rdtsc() { opcode(0x0F, 0x31); }
    public void rdmsr() { opcode(0x0F, 0x32); }
    public void wrmsr() { opcode(0x0F, 0x30); }
    public void iretq() { enc.plain(NONE, true, 0xCF); }
    public void swapgs() { requireLongMode("swapgs"); opcode(0x0F, 0x01, 0xF8); }
    public void mfence() { opcode(0x0F, 0xAE, 0xF0); }
    public void lfence() { opcode(0x0F, 0xAE, 0xE8); }
    public void sfence() { opcode(0x0F, 0xAE, 0xF8); }

    // ---- port I/O: data in AL/AX/EAX, port in DX or an imm8 ----

    public void inb() { out.put8(0xEC); }
    public void inw() { opcode(0x66, 0xED); }
    public void inl() { out.put8(0xED); }
    public void inb(int port) { opcode(0xE4, port); }
    public void inw(int port) { opcode(0x66, 0xE5, port); }
    public void inl(int port) { opcode(0xE5, port); }
    public void outb() { out.put8(0xEE); }
    public void outw() { opcode(0x66, 0xEF); }
    public void outl() { out.put8(0xEF); }
    public void outb(int port) { opcode(0xE6, port); }
    public void outw(int port) { opcode(0x66, 0xE7, port); }
    public void outl(int port) { opcode(0xE7, port); }

    // ---- atomics (xchg with memory is locked by the CPU without a prefix) ----

    public void cmpxchgq(Mem m, Reg r) { enc.memory(LOCK, true, false, r.code(), m, 0x0F, 0xB1); }
    public void cmpxchgl(Mem m, Reg r) { enc.memory(LOCK, false, false, r.code(), m, 0x0F, 0xB1); }
    public void xaddq(Mem m, Reg r) { enc.memory(LOCK, true, false, r.code(), m, 0x0F, 0xC1); }
    public void xaddl(Mem m, Reg r) { enc.memory(LOCK, false, false, r.code(), m, 0x0F, 0xC1); }
    public void xchgq(Mem m, Reg r) { enc.memory(NONE, true, false, r.code(), m, 0x87); }
    public void xchgl(Mem m, Reg r) { enc.memory(NONE, false, false, r.code(), m, 0x87); }

    // ---- system ----

    public void movCr(int cr, Reg src) { enc.registerDirect(NONE, false, false, cr, src.code(), 0x0F, 0x22); }
    public void movFromCr(Reg dst, int cr) { enc.registerDirect(NONE, false, false, cr, dst.code(), 0x0F, 0x20); }
    public void lgdt(Mem m) { enc.memory(NONE, false, false, 2, m, 0x0F, 0x01); }
    public void lidt(Mem m) { enc.memory(NONE, false, false, 3, m, 0x0F, 0x01); }
    public void invlpg(Mem m) { enc.memory(NONE, false, false, 7, m, 0x0F, 0x01); }
    public void ltr(Reg selector) { enc.registerDirect(NONE, false, false, 3, selector.code(), 0x0F, 0x00); }
    /** Loads a segment register (0 ES, 1 CS is invalid, 2 SS, 3 DS, 4 FS, 5 GS) from a 16-bit register. */
    public void movSeg(int segment, Reg src) { enc.registerDirect(NONE, false, false, segment, src.code(), 0x8E); }

    // ---- SSE2 scalar floating point ----

    public void movsd(Xmm dst, Xmm src) { sse(SSE_F2, 0x10, dst.code(), src.code()); }
    public void movsd(Xmm dst, Mem src) { sse(SSE_F2, 0x10, dst.code(), src); }
    public void movsd(Mem dst, Xmm src) { sse(SSE_F2, 0x11, src.code(), dst); }
    public void movss(Xmm dst, Xmm src) { sse(SSE_F3, 0x10, dst.code(), src.code()); }
    public void movss(Xmm dst, Mem src) { sse(SSE_F3, 0x10, dst.code(), src); }
    public void movss(Mem dst, Xmm src) { sse(SSE_F3, 0x11, src.code(), dst); }

    /** Raw 64-bit move between a general register and an XMM register. */
    public void movq(Xmm dst, Reg src) { enc.registerDirect(SSE_66, true, false, dst.code(), src.code(), 0x0F, 0x6E); }
    public void movq(Reg dst, Xmm src) { enc.registerDirect(SSE_66, true, false, src.code(), dst.code(), 0x0F, 0x7E); }
    public void movd(Xmm dst, Reg src) { enc.registerDirect(SSE_66, false, false, dst.code(), src.code(), 0x0F, 0x6E); }
    public void movd(Reg dst, Xmm src) { enc.registerDirect(SSE_66, false, false, src.code(), dst.code(), 0x0F, 0x7E); }

    public void addsd(Xmm dst, Xmm src) { sse(SSE_F2, 0x58, dst.code(), src.code()); }
    public void addsd(Xmm dst, Mem src) { sse(SSE_F2, 0x58, dst.code(), src); }
    public void subsd(Xmm dst, Xmm src) { sse(SSE_F2, 0x5C, dst.code(), src.code()); }
    public void subsd(Xmm dst, Mem src) { sse(SSE_F2, 0x5C, dst.code(), src); }
    public void mulsd(Xmm dst, Xmm src) { sse(SSE_F2, 0x59, dst.code(), src.code()); }
    public void mulsd(Xmm dst, Mem src) { sse(SSE_F2, 0x59, dst.code(), src); }
    public void divsd(Xmm dst, Xmm src) { sse(SSE_F2, 0x5E, dst.code(), src.code()); }
    public void divsd(Xmm dst, Mem src) { sse(SSE_F2, 0x5E, dst.code(), src); }
    public void sqrtsd(Xmm dst, Xmm src) { sse(SSE_F2, 0x51, dst.code(), src.code()); }
    public void sqrtsd(Xmm dst, Mem src) { sse(SSE_F2, 0x51, dst.code(), src); }
    public void addss(Xmm dst, Xmm src) { sse(SSE_F3, 0x58, dst.code(), src.code()); }
    public void addss(Xmm dst, Mem src) { sse(SSE_F3, 0x58, dst.code(), src); }
    public void subss(Xmm dst, Xmm src) { sse(SSE_F3, 0x5C, dst.code(), src.code()); }
    public void subss(Xmm dst, Mem src) { sse(SSE_F3, 0x5C, dst.code(), src); }
    public void mulss(Xmm dst, Xmm src) { sse(SSE_F3, 0x59, dst.code(), src.code()); }
    public void mulss(Xmm dst, Mem src) { sse(SSE_F3, 0x59, dst.code(), src); }
    public void divss(Xmm dst, Xmm src) { sse(SSE_F3, 0x5E, dst.code(), src.code()); }
    public void divss(Xmm dst, Mem src) { sse(SSE_F3, 0x5E, dst.code(), src); }
    public void sqrtss(Xmm dst, Xmm src) { sse(SSE_F3, 0x51, dst.code(), src.code()); }
    public void sqrtss(Xmm dst, Mem src) { sse(SSE_F3, 0x51, dst.code(), src); }

    /** Unordered compare; sets ZF, PF, CF (PF = unordered, i.e. a NaN). */
    public void ucomisd(Xmm a, Xmm b) { sse(SSE_66, 0x2E, a.code(), b.code()); }
    public void ucomisd(Xmm a, Mem b) { sse(SSE_66, 0x2E, a.code(), b); }
    public void ucomiss(Xmm a, Xmm b) { sse(NONE, 0x2E, a.code(), b.code()); }
    public void ucomiss(Xmm a, Mem b) { sse(NONE, 0x2E, a.code(), b); }

    public void cvtsi2sdq(Xmm dst, Reg src) { enc.registerDirect(SSE_F2, true, false, dst.code(), src.code(), 0x0F, 0x2A); }
    public void cvtsi2sdl(Xmm dst, Reg src) { enc.registerDirect(SSE_F2, false, false, dst.code(), src.code(), 0x0F, 0x2A); }
    public void cvtsi2ssq(Xmm dst, Reg src) { enc.registerDirect(SSE_F3, true, false, dst.code(), src.code(), 0x0F, 0x2A); }
    public void cvtsi2ssl(Xmm dst, Reg src) { enc.registerDirect(SSE_F3, false, false, dst.code(), src.code(), 0x0F, 0x2A); }
    /** Truncating conversions; out-of-range and NaN give the "integer indefinite" value (MIN_VALUE). */
    public void cvttsd2siq(Reg dst, Xmm src) { enc.registerDirect(SSE_F2, true, false, dst.code(), src.code(), 0x0F, 0x2C); }
    public void cvttsd2sil(Reg dst, Xmm src) { enc.registerDirect(SSE_F2, false, false, dst.code(), src.code(), 0x0F, 0x2C); }
    public void cvttss2siq(Reg dst, Xmm src) { enc.registerDirect(SSE_F3, true, false, dst.code(), src.code(), 0x0F, 0x2C); }
    public void cvttss2sil(Reg dst, Xmm src) { enc.registerDirect(SSE_F3, false, false, dst.code(), src.code(), 0x0F, 0x2C); }
    public void cvtsd2ss(Xmm dst, Xmm src) { sse(SSE_F2, 0x5A, dst.code(), src.code()); }
    public void cvtss2sd(Xmm dst, Xmm src) { sse(SSE_F3, 0x5A, dst.code(), src.code()); }

    public void xorpd(Xmm dst, Xmm src) { sse(SSE_66, 0x57, dst.code(), src.code()); }
    public void xorpd(Xmm dst, Mem src) { sse(SSE_66, 0x57, dst.code(), src); }
    public void andpd(Xmm dst, Xmm src) { sse(SSE_66, 0x54, dst.code(), src.code()); }
    public void andpd(Xmm dst, Mem src) { sse(SSE_66, 0x54, dst.code(), src); }

    // ---- encoding helpers ----

    /** ModRM instruction with two general registers: {@code reg} in the reg field, {@code rm} in r/m. */
    private void regReg(Size size, int wideOpcode, Reg reg, Reg rm) {
        boolean byteRex = size == Size.B && (reg.byteNeedsRex() || rm.byteNeedsRex());
        enc.registerDirect(size.prefix(), size.rexW(), byteRex, reg.code(), rm.code(), size.opcode(wideOpcode));
    }

    private void regMem(Size size, int wideOpcode, Reg reg, Mem rm) {
        boolean byteRex = size == Size.B && reg.byteNeedsRex();
        enc.memory(size.prefix(), size.rexW(), byteRex, reg.code(), rm, size.opcode(wideOpcode));
    }

    /** ModRM instruction whose reg field is an opcode extension, with a register operand. */
    private void extReg(Size size, int wideOpcode, int extension, Reg rm) {
        boolean byteRex = size == Size.B && rm.byteNeedsRex();
        enc.registerDirect(size.prefix(), size.rexW(), byteRex, extension, rm.code(), size.opcode(wideOpcode));
    }

    private void extMem(Size size, int wideOpcode, int extension, Mem rm) {
        enc.memory(size.prefix(), size.rexW(), false, extension, rm, size.opcode(wideOpcode));
    }

    private void alu(int op, Size size, Reg dst, Reg src) { regReg(size, 0x01 + 8 * op, src, dst); }
    private void alu(int op, Size size, Reg dst, Mem src) { regMem(size, 0x03 + 8 * op, dst, src); }
    private void alu(int op, Size size, Mem dst, Reg src) { regMem(size, 0x01 + 8 * op, src, dst); }

    /** Prefers the sign-extended imm8 form, then the short accumulator form for RAX, then imm32. */
    private void alu(int op, Size size, Reg dst, int imm) {
        if (Encoder.fitsInByte(imm)) {
            extReg(size, 0x83, op, dst);
            out.put8(imm);
        } else if (dst == Reg.RAX) {
            enc.plain(size.prefix(), size.rexW(), 0x05 + 8 * op);
            out.put32(imm);
        } else {
            extReg(size, 0x81, op, dst);
            out.put32(imm);
        }
    }

    private void alu(int op, Size size, Mem dst, int imm) {
        if (Encoder.fitsInByte(imm)) {
            extMem(size, 0x83, op, dst);
            out.put8(imm);
        } else {
            extMem(size, 0x81, op, dst);
            out.put32(imm);
        }
    }

    private void testImm(Size size, Reg r, int imm) {
        if (r == Reg.RAX) {
            enc.plain(size.prefix(), size.rexW(), size.opcode(0xA9));
        } else {
            extReg(size, 0xF7, 0, r);
        }
        if (size == Size.B) {
            out.put8(imm);
        } else {
            out.put32(imm);
        }
    }

    private void imulImm(boolean rexW, Reg dst, Reg src, int imm) {
        boolean short8 = Encoder.fitsInByte(imm);
        enc.registerDirect(NONE, rexW, false, dst.code(), src.code(), short8 ? 0x6B : 0x69);
        if (short8) {
            out.put8(imm);
        } else {
            out.put32(imm);
        }
    }

    /** 32-bit mode has one-byte inc/dec (0x40+r, 0x48+r); in 64-bit mode those bytes are REX prefixes. */
    private void incDec32(int shortOpcode, int extension, Reg r) {
        if (mode == Mode.PROTECTED_32) {
            enc.withRegInOpcode(NONE, false, shortOpcode, r);
        } else {
            extReg(Size.L, 0xFF, extension, r);
        }
    }

    private void shiftImm(Size size, int op, Reg r, int count) {
        if (count == 1) {
            extReg(size, 0xD1, op, r);
        } else {
            extReg(size, 0xC1, op, r);
            out.put8(count);
        }
    }

    private void sse(int prefix, int opcode, int reg, int rm) {
        enc.registerDirect(prefix, false, false, reg, rm, 0x0F, opcode);
    }

    private void sse(int prefix, int opcode, int reg, Mem rm) {
        enc.memory(prefix, false, false, reg, rm, 0x0F, opcode);
    }

    private void opcode(int... bytes) {
        for (int b : bytes) {
            out.put8(b);
        }
    }

    private void jump(Label target, int[] shortOpcode, int[] nearOpcode) {
        target.useIn(this);
        if (target.isBound()) {
            int shortRel = target.position() - (position() + shortOpcode.length + 1);
            if (Encoder.fitsInByte(shortRel)) {
                opcode(shortOpcode);
                out.put8(shortRel);
                return;
            }
        }
        opcode(nearOpcode);
        rel32To(target);
    }

    /** A rel32 field at the end of the instruction, pointing at {@code target}. */
    private void rel32To(Label target) {
        target.useIn(this);
        int field = position();
        out.put32(0);
        if (target.isBound()) {
            patchRel32(field, target.position());
        } else {
            pendingRel32.computeIfAbsent(target, l -> new ArrayList<>()).add(field);
        }
    }

    private void patchRel32(int field, int targetPosition) {
        out.patch32(field, targetPosition - (field + 4));
    }

    /** A PC32-relocated rel32 field at the end of the instruction: S + A - P with A = addend - 4. */
    private void pcRelative32(String symbol, long addend) {
        relocations.add(new Reloc(position(), RelocKind.PC32, symbol, addend - 4));
        out.put32(0);
    }

    private void requireLongMode(String what) {
        if (mode != Mode.LONG_64) {
            throw new IllegalStateException(what + " needs 64-bit mode");
        }
    }
}
