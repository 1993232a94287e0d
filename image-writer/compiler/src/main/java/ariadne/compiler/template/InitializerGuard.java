package ariadne.compiler.template;

import ariadne.compiler.abi.RuntimeEntry;
import ariadne.compiler.abi.Symbols;
import ariadne.compiler.abi.ValueKind;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * The generated {@code pkg.Cls.<clinit-guard>()V} (docs/ABI.md, "Class initialisation"),
 * written with the ISA-neutral emitter calls: JLS 12.4.2. The state byte is 0 uninitialised,
 * 1 running, 2 done, 3 erroneous. Only a state other than 2 calls the runtime, which decides
 * with the task switch masked (ariadne.runtime.ClassInitialisation): the owner's recursive request
 * returns, another task's waits until the state leaves 1.
 * <pre>
 *   state 2:      return
 *   begin(type, &amp;state) = 0: return        done, or running and owned by the caller    (steps 2-4)
 *                          throws         erroneous: NoClassDefFoundError             (step 5)
 *                          = 1            it was 0: now 1, owned by the caller         (step 6)
 *   prerequisite guards                   a throw: state := 3, end, rethrown as it is  (step 7)
 *   &lt;clinit&gt;                               a throw: state := 3, end, an Error as it is,
 *                                           anything else in ExceptionInInitializerError (10-12)
 *   state := 2; end(type)                 end drops the owner and wakes the waiters    (step 9)
 * </pre>
 * The runtime remembers what each failed class threw, so the later NoClassDefFoundError
 * carries HotSpot's cause.
 */
public final class InitializerGuard {
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
        int done = 0;
        int failed = 1;

        MethodNode shape = new MethodNode(Opcodes.ACC_STATIC, "<clinit-guard>", "()V", null, null);
        e.beginMethod(FrameLayout.of(shape));
        e.getStatic(state, ValueKind.BYTE);
        e.pushInt(DONE);
        e.branchIfIntCompare(Condition.EQ, done);

        e.pushSymbolAddress(type);
        e.pushSymbolAddress(state);
        e.callDirect(RuntimeEntry.CLASS_INIT_BEGIN.symbol(), 2, true);
        e.branchIfZeroCompare(Condition.EQ, done);

        int tryStart = e.codeOffset();
        for (String guard : prerequisiteGuards) {
            e.callDirect(guard, 0, false);
        }
        e.callDirect(Symbols.method(className, "<clinit>", "()V"), 0, false);
        int tryEnd = e.codeOffset();
        setState(e, state, DONE);
        e.pushSymbolAddress(type);
        e.callDirect(RuntimeEntry.CLASS_INIT_END.symbol(), 1, false);
        e.bind(done);
        e.returnVoid();

        // The handler finds the exception pushed as its operand stack. A prerequisite's failure
        // is always an Error already (its own guard wrapped it), so the runtime passes it on as it is.
        int handler = e.codeOffset();
        e.bind(failed); // a join point like any handler's: the exception arrives on the machine stack
        setState(e, state, ERRONEOUS);
        e.pushSymbolAddress(type);
        e.callDirect(RuntimeEntry.CLASS_INIT_END.symbol(), 1, false);
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
