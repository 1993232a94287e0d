package ariadne.compiler.abi;

/** Runtime routines compiled code calls (docs/ABI.md, "Runtime entry points"). */
public enum RuntimeEntry {
    ALLOCATE_OBJECT("ariadne.runtime.Allocator.allocateObject(Lariadne/magic/Address;I)Ljava/lang/Object;", 2),
    ALLOCATE_ARRAY("ariadne.runtime.Allocator.allocateArray(Lariadne/magic/Address;II)Ljava/lang/Object;", 3),
    NULL_POINTER("ariadne.runtime.Throws.nullPointer()V", 0),
    ARRAY_INDEX("ariadne.runtime.Throws.arrayIndex(II)V", 2),
    DIVIDE_BY_ZERO("ariadne.runtime.Throws.divideByZero()V", 0),
    NEGATIVE_ARRAY_SIZE("ariadne.runtime.Throws.negativeArraySize(I)V", 1),
    CLASS_CAST("ariadne.runtime.Throws.classCast(Ljava/lang/Object;Lariadne/magic/Address;)V", 2),
    ARRAY_STORE("ariadne.runtime.Throws.arrayStore(Ljava/lang/Object;)V", 1),
    /** (from TIB, to TIB) → whether a value of type from may be stored where to is expected. */
    IS_ASSIGNABLE("ariadne.base.TypeCheck.isAssignable(Lariadne/magic/Address;Lariadne/magic/Address;)Z", 2),
    RAISE("ariadne.runtime.Throws.raise(Ljava/lang/Throwable;)V", 1),
    /** (TIB, what a class's initialisation threw) → the error its guard throws; marks the class failed. */
    INITIALIZER_FAILED("ariadne.runtime.InitializerFailures.failed(Lariadne/magic/Address;Ljava/lang/Throwable;)"
            + "Ljava/lang/Throwable;", 2),
    /** (TIB) → NoClassDefFoundError for a class whose initialisation failed before; never returns. */
    ERRONEOUS_CLASS("ariadne.runtime.InitializerFailures.erroneous(Lariadne/magic/Address;)V", 1),
    /**
     * (TIB, state byte's address) → 1: the caller initialises the class (now running, owned by it);
     * 0: done, or the caller's own initialisation in progress. Waits while another task initialises
     * it; throws NoClassDefFoundError when erroneous.
     */
    CLASS_INIT_BEGIN("ariadne.runtime.ClassInitialisation.begin(Lariadne/magic/Address;Lariadne/magic/Address;)I", 2),
    /** (TIB) after the guard marked the class done or erroneous: drops the owner, wakes waiting tasks. */
    CLASS_INIT_END("ariadne.runtime.ClassInitialisation.end(Lariadne/magic/Address;)V", 1),
    /** (non-null object) takes its monitor, waiting while another task holds it. */
    MONITOR_ENTER("ariadne.runtime.Monitors.enter(Ljava/lang/Object;)V", 1),
    /** (non-null object) drops one hold of its monitor; IllegalMonitorStateException if not held. */
    MONITOR_EXIT("ariadne.runtime.Monitors.exit(Ljava/lang/Object;)V", 1);

    private final String symbol;
    private final int argumentCount;

    RuntimeEntry(String symbol, int argumentCount) {
        this.symbol = symbol;
        this.argumentCount = argumentCount;
    }

    public String symbol() {
        return symbol;
    }

    /** Number of one-slot arguments the caller pushes. */
    public int argumentCount() {
        return argumentCount;
    }
}
