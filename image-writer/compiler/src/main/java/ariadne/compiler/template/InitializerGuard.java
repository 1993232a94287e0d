package ariadne.compiler.template;

import ariadne.compiler.abi.RuntimeEntry;
import ariadne.compiler.abi.Symbols;
import ariadne.compiler.abi.ValueKind;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * The generated {@code pkg.Cls.<clinit-guard>()V} (docs/ABI.md, "Class initialisation"),
 * written with the ISA-neutral emitter calls: JLS 12.4.2 on one CPU. The state byte is
 * 0 uninitialised, 1 running (a recursive request returns at once), 2 done, 3 erroneous.
 * <pre>
 *   state 2 or 1: return
 *   state 3:      throw NoClassDefFoundError "Could not initialize class X"      (step 5)
 *   state := 1; prerequisite guards       a throw: state := 3, rethrown as it is  (step 7)
 *   &lt;clinit&gt;                               a throw: state := 3, an Error as it is,
 *                                           anything else in ExceptionInInitializerError (10-12)
 *   state := 2
 * </pre>
 * The runtime remembers what each failed class threw, so the later NoClassDefFoundError
 * carries HotSpot's cause.
 */
public final class InitializerGuard {
    static final byte RUNNING = 1;
    static final byte DONE = 2;
    static final byte ERRONEOUS = 3;

    private InitializerGuard() {
    }

    /**
     * @param className          internal name of the class
     * @param prerequisiteGuards guard symbols to call first (superclass, superinterfaces)
     */
    public static CompiledMethod compile(String className, String sourcePath, List<String> prerequisiteGuards,
                                         BytecodeEmitter e) {
        String state = Symbols.clinitState(className);
        String type = Symbols.type(className);
        int begin = 0;
        int erroneous = 1;
        int done = 2;
        int failed = 3;

        MethodNode shape = new MethodNode(Opcodes.ACC_STATIC, "<clinit-guard>", "()V", null, null);
        e.beginMethod(FrameLayout.of(shape));
        e.getStatic(state, ValueKind.BYTE);
        e.switchOnKey(new int[] {0, ERRONEOUS}, new int[] {begin, erroneous}, done);

        e.bind(erroneous);
        e.pushSymbolAddress(type);
        e.callDirect(RuntimeEntry.ERRONEOUS_CLASS.symbol(), 1, false);
        e.returnVoid(); // not reached: the call throws

        e.bind(begin);
        setState(e, state, RUNNING);
        int tryStart = e.codeOffset();
        for (String guard : prerequisiteGuards) {
            e.callDirect(guard, 0, false);
        }
        e.callDirect(Symbols.method(className, "<clinit>", "()V"), 0, false);
        int tryEnd = e.codeOffset();
        setState(e, state, DONE);
        e.bind(done);
        e.returnVoid();

        // The handler finds the exception pushed as its operand stack. A prerequisite's failure
        // is always an Error already (its own guard wrapped it), so the runtime passes it on as it is.
        int handler = e.codeOffset();
        e.bind(failed); // a join point like any handler's: the exception arrives on the machine stack
        setState(e, state, ERRONEOUS);
        e.pushSymbolAddress(type);
        e.swap();
        e.callDirect(RuntimeEntry.INITIALIZER_FAILED.symbol(), 2, true);
        e.throwException();

        return new CompiledMethod(Symbols.clinitGuard(className), sourcePath, e.finish(), List.of(),
                List.of(new HandlerEntry(tryStart, tryEnd, handler, null)), 0);
    }

    private static void setState(BytecodeEmitter e, String state, byte value) {
        e.pushInt(value);
        e.putStatic(state, ValueKind.BYTE);
    }
}
