package ariadne.x86;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One assembler call written as text, e.g. {@code movq rax, [rbx + r12*4 + 16]}: a method name
 * and operands in the Java API's order. Used to drive the assembler from test data.
 */
record AssemblerCall(String method, List<Object> operands) {

    static AssemblerCall parse(String text) {
        String trimmed = text.trim();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            return new AssemblerCall(trimmed, List.of());
        }
        List<Object> operands = new ArrayList<>();
        for (String operand : trimmed.substring(space + 1).split(",")) {
            operands.add(parseOperand(operand.trim()));
        }
        return new AssemblerCall(trimmed.substring(0, space), operands);
    }

    /** Calls the matching overload on {@code asm}; exceptions thrown by it propagate unwrapped. */
    void applyTo(Assembler asm) throws Throwable {
        Method target = findMethod();
        Object[] args = new Object[operands.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = convert(operands.get(i), target.getParameterTypes()[i]);
        }
        try {
            target.invoke(asm, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Method findMethod() {
        List<Method> matches = new ArrayList<>();
        for (Method m : Assembler.class.getMethods()) {
            if (m.getName().equals(method) && accepts(m.getParameterTypes())) {
                matches.add(m);
            }
        }
        if (matches.size() != 1) {
            throw new IllegalArgumentException(matches.size() + " overloads of " + method + " match " + operands);
        }
        return matches.get(0);
    }

    private boolean accepts(Class<?>[] types) {
        if (types.length != operands.size()) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            Object operand = operands.get(i);
            boolean ok = operand instanceof Long
                    ? types[i] == int.class || types[i] == long.class
                    : types[i].isInstance(operand);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Object convert(Object operand, Class<?> type) {
        if (type == int.class) {
            long value = (Long) operand;
            if (value < Integer.MIN_VALUE || value > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException(value + " does not fit 32 bits");
            }
            return (int) value;
        }
        return operand;
    }

    private static Object parseOperand(String text) {
        if (text.startsWith("[")) {
            return parseMem(text.substring(1, text.length() - 1));
        }
        if (text.startsWith("xmm")) {
            return Xmm.valueOf(text.toUpperCase(Locale.ROOT));
        }
        if (Character.isLowerCase(text.charAt(0))) {
            return Reg.valueOf(text.toUpperCase(Locale.ROOT));
        }
        if (Character.isUpperCase(text.charAt(0))) {
            return Cond.valueOf(text);
        }
        return Long.decode(text);
    }

    private static Mem parseMem(String text) {
        Reg base = null;
        Reg index = null;
        int scale = 1;
        int disp = 0;
        for (String part : text.split("\\+")) {
            String p = part.trim();
            if (p.contains("*")) {
                String[] indexScale = p.split("\\*");
                index = Reg.valueOf(indexScale[0].toUpperCase(Locale.ROOT));
                scale = Integer.parseInt(indexScale[1]);
            } else if (Character.isLetter(p.charAt(0))) {
                base = Reg.valueOf(p.toUpperCase(Locale.ROOT));
            } else {
                disp = Long.decode(p).intValue();
            }
        }
        return new Mem(base, index, scale, disp);
    }

    @Override
    public String toString() {
        return method + " " + Arrays.toString(operands.toArray());
    }
}
