package ariadne.compiler.frontend;

import ariadne.compiler.abi.ValueKind;

/** An instance field at its offset from the object's start. */
public record FieldSlot(String owner, String name, String descriptor, ValueKind kind, int offset) {
}
