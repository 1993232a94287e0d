package java.lang.invoke;

public final class MethodType implements java.io.Serializable {

    private MethodType() {
    }
}
