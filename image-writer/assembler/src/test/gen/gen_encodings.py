#!/usr/bin/env python3
"""Generates src/test/resources/ariadne/x86/encodings.txt: known-good encodings from GNU as.

Run once by hand (needs binutils); the tests only read the generated file.
Each output line is:  mode | assembler call (test DSL) | GNU as text | hex bytes
The DSL is `method operand, operand` in Intel order with Reg/Xmm/Cond names and
`[base + index*scale + disp]` memory operands, mirroring the Java API.
"""
import os, re, subprocess, sys, tempfile

R64 = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"] + [f"r{i}" for i in range(8, 16)]
R32 = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"] + [f"r{i}d" for i in range(8, 16)]
R16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"] + [f"r{i}w" for i in range(8, 16)]
R8 = ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"] + [f"r{i}b" for i in range(8, 16)]
NAMES = {"q": R64, "l": R32, "w": R16, "b": R8}
CONDS = ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"]
LOW8 = range(8)

cases = []  # (mode, dsl, gas)


def add(dsl, gas, mode=64):
    cases.append((mode, dsl, gas))


def reg(i, w, mode=64):
    names = NAMES[w] if mode == 64 else {"l": R32, "w": R16, "b": ["al", "cl", "dl", "bl"]}[w]
    return "%" + names[i]


def mem(base, index=None, scale=1, disp=0, mode=64):
    """(dsl, gas) for a memory operand; base/index are register numbers or None."""
    addr = R64 if mode == 64 else R32
    parts = []
    if base is not None:
        parts.append(R64[base])
    if index is not None:
        parts.append(f"{R64[index]}*{scale}")
    if disp or not parts:
        parts.append(str(disp))
    dsl = "[" + " + ".join(parts) + "]"
    if base is None and index is None:
        return dsl, f"{disp:#x}"
    inner = ("%" + addr[base] if base is not None else "")
    if index is not None:
        inner += f",%{addr[index]},{scale}"
    return dsl, f"{disp if disp else ''}({inner})"


DISPS = [0, 1, -1, 127, -128, 128, -129, 0x12345678]

# ---- addressing: every base, every index, every scale, disp8/disp32 boundaries ----
for b in range(16):
    for d in DISPS:
        m, g = mem(b, disp=d)
        add(f"movq rcx, {m}", f"mov {g},%rcx")
        add(f"movq r9, {m}", f"mov {g},%r9")
for i in range(16):
    if i == 4:
        continue
    for b in [0, 4, 5, 12, 13, 15]:
        for s in [1, 2, 4, 8]:
            m, g = mem(b, i, s, 0 if s != 8 else 0x40)
            add(f"movl rdx, {m}", f"mov {g},%edx")
    m, g = mem(None, i, 8, 0x100)
    add(f"movq rax, {m}", f"mov {g},%rax")
for d in [0, 0x1000, 0x7FFFFFF0]:
    m, g = mem(None, disp=d)
    add(f"movq rbx, {m}", f"mov {g},%rbx")

# ---- moves ----
for w in "qlwb":
    for a in range(16):
        for b in [0, 4, 5, 7, 8, 12, 13, 15]:
            add(f"mov{w} {R64[a]}, {R64[b]}", f"mov{w} {reg(b, w)},{reg(a, w)}")
        m, g = mem(12, disp=8)
        add(f"mov{w} {R64[a]}, {m}", f"mov{w} {g},{reg(a, w)}")
        add(f"mov{w} {m}, {R64[a]}", f"mov{w} {reg(a, w)},{g}")
    for imm in [0, 1, -1, 127] + ([] if w == "b" else [0x1234]):
        m, g = mem(5, disp=-16)
        add(f"mov{w} {m}, {imm}", f"mov{w} ${imm},{g}")
for a in range(16):
    add(f"movl {R64[a]}, 0x12345678", f"mov $0x12345678,{reg(a, 'l')}")
    add(f"movq {R64[a]}, 5", f"mov $5,{reg(a, 'l')}")
    add(f"movq {R64[a]}, 0xFFFFFFFF", f"mov $0xffffffff,{reg(a, 'l')}")
    add(f"movq {R64[a]}, -2", f"movq $-2,{reg(a, 'q')}")
    add(f"movq {R64[a]}, 0x123456789", f"movabs $0x123456789,{reg(a, 'q')}")
    add(f"movq {R64[a]}, -0x80000001", f"movabs $-0x80000001,{reg(a, 'q')}")
