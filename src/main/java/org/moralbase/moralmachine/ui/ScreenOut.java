package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.html.Div;
import org.moralbase.moralmachine.MoralMachineSession;
import org.moralbase.participation.ui.PlatformReturn;

/** The way back to Prolific for a participant who ends early (no consent): the study's screen-out code. */
final class ScreenOut {

    private ScreenOut() {}

    static void addReturn(Div page, MoralMachineSession mm) {
        page.add(PlatformReturn.forSession(mm.session(), mm.study().recruitment(), PlatformReturn.Ending.SCREENED_OUT));
    }
}
