package org.oa.web.interfaces.portal.servicecenter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.oa.core.claim.ClaimId;
import org.oa.core.claim.StoredClaim;
import org.oa.core.edit.EditFailure;
import org.oa.core.patient.PatientId;
import org.oa.core.practice.PracticeId;
import org.oa.web.application.clearinghouse.ClaimWork;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/**
 * The live check of the claim form: the page script posts the form's boxes while the biller types, and gets the
 * edit failures back as JSON, each with the box it belongs to. Stores nothing. Behind the portal access filter.
 */
@WebServlet(urlPatterns = "/service-center/claim-check")
public class ClaimCheckServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClaimWork claimWork;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedInUser user = SignedInUser.inPortalOf(request);
        if (user == null || user.practiceId() == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.setCharacterEncoding("UTF-8");
        PracticeId practice = user.practiceId();
        ClaimId id = ClaimId.random();
        PatientId patient = null;
        try {
            ClaimId given = new ClaimId(UUID.fromString(request.getParameter("claimId")));
            Optional<StoredClaim> stored = claimWork.find(practice, given);
            id = given;
            if (stored.isPresent()) {
                patient = stored.get().claim().patient().id();
            }
        } catch (IllegalArgumentException | NullPointerException noId) {
            // A new claim: checked under a fresh ID.
        }
        ClaimForm form = ClaimForm.of(request::getParameter);
        ClaimForm.Conversion c = form.toClaim(id, practice, patient);
        List<EditFailure> failures = c.claim() == null ? c.failures() : c.onForm(claimWork.check(c.claim()));
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (EditFailure f : failures) {
            String input = ClaimForm.inputFor(f.fieldPath());
            list.add(Json.createObjectBuilder().add("input", input == null ? "" : input).add("code", f.code())
                    .add("severity", f.severity().name()).add("field", f.fieldPath()).add("message", f.message())
                    .add("hint", f.hint()));
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder().add("total", form.getTotal()).add("failures", list)
                .build().toString());
    }
}
