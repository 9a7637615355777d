package healthbot.studio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so a test can send any {@code Host} and {@code Origin} (the JDK's
 * client refuses to set {@code Host}) and bodies of any size.
 */
final class RawHttp {

    /** A status, the headers (names in lower case) and the body. */
    record Answer(int status, Map<String, String> headers, String body) {
        /** A header's value, or null; {@code name} in any case. */
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** The per-start token the studio's page carries, read as the page does; fails the test when missing. */
    String pageToken() throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"studio-token\" content=\"([0-9a-f]+)\"")
                .matcher(send("GET", "/", Map.of(), null).body());
        if (!m.find()) {
            throw new AssertionError("the studio page carries no studio-token meta tag");
        }
        return m.group(1);
    }

    Answer send(String method, String path, Map<String, String> headers, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Host", "127.0.0.1:" + port);
        h.putAll(headers);
        h.put("Connection", "close");
        if (body != null && !h.containsKey("Transfer-Encoding")) {
            h.putIfAbsent("Content-Length", Integer.toString(bytes.length));
        }
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            h.forEach((k, v) -> {
                if (v != null) {
                    head.append(k).append(": ").append(v).append("\r\n");
                }
            });
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            try {
                if ("chunked".equals(h.get("Transfer-Encoding"))) {
                    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes);
                    out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(bytes);
                }
                out.flush();
            } catch (IOException refusedEarly) {
                // the server may answer and close before reading a body it refuses
            }
            return read(s.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (IOException reset) {
            // a connection reset after the answer was sent still leaves the answer
        }
        String text = all.toString(StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            throw new IOException("no answer from the studio");
        }
        int status = Integer.parseInt(text.substring(9, 12));
        int bodyStart = text.indexOf("\r\n\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : text.substring(0, bodyStart < 0 ? text.length() : bodyStart).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return new Answer(status, headers, bodyStart < 0 ? "" : text.substring(bodyStart + 4));
    }
}
