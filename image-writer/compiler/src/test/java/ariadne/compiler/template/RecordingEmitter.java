package ariadne.compiler.template;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A {@link BytecodeEmitter} that records the template calls as text, e.g. {@code storeMemory(LONG, false)}. */
final class RecordingEmitter {
    final List<String> calls = new ArrayList<>();
    final BytecodeEmitter emitter = (BytecodeEmitter) Proxy.newProxyInstance(
            BytecodeEmitter.class.getClassLoader(), new Class<?>[] {BytecodeEmitter.class}, (proxy, method, args) -> {
                if (method.getName().equals("finish")) {
                    return new MachineCode(new byte[0], List.of());
                }
                if (method.getName().equals("codeOffset")) {
                    return 0;
                }
                if (!method.getName().equals("beginMethod") && !method.getName().equals("bind")) {
                    calls.add(method.getName() + "(" + (args == null ? "" : Arrays.stream(args)
                            .map(RecordingEmitter::text).collect(Collectors.joining(", "))) + ")");
                }
                return null;
            });

    private static String text(Object argument) {
        return argument instanceof int[] ints ? Arrays.toString(ints) : String.valueOf(argument);
    }
}
