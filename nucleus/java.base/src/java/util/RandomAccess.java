package java.util;

/** Marks lists whose get(int) is fast, so algorithms may index rather than iterate. */
public interface RandomAccess {
}
