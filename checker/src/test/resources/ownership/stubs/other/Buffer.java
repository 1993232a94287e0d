package other;

/** A mutable object of another cell. */
public final class Buffer {
    public int[] bytes = new int[16];
    public int length;
}
