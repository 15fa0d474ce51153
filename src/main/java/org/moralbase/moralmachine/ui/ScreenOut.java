package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.html.Div;
import org.moralbase.moralmachine.MoralMachineSession;
import org.moralbase.participation.ui.PlatformReturn;

/** The way back to Prolific for a participant who ends early (no consent): the study's screen-out code. */
final class ScreenOut {

    private ScreenOut() {}

    static void addReturn(Div page, MoralMachineSession mm) {
        page.add(new PlatformReturn(
                mm.session().source(),
                PlatformReturn.Ending.SCREENED_OUT,
                mm.study().recruitment().screenOutCode(),
                mm.session().returnTo(),
                mm.session().externalSessionId()));
    }
}
