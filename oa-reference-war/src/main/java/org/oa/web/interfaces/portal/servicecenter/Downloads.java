package org.oa.web.interfaces.portal.servicecenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletResponse;

/** Sends a stored text document (an X12 file or a report) as a download. */
final class Downloads {

    private Downloads() {
    }

    /** Streams {@code file} as a plain-text attachment named {@code name}. */
    static void sendText(HttpServletResponse response, Path file, String name) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }
}
