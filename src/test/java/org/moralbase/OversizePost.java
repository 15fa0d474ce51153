package org.moralbase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test helper: posts a body of a given declared length straight to the server over a raw socket, writing it only
 * as fast as the server reads it, and reports the response and how many bytes the server took before answering.
 */
public final class OversizePost {

    /**
     * @param status the HTTP status, or 0 when the server closed without an answer
     * @param response the raw response (status line, headers, body)
     * @param bytesSent body bytes written before the answer came
     */
    public record Result(int status, String response, long bytesSent) {}

    private OversizePost() {}

    /** POSTs {@code start} followed by filler up to {@code length} body bytes. */
    public static Result post(int port, String path, Map<String, String> headers, byte[] start, long length)
            throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Content-Length: ").append(length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            AtomicLong sentAtAnswer = new AtomicLong(-1);
            Thread writer = new Thread(() -> {
                try {
                    out.write(start);
                    sent.addAndGet(start.length);
                    byte[] chunk = new byte[1 << 16];
                    Arrays.fill(chunk, (byte) 'x');
                    while (sent.get() < length) {
                        int n = (int) Math.min(chunk.length, length - sent.get());
                        out.write(chunk, 0, n);
                        sent.addAndGet(n);
                    }
                    out.flush();
                } catch (IOException closed) {
                    // the server stopped reading: what this helper is here to see
                }
            });
            writer.setDaemon(true);
            writer.start();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sentAtAnswer.compareAndSet(-1, sent.get());
                    answer.write(buffer, 0, n);
                    if (complete(answer.toString(StandardCharsets.UTF_8))) {
                        break;
                    }
                }
            } catch (IOException reset) {
                // the server may reset the connection after answering; keep what came
            }
            socket.close();
            writer.join(10_000);
            String text = answer.toString(StandardCharsets.UTF_8);
            int status = text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : 0;
            return new Result(status, text, sentAtAnswer.get() < 0 ? sent.get() : sentAtAnswer.get());
        }
    }

    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        int at = head.indexOf("content-length: ");
        if (at >= 0) {
            int stop = head.indexOf("\r\n", at);
            int length = Integer.parseInt(
                    head.substring(at + 16, stop < 0 ? head.length() : stop).strip());
            return text.getBytes(StandardCharsets.UTF_8).length - end - 4 >= length;
        }
        return head.contains("transfer-encoding: chunked") ? text.endsWith("0\r\n\r\n") : false;
    }
}