for ext, gas in [("movzxbl", "movzbl"), ("movzxwl", "movzwl"), ("movsxbl", "movsbl"),
                 ("movsxwl", "movswl"), ("movsxbq", "movsbq"), ("movsxwq", "movswq"),
                 ("movsxlq", "movslq")]:
    srcw = {"b": "b", "w": "w", "l": "l"}[ext[5]]
    dstw = ext[6]
    for a in range(16):
        for b in [0, 3, 4, 6, 7, 8, 15]:
            add(f"{ext} {R64[a]}, {R64[b]}", f"{gas} {reg(b, srcw)},{reg(a, dstw)}")
        m, g = mem(a, disp=24)
        add(f"{ext} {R64[a]}, {m}", f"{gas} {g},{reg(a, dstw)}")
for a in range(16):
    m, g = mem(a, 15 - a if 15 - a != 4 else None, 2 if 15 - a != 4 else 1, -8)
    add(f"lea {R64[a]}, {m}", f"lea {g},{reg(a, 'q')}")

# ---- integer arithmetic ----
for op in ["add", "sub", "and", "or", "xor", "cmp", "adc", "sbb"]:
    for w in "ql":
        for a in range(16):
            b = (a * 5 + 3) % 16
            add(f"{op}{w} {R64[a]}, {R64[b]}", f"{op}{w} {reg(b, w)},{reg(a, w)}")
            m, g = mem(b, disp=0x80)
            add(f"{op}{w} {R64[a]}, {m}", f"{op}{w} {g},{reg(a, w)}")
            add(f"{op}{w} {m}, {R64[a]}", f"{op}{w} {reg(a, w)},{g}")
            for imm in [1, -128, 127, 128, -129, 0x12345678]:
                add(f"{op}{w} {R64[a]}, {imm}", f"{op}{w} ${imm},{reg(a, w)}")
        for imm in [-1, 0x1000]:
            m, g = mem(4, disp=16)
            add(f"{op}{w} {m}, {imm}", f"{op}{w} ${imm},{g}")
for imm in [2, 0x7F, -1]:
    m, g = mem(0, 1, 1, 7)
    add(f"cmpb {m}, {imm}", f"cmpb ${imm},{g}")
for w in "qlb":
    for a in range(16):
        b = (a + 7) % 16
        add(f"test{w} {R64[a]}, {R64[b]}", f"test{w} {reg(b, w)},{reg(a, w)}")
        add(f"test{w} {R64[a]}, 1", f"test{w} $1,{reg(a, w)}")
    add(f"test{w} {mem(13, disp=8)[0]}, 64", f"test{w} $64,{mem(13, disp=8)[1]}")
for w in "ql":
    for a in range(16):
        b = 15 - a
        add(f"imul{w} {R64[a]}, {R64[b]}", f"imul{w} {reg(b, w)},{reg(a, w)}")
        add(f"imul{w} {R64[a]}, {mem(b, disp=4)[0]}", f"imul{w} {mem(b, disp=4)[1]},{reg(a, w)}")
        add(f"imul{w} {R64[a]}, {R64[b]}, 10", f"imul{w} $10,{reg(b, w)},{reg(a, w)}")
        add(f"imul{w} {R64[a]}, {R64[b]}, 1000", f"imul{w} $1000,{reg(b, w)},{reg(a, w)}")
        for op in ["idiv", "div", "neg", "not", "inc", "dec"]:
            add(f"{op}{w} {R64[a]}", f"{op}{w} {reg(a, w)}")
        for op in ["shl", "shr", "sar"]:
            add(f"{op}{w} {R64[a]}", f"{op}{w} %cl,{reg(a, w)}")
            add(f"{op}{w} {R64[a]}, 1", f"{op}{w} $1,{reg(a, w)}")
            add(f"{op}{w} {R64[a]}, 31", f"{op}{w} $31,{reg(a, w)}")
    for op in ["inc", "dec"]:
        add(f"{op}{w} {mem(12, disp=-4)[0]}", f"{op}{w} {mem(12, disp=-4)[1]}")
add("cqo", "cqto")
add("cdq", "cltd")
for c in range(16):
    for a in [0, 3, 4, 5, 6, 7, 8, 15]:
        add(f"setcc {CONDS[c].upper()}, {R64[a]}", f"set{CONDS[c]} {reg(a, 'b')}")
    add(f"cmovq {CONDS[c].upper()}, rax, r9", f"cmov{CONDS[c]} %r9,%rax")
    add(f"cmovl {CONDS[c].upper()}, r12, rsi", f"cmov{CONDS[c]} %esi,%r12d")

