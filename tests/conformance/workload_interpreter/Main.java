package conformance.workload_interpreter;

import java.util.ArrayList;
import java.util.HashMap;

/** Workload: an assembler and a stack-machine interpreter running small programs (factorial, primes, fibonacci, gcd) with calls. */
public class Main {
    enum Op { PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, MOD, LT, EQ, JMP, JZ, CALL, RET, PRINT, DUP, POP, HALT }

    record Instruction(Op op, long operand) {
        @Override
        public String toString() {
            return op + (op == Op.PUSH || op == Op.LOAD || op == Op.STORE || op == Op.JMP || op == Op.JZ || op == Op.CALL ? " " + operand : "");
        }
    }

    static final class VmError extends RuntimeException {
        VmError(String message) {
            super(message);
        }
    }

    static String[] lines(String source) {
        ArrayList<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= source.length(); i++) {
            if (i == source.length() || source.charAt(i) == '\n') {
                lines.add(source.substring(start, i));
                start = i + 1;
            }
        }
        return lines.toArray(new String[0]);
    }

    /** Two-pass assembler: "label:" defines a label, jumps and calls take labels, LOAD/STORE take variable slots 0..15. */
    static ArrayList<Instruction> assemble(String source) {
        String[] lines = lines(source);
        HashMap<String, Integer> labels = new HashMap<>();
        int address = 0;
        for (String raw : lines) {
            String line = raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.endsWith(":")) {
                labels.put(line.substring(0, line.length() - 1), address);
            } else {
                address++;
            }
        }
        ArrayList<Instruction> program = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.trim();
            if (line.isEmpty() || line.endsWith(":")) {
                continue;
            }
            int space = line.indexOf(' ');
            Op op = Op.valueOf(space < 0 ? line : line.substring(0, space));
            long operand = 0;
            if (space >= 0) {
                String argument = line.substring(space + 1).trim();
                Integer target = labels.get(argument);
                operand = target != null ? target : Long.parseLong(argument);
            }
            program.add(new Instruction(op, operand));
        }
        return program;
    }

    static String run(ArrayList<Instruction> program, int budget) {
        long[] stack = new long[256];
        int sp = 0;
        long[][] frames = new long[64][16];
        int[] returns = new int[64];
        int fp = 0;
        int pc = 0;
        int executed = 0;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (executed++ == budget) {
                throw new VmError("budget exhausted at pc " + pc);
            }
            Instruction in = program.get(pc++);
            long[] vars = frames[fp];
            switch (in.op()) {
                case PUSH -> stack[sp++] = in.operand();
                case LOAD -> stack[sp++] = vars[(int) in.operand()];
                case STORE -> vars[(int) in.operand()] = stack[--sp];
                case ADD -> { sp--; stack[sp - 1] += stack[sp]; }
                case SUB -> { sp--; stack[sp - 1] -= stack[sp]; }
                case MUL -> { sp--; stack[sp - 1] *= stack[sp]; }
                case DIV -> { sp--; stack[sp - 1] /= stack[sp]; }
                case MOD -> { sp--; stack[sp - 1] %= stack[sp]; }
                case LT -> { sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; }
                case EQ -> { sp--; stack[sp - 1] = stack[sp - 1] == stack[sp] ? 1 : 0; }
                case JMP -> pc = (int) in.operand();
                case JZ -> {
                    if (stack[--sp] == 0) {
                        pc = (int) in.operand();
                    }
                }
                case CALL -> {
                    returns[++fp] = pc;
                    frames[fp] = new long[16];
                    pc = (int) in.operand();
                }
                case RET -> pc = returns[fp--];
                case PRINT -> out.append(stack[--sp]).append(' ');
                case DUP -> { stack[sp] = stack[sp - 1]; sp++; }
                case POP -> sp--;
                case HALT -> {
                    return out.append("| ").append(executed).append(" instructions").toString();
                }
            }
        }
    }

    static final String FACTORIALS = String.join("\n",
            "PUSH 1", "STORE 0",
            "loop:", "LOAD 0", "PUSH 21", "LT", "JZ end",
            "LOAD 0", "CALL fact", "PRINT",
            "LOAD 0", "PUSH 1", "ADD", "STORE 0", "JMP loop",
            "end:", "HALT",
            "fact:", "STORE 0", "LOAD 0", "PUSH 2", "LT", "JZ recurse", "PUSH 1", "RET",
            "recurse:", "LOAD 0", "LOAD 0", "PUSH 1", "SUB", "CALL fact", "MUL", "RET");

    static final String PRIMES = String.join("\n",
            "PUSH 2", "STORE 0",
            "next:", "LOAD 0", "PUSH 120", "LT", "JZ done",
            "PUSH 2", "STORE 1",
            "trial:", "LOAD 1", "LOAD 1", "MUL", "LOAD 0", "PUSH 1", "ADD", "LT", "JZ prime",
            "LOAD 0", "LOAD 1", "MOD", "JZ composite",
            "LOAD 1", "PUSH 1", "ADD", "STORE 1", "JMP trial",
            "prime:", "LOAD 0", "PRINT",
            "composite:", "LOAD 0", "PUSH 1", "ADD", "STORE 0", "JMP next",
            "done:", "HALT");

    static final String FIBONACCI = String.join("\n",
            "PUSH 0", "STORE 0", "PUSH 1", "STORE 1", "PUSH 0", "STORE 2",
            "loop:", "LOAD 2", "PUSH 90", "LT", "JZ end",
            "LOAD 0", "DUP", "PUSH 1000000007", "MOD", "PRINT", "LOAD 1", "ADD", "LOAD 1", "STORE 0", "STORE 1",
            "LOAD 2", "PUSH 1", "ADD", "STORE 2", "JMP loop",
            "end:", "LOAD 0", "PRINT", "HALT");

    static final String GCD_TABLE = String.join("\n",
            "PUSH 1", "STORE 0",
            "row:", "LOAD 0", "PUSH 13", "LT", "JZ end",
            "LOAD 0", "PUSH 36", "CALL gcd", "PRINT",
            "LOAD 0", "PUSH 1", "ADD", "STORE 0", "JMP row",
            "end:", "HALT",
            "gcd:", "STORE 1", "STORE 0",
            "again:", "LOAD 1", "PUSH 0", "EQ", "JZ step", "LOAD 0", "RET",
            "step:", "LOAD 0", "LOAD 1", "MOD", "LOAD 1", "STORE 0", "STORE 1", "JMP again");

    static final String DIVIDE_BY_ZERO = String.join("\n", "PUSH 1", "PUSH 0", "DIV", "PRINT", "HALT");
    static final String FOREVER = String.join("\n", "top:", "JMP top");

    public static void main(String[] args) {
        String[] names = {"factorials", "primes", "fibonacci", "gcd table", "divide by zero", "forever"};
        String[] sources = {FACTORIALS, PRIMES, FIBONACCI, GCD_TABLE, DIVIDE_BY_ZERO, FOREVER};
        for (int i = 0; i < names.length; i++) {
            ArrayList<Instruction> program = assemble(sources[i]);
            System.out.println(names[i] + ": " + program.size() + " instructions, first " + program.get(0) + ", last " + program.get(program.size() - 1));
            try {
                System.out.println("  " + run(program, 20000));
            } catch (VmError e) {
                System.out.println("  VmError: " + e.getMessage());
            } catch (ArithmeticException e) {
                System.out.println("  ArithmeticException: " + e.getMessage());
            }
        }
    }
}
