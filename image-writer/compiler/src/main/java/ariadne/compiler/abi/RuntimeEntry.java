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
    ERRONEOUS_CLASS("ariadne.runtime.InitializerFailures.erroneous(Lariadne/magic/Address;)V", 1);

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
