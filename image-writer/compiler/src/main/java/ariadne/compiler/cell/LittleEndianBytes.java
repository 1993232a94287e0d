package ariadne.compiler.cell;

import java.io.ByteArrayOutputStream;

/** A growing buffer of little-endian fields, the byte order of every section the cell writer emits. */
final class LittleEndianBytes extends ByteArrayOutputStream {
    int position() {
        return size();
    }

    void putByte(int value) {
        write(value);
    }

    void putShort(int value) {
        write(value);
        write(value >>> 8);
    }

    void putInt(int value) {
        putShort(value);
        putShort(value >>> 16);
    }

    void putLong(long value) {
        putInt((int) value);
        putInt((int) (value >>> 32));
    }

    void alignTo(int boundary) {
        while (size() % boundary != 0) {
            write(0);
        }
    }
}
