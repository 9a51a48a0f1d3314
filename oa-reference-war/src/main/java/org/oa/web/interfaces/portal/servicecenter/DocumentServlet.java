package org.oa.web.interfaces.portal.servicecenter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.oa.core.submission.SubmissionFileId;
import org.oa.web.application.clearinghouse.ClaimSubmissions;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/**
 * Downloads a document answering a submission file ({@code documents/<file id>/<name>}): File Summary, 999,
 * TA1 or 277CA, of the signed-in user's practice only. Behind the portal access filter.
 */
@WebServlet(urlPatterns = "/service-center/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClaimSubmissions submissions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedInUser user = SignedInUser.inPortalOf(request);
        String path = request.getPathInfo();
        if (user == null || user.practiceId() == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String[] parts = path == null ? new String[0] : path.substring(1).split("/", -1);
        Optional<Path> document = Optional.empty();
        if (parts.length == 2) {
            try {
                document = submissions.document(user.practiceId(),
                        new SubmissionFileId(UUID.fromString(parts[0])), parts[1]);
            } catch (IllegalArgumentException malformed) {
                document = Optional.empty();
            }
        }
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.sendText(response, document.get(), parts[1]);
    }
}
