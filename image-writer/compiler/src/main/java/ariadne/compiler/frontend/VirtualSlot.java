package ariadne.compiler.frontend;

/**
 * One vtable entry: the method signature it dispatches and the class whose code fills it for
 * this type ({@code implementation} is null while the method is abstract).
 */
public record VirtualSlot(String name, String descriptor, ResolvedMethod implementation) {
    public boolean matches(String otherName, String otherDescriptor) {
        return name.equals(otherName) && descriptor.equals(otherDescriptor);
    }
}