# ---- stack and control flow ----
for a in range(16):
    add(f"push {R64[a]}", f"push {reg(a, 'q')}")
    add(f"pop {R64[a]}", f"pop {reg(a, 'q')}")
    add(f"jmp {R64[a]}", f"jmp *{reg(a, 'q')}")
    add(f"call {R64[a]}", f"call *{reg(a, 'q')}")
    m, g = mem(a, disp=0x40)
    add(f"push {m}", f"pushq {g}")
    add(f"pop {m}", f"popq {g}")
    add(f"jmp {m}", f"jmp *{g}")
    add(f"call {m}", f"call *{g}")
for imm in [0, -128, 127, 128, 0x12345678]:
    add(f"pushImm {imm}", f"pushq ${imm}")
for name, gas in [("ret", "ret"), ("leave", "leave"), ("nop", "nop"), ("int3", "int3"), ("ud2", "ud2"),
                  ("hlt", "hlt"), ("cli", "cli"), ("sti", "sti"), ("cld", "cld"), ("pause", "pause"), ("cpuid", "cpuid"),
                  ("rdtsc", "rdtsc"), ("rdmsr", "rdmsr"), ("wrmsr", "wrmsr"), ("iretq", "iretq"),
                  ("swapgs", "swapgs"), ("mfence", "mfence"), ("lfence", "lfence"), ("sfence", "sfence"),
                  ("inb", "inb %dx,%al"), ("inw", "inw %dx,%ax"), ("inl", "inl %dx,%eax"),
                  ("outb", "outb %al,%dx"), ("outw", "outw %ax,%dx"), ("outl", "outl %eax,%dx"),
                  ("inb 0x60", "inb $0x60,%al"), ("inw 0x60", "inw $0x60,%ax"), ("inl 0x60", "inl $0x60,%eax"),
                  ("outb 0xf4", "outb %al,$0xf4"), ("outw 0xf4", "outw %ax,$0xf4"), ("outl 0xf4", "outl %eax,$0xf4")]:
    add(name, gas)

# ---- atomics and system ----
for a in range(16):
    b = (a + 9) % 16
    m, g = mem(b, disp=8)
    for w in "ql":
        add(f"cmpxchg{w} {m}, {R64[a]}", f"lock cmpxchg{w} {reg(a, w)},{g}")
        add(f"xadd{w} {m}, {R64[a]}", f"lock xadd{w} {reg(a, w)},{g}")
        add(f"xchg{w} {m}, {R64[a]}", f"xchg{w} {reg(a, w)},{g}")
    for cr in [0, 2, 3, 4, 8]:
        add(f"movCr {cr}, {R64[a]}", f"mov {reg(a, 'q')},%cr{cr}")
        add(f"movFromCr {R64[a]}, {cr}", f"mov %cr{cr},{reg(a, 'q')}")
    add(f"lgdt {m}", f"lgdt {g}")
    add(f"lidt {m}", f"lidt {g}")
    add(f"invlpg {m}", f"invlpg {g}")
    add(f"ltr {R64[a]}", f"ltr {reg(a, 'w')}")
    for seg, name in [(0, "es"), (2, "ss"), (3, "ds"), (4, "fs"), (5, "gs")]:
        add(f"movSeg {seg}, {R64[a]}", f"mov {reg(a, 'w')},%{name}")

# ---- SSE2 ----
for x in range(16):
    y = (x + 5) % 16
    xs, ys = f"xmm{x}", f"xmm{y}"
    m, g = mem(y, disp=0x10)
    for p in ["sd", "ss"]:
        add(f"mov{p} {xs}, {ys}", f"mov{p} %{ys},%{xs}")
        add(f"mov{p} {xs}, {m}", f"mov{p} {g},%{xs}")
        add(f"mov{p} {m}, {xs}", f"mov{p} %{xs},{g}")
        for op in ["add", "sub", "mul", "div", "sqrt"]:
            add(f"{op}{p} {xs}, {ys}", f"{op}{p} %{ys},%{xs}")
            add(f"{op}{p} {xs}, {m}", f"{op}{p} {g},%{xs}")
        add(f"ucomi{p} {xs}, {ys}", f"ucomi{p} %{ys},%{xs}")
        add(f"ucomi{p} {xs}, {m}", f"ucomi{p} {g},%{xs}")
        for w in "ql":
            add(f"cvtsi2{p}{w} {xs}, {R64[y]}", f"cvtsi2{p}{w} {reg(y, w)},%{xs}")
            add(f"cvtt{p}2si{w} {R64[y]}, {xs}", f"cvtt{p}2si %{xs},{reg(y, w)}")
    add(f"movq {xs}, {R64[y]}", f"movq %{R64[y]},%{xs}")
    add(f"movq {R64[y]}, {xs}", f"movq %{xs},%{R64[y]}")
    add(f"movd {xs}, {R64[y]}", f"movd {reg(y, 'l')},%{xs}")
    add(f"movd {R64[y]}, {xs}", f"movd %{xs},{reg(y, 'l')}")
    add(f"cvtsd2ss {xs}, {ys}", f"cvtsd2ss %{ys},%{xs}")
    add(f"cvtss2sd {xs}, {ys}", f"cvtss2sd %{ys},%{xs}")
    for op in ["xorpd", "andpd"]:
        add(f"{op} {xs}, {ys}", f"{op} %{ys},%{xs}")
        add(f"{op} {xs}, {m}", f"{op} {g},%{xs}")

