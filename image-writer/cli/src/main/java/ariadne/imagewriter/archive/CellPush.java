package ariadne.imagewriter.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Pushes a freshly compiled cell into a running Ariadne: the cell object goes, framed, over a
 * TCP socket that QEMU connects to the guest's push port (its third serial port, COM3), and the
 * guest answers with one line ({@code PUSH OK ...}, {@code PUSH REFUSED ...} or
 * {@code PUSH DROPPED ...}). Frame, little-endian: {@code "ACEL"}, u32 length, the cell, u32
 * FNV-1a hash of the cell (the in-OS side is ariadne.loader.push.FrameDecoder).
 *
 * <pre>java ... ariadne.imagewriter.archive.CellPush HOST:PORT build/cells/counter-v2.cell</pre>
 */
public final class CellPush {
    public static final int MAGIC = 0x4c454341;
    private static final int FNV_OFFSET_BASIS = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private CellPush() {
    }

    /** The frame that carries {@code cell}. */
    public static byte[] frame(byte[] cell) {
        ByteBuffer frame = ByteBuffer.allocate(12 + cell.length).order(ByteOrder.LITTLE_ENDIAN);
        frame.putInt(MAGIC).putInt(cell.length).put(cell).putInt(fnv1a(cell));
        return frame.array();
    }

    static int fnv1a(byte[] bytes) {
        int hash = FNV_OFFSET_BASIS;
        for (byte b : bytes) {
            hash = (hash ^ (b & 0xff)) * FNV_PRIME;
        }
        return hash;
    }

    /** Connects (retrying until {@code timeout}), sends {@code cell} and returns the guest's reply line. */
    public static String push(String host, int port, byte[] cell, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Socket socket = connect(host, port, deadline)) {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            OutputStream out = socket.getOutputStream();
            out.write(frame(cell));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String line = in.readLine();
            if (line == null) {
                throw new IOException("the guest closed the push port without answering");
            }
            return line;
        }
    }

    private static Socket connect(String host, int port, long deadline) throws IOException {
        while (true) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(host, port), 1000);
                return socket;
            } catch (IOException e) {
                socket.close();
                if (System.nanoTime() > deadline) {
                    throw new IOException("cannot reach the push port at " + host + ":" + port + ": " + e.getMessage(), e);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while connecting", interrupted);
                }
            }
        }
    }

    /** {@code CellPush HOST:PORT CELL-FILE}: exit status 0 when the guest swapped the cell in. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[0].contains(":")) {
            System.err.println("usage: CellPush HOST:PORT CELL-FILE");
            System.exit(2);
        }
        String host = args[0].substring(0, args[0].lastIndexOf(':'));
        int port = Integer.parseInt(args[0].substring(args[0].lastIndexOf(':') + 1));
        String reply = push(host, port, Files.readAllBytes(Path.of(args[1])), Duration.ofSeconds(30));
        System.out.println(reply);
        System.exit(reply.startsWith("PUSH OK") ? 0 : 1);
    }
}
