package java.lang.invoke;

/** The bootstrap javac names for lambdas; the image writer replaces every such call site. */
public final class LambdaMetafactory {

    public static final int FLAG_SERIALIZABLE = 1 << 0;
    public static final int FLAG_MARKERS = 1 << 1;
    public static final int FLAG_BRIDGES = 1 << 2;

    private LambdaMetafactory() {
    }

    public static CallSite metafactory(MethodHandles.Lookup caller, String interfaceMethodName,
            MethodType factoryType, MethodType interfaceMethodType, MethodHandle implementation,
            MethodType dynamicMethodType) throws LambdaConversionException {
        throw new LambdaConversionException("invokedynamic is lowered at build time in Ariadne");
    }

    public static CallSite altMetafactory(MethodHandles.Lookup caller, String interfaceMethodName,
            MethodType factoryType, Object... args) throws LambdaConversionException {
        throw new LambdaConversionException("invokedynamic is lowered at build time in Ariadne");
    }
}
