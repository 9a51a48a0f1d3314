package org.oa.web.interfaces.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import org.oa.web.interfaces.portal.frame.AccessRefused;

/**
 * Turns two failures of a page request into answers a user can act on. A page bean that refuses the session
 * ({@link AccessRefused}, see {@code PortalPage}) gives the 403 page. A form whose view can no longer be restored (open too long, sent twice, or a made-up view state) is answered by
 * opening the same page afresh: nothing of the form is carried out, no error page is shown, and the access filter
 * sends a visitor whose session ended to the login page. The container's error-page mapping cannot do this,
 * because the exception reaches it wrapped.
 */
public class PageFailureHandlerFactory extends ExceptionHandlerFactory {

    public PageFailureHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                while (thrown != null && !(thrown instanceof ViewExpiredException)
                        && !(thrown instanceof AccessRefused)) {
                    thrown = thrown.getCause();
                }
                if (thrown instanceof AccessRefused) {
                    events.remove();
                    FacesContext faces = FacesContext.getCurrentInstance();
                    try {
                        faces.getExternalContext().responseReset();
                        faces.getExternalContext().responseSendError(403, null);
                    } catch (IOException | IllegalStateException e) {
                        // Already committed: what was written stops here; the bean gave out nothing.
                    }
                    faces.responseComplete();
                } else if (thrown instanceof ViewExpiredException expired) {
                    events.remove();
                    FacesContext faces = FacesContext.getCurrentInstance();
                    ExternalContext external = faces.getExternalContext();
                    try {
                        external.redirect(external.getRequestContextPath() + expired.getViewId());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    faces.responseComplete();
                }
            }
            getWrapped().handle();
        }
    }
}
