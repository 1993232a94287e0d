package other;

import ariadne.magic.Address;

/** A class of another cell that this cell's classes extend and call with addresses. */
public class Device {
    protected Device(Buffer buffer) {}

    public static Address map(Address physical) {
        return physical;
    }
}