# ---- 32-bit protected mode (boot trampoline) ----
for a in LOW8:
    for b in LOW8:
        add(f"movl {R64[a]}, {R64[b]}", f"mov {reg(b, 'l', 32)},{reg(a, 'l', 32)}", 32)
    for d in [0, 8, 0x1000]:
        m, g = mem(a, disp=d, mode=32)
        add(f"movl rcx, {m}", f"mov {g},%ecx", 32)
        add(f"movl {m}, rdx", f"mov %edx,{g}", 32)
    m, g = mem(a, 5 if a != 5 else 6, 4, 12, mode=32)
    add(f"lea rsi, {m}", f"lea {g},%esi", 32)
    add(f"movl {R64[a]}, 0x100000", f"mov $0x100000,{reg(a, 'l', 32)}", 32)
    add(f"orl {R64[a]}, 0x80000000", f"or $0x80000000,{reg(a, 'l', 32)}", 32)
    add(f"addl {R64[a]}, 8", f"add $8,{reg(a, 'l', 32)}", 32)
    add(f"push {R64[a]}", f"push {reg(a, 'l', 32)}", 32)
    add(f"pop {R64[a]}", f"pop {reg(a, 'l', 32)}", 32)
    add(f"movCr 0, {R64[a]}", f"mov {reg(a, 'l', 32)},%cr0", 32)
    add(f"movFromCr {R64[a]}, 4", f"mov %cr4,{reg(a, 'l', 32)}", 32)
    add(f"movSeg 3, {R64[a]}", f"mov {reg(a, 'w', 32)},%ds", 32)
for a in range(4):
    add(f"movb {mem(3, disp=1, mode=32)[0]}, {R64[a]}", f"movb {reg(a, 'b', 32)},{mem(3, disp=1, mode=32)[1]}", 32)
add("lgdt [0x1000]", "lgdt 0x1000", 32)
add("movl [0x2000], 7", "movl $7,0x2000", 32)
add("movl rbx, [0x2000]", "mov 0x2000,%ebx", 32)
add("rdmsr", "rdmsr", 32)
add("wrmsr", "wrmsr", 32)
add("cdq", "cltd", 32)
add("cld", "cld", 32)
add("cli", "cli", 32)
add("hlt", "hlt", 32)
add("incl rcx", "inc %ecx", 32)
add("decl rdi", "dec %edi", 32)
add("xorl rcx, rcx", "xor %ecx,%ecx", 32)
add("cmpl rax, 0x2BADB002", "cmp $0x2badb002,%eax", 32)
add("lgdt [rax]", "lgdt (%eax)", 32)


def assemble(mode, lines):
    with tempfile.TemporaryDirectory() as tmp:
        src, obj = os.path.join(tmp, "a.s"), os.path.join(tmp, "a.o")
        with open(src, "w") as f:
            f.write(f".code{mode}\n.text\n" + "\n".join(lines) + "\n")
        subprocess.run(["as", f"--{mode}", "-o", obj, src], check=True)
        dump = subprocess.run(["objdump", "-d", "--insn-width=16", obj], check=True,
                              capture_output=True, text=True).stdout
    rows = []
    for line in dump.splitlines():
        m = re.match(r"^\s+[0-9a-f]+:\t((?:[0-9a-f]{2} )+)\s*\t?(.*)$", line)
        if m:
            rows.append(m.group(1).strip())
    if len(rows) != len(lines):
        sys.exit(f"mode {mode}: {len(lines)} instructions but objdump shows {len(rows)}")
    return rows


def main(out_path):
    with open(out_path, "w") as out:
        out.write("# Generated by src/test/gen/gen_encodings.py with GNU as + objdump; do not edit.\n")
        out.write("# mode | assembler call | GNU as | bytes\n")
        for mode in (64, 32):
            selected = [c for c in cases if c[0] == mode]
            hexes = assemble(mode, [g for _, _, g in selected])
            for (_, dsl, gas), hx in zip(selected, hexes):
                out.write(f"{mode} | {dsl} | {gas} | {hx}\n")


if __name__ == "__main__":
    main(sys.argv[1])
