package org.moralbase.study;

import com.vaadin.flow.component.Component;

/**
 * A researcher page of a kind of study.
 *
 * @param name a short stable name ("settings", "items", "results"): the study page's link has the id
 *     {@code study-<name>-link}
 * @param label the link's text
 * @param view the page; its route takes the study id as the parameter {@code id}
 * @param results whether this is where the study's results are (a run over its items links there)
 */
public record StudyPage(String name, String label, Class<? extends Component> view, boolean results) {

    /** A page that is not the results page. */
    public static StudyPage of(String name, String label, Class<? extends Component> view) {
        return new StudyPage(name, label, view, false);
    }

    /** The study's results page. */
    public static StudyPage results(String name, String label, Class<? extends Component> view) {
        return new StudyPage(name, label, view, true);
    }
}
