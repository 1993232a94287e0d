package java.util;

/** Thrown by Formatter; the message is the JDK's. */
final class IllegalFormatArgumentIndexException extends IllegalFormatException {

    private final int index;

    IllegalFormatArgumentIndexException(int index) {
        this.index = index;
    }

    int getIndex() {
        return index;
    }

    public String getMessage() {
        return index == Integer.MIN_VALUE ? "Format argument index: (not representable as int)"
                : "Illegal format argument index = " + index;
    }
}
