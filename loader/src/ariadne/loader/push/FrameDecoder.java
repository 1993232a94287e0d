package ariadne.loader.push;

/**
 * Reassembles one pushed cell from a byte stream. A frame is, little-endian: the magic
 * {@code "ACEL"}, a u32 length, that many bytes of cell object, and the u32 FNV-1a hash of
 * those bytes. A bad magic, an oversized length or a wrong hash drops the frame and says why;
 * the decoder then waits for the next magic.
 */
public final class FrameDecoder {
    public static final int MAGIC = 0x4c454341;
    /** Largest cell a push may carry. */
    public static final int MAX_LENGTH = 16 << 20;

    private static final int MAGIC_FIELD = 0;
    private static final int LENGTH_FIELD = 1;
    private static final int PAYLOAD = 2;
    private static final int CHECKSUM_FIELD = 3;

    private int state = MAGIC_FIELD;
    private int field;
    private int fieldBytes;
    private byte[] payload;
    private int received;
    private int hash;
    private String problem;

    /**
     * Takes one byte; returns the cell object when this byte completes a verified frame, else
     * null (see {@link #problem} after a dropped frame).
     */
    public byte[] accept(int b) {
        if (state == PAYLOAD) {
            payload[received++] = (byte) b;
            hash = Fnv1a.add(hash, b);
            if (received == payload.length) {
                startField(CHECKSUM_FIELD);
            }
            return null;
        }
        field |= (b & 0xff) << (8 * fieldBytes);
        fieldBytes++;
        if (fieldBytes < 4) {
            return null;
        }
        return fieldDone();
    }

    /** Why the last frame was dropped, or null. */
    public String problem() {
        return problem;
    }

    private byte[] fieldDone() {
        if (state == MAGIC_FIELD) {
            if (field == MAGIC) {
                startField(LENGTH_FIELD);
            } else {
                // slide by one byte: the magic may start anywhere in the stream
                field >>>= 8;
                fieldBytes = 3;
            }
            return null;
        }
        if (state == LENGTH_FIELD) {
            if (field <= 0 || field > MAX_LENGTH) {
                return drop("frame length " + Integer.toUnsignedString(field) + " out of range");
            }
            payload = new byte[field];
            received = 0;
            hash = Fnv1a.OFFSET_BASIS;
            state = PAYLOAD;
            return null;
        }
        if (field != hash) {
            return drop("checksum mismatch (sent " + Integer.toHexString(field) + ", computed "
                    + Integer.toHexString(hash) + ")");
        }
        byte[] cell = payload;
        payload = null;
        problem = null;
        startField(MAGIC_FIELD);
        return cell;
    }

    private byte[] drop(String why) {
        problem = why;
        payload = null;
        startField(MAGIC_FIELD);
        return null;
    }

    private void startField(int next) {
        state = next;
        field = 0;
        fieldBytes = 0;
    }
}
