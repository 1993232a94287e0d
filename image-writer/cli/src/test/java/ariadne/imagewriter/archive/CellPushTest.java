package ariadne.imagewriter.archive;

import static org.junit.jupiter.api.Assertions.*;

import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CellPushTest {
    @Test
    void frameIsMagicLengthCellAndHash() {
        byte[] cell = {1, 2, 3};
        ByteBuffer frame = ByteBuffer.wrap(CellPush.frame(cell)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(CellPush.MAGIC, frame.getInt(0));
        assertEquals('A', frame.get(0));
        assertEquals(3, frame.getInt(4));
        assertArrayEquals(cell, Arrays.copyOfRange(frame.array(), 8, 11));
        assertEquals(CellPush.fnv1a(cell), frame.getInt(11));
    }

    @Test
    void fnv1aMatchesTheReferenceValues() {
        assertEquals(0x811c9dc5, CellPush.fnv1a(new byte[0]));
        assertEquals(0xe40c292c, CellPush.fnv1a("a".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(0xbf9cf968, CellPush.fnv1a("foobar".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void pushSendsTheFrameAndReturnsTheGuestsReply() throws Exception {
        byte[] cell = "a cell".getBytes(StandardCharsets.US_ASCII);
        AtomicReference<byte[]> received = new AtomicReference<>();
        try (ServerSocket guest = new ServerSocket(0)) {
            Thread fakeGuest = new Thread(() -> {
                try (Socket s = guest.accept()) {
                    byte[] frame = new byte[12 + cell.length];
                    new DataInputStream(s.getInputStream()).readFully(frame);
                    received.set(frame);
                    OutputStream out = s.getOutputStream();
                    out.write("PUSH OK swapped\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            fakeGuest.start();
            String reply = CellPush.push("127.0.0.1", guest.getLocalPort(), cell, Duration.ofSeconds(10));
            fakeGuest.join();
            assertEquals("PUSH OK swapped", reply);
            assertArrayEquals(CellPush.frame(cell), received.get());
        }
    }
}
