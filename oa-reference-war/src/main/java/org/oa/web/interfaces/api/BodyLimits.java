package org.oa.web.interfaces.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.ws.rs.core.Response;

/**
 * Limits on API request bodies, checked before anything is parsed or stored: size ({@code oa.api.max-body-bytes},
 * default 20 MiB), X12 text where X12 is expected, and JSON nesting depth. Stateless and thread-safe.
 */
final class BodyLimits {

    /** Default of {@code oa.api.max-body-bytes}: 20 MiB, some tens of thousands of claims. */
    static final String DEFAULT_MAX_BODY_BYTES = "20971520";

    /** Deepest JSON nesting a claims body may have; the documented shape needs 4. */
    static final int MAX_JSON_DEPTH = 16;

    private BodyLimits() {
    }

    /**
     * Reads the body, but never more than {@code max} + 1 bytes: a result longer than {@code max} means the body is
     * over the limit (the rest is not read).
     */
    static byte[] readAtMost(InputStream body, int max) {
        try {
            return body.readNBytes(max + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    /** The 413 answer for a body over {@code max} bytes. */
    static Response tooLarge(int max) {
        return ApiError.response(413, "too_large", "The body is larger than " + max + " bytes; send the claims in "
                + "smaller files.");
    }

    /**
     * Whether a body can be an X12 interchange: after optional leading white space (and a UTF-8 byte order mark)
     * it starts with {@code ISA}, and it holds no NUL byte. Delimiters may be any other byte, control characters
     * included, so nothing else is ruled out here; the reader judges the rest.
     */
    static boolean looksLikeX12(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < body.length && (body[i] == ' ' || body[i] == '\r' || body[i] == '\n' || body[i] == '\t')) {
            i++;
        }
        if (body.length - i < 3 || body[i] != 'I' || body[i + 1] != 'S' || body[i + 2] != 'A') {
            return false;
        }
        for (byte b : body) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether arrays and objects in {@code json} nest deeper than {@code max}; brackets inside strings do not count. */
    static boolean nestingDeeperThan(String json, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > max) {
                    return true;
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return false;
    }
}
