package org.moralbase.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** What a participant sees around a page: nothing but a centred column, no researcher chrome. */
@AnonymousAllowed
public class ParticipantLayout extends Main implements RouterLayout {

    public ParticipantLayout() {
        addClassName("mb-participant");
        setId("participant-layout");
    }
}
