package org.moralbase.study;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;

/**
 * A kind of study (Moral Machine, choice pairs, DVB, …), implemented once in the kind's own package and registered
 * as a Spring bean: everything the rest of the app needs to offer, open, show, ask and export a study of this kind
 * (decision 0012). The study list, the study page, the participant landing, the start-run dialog, the run page and
 * the downloads find kinds through {@link StudyKinds}; nothing outside the kind names it.
 */
public interface StudyKind {

    /**
     * The id stored with every study of this kind ({@code study.kind}), upper case with underscores; never changed
     * once studies exist.
     */
    String id();

    /** The name researchers see, e.g. "Moral Machine". */
    String label();

    /** One sentence for the "New study" dialog: what participants do. */
    String description();

    /** The researcher pages of a study of this kind, in menu order; each takes the route parameter {@code id}. */
    List<StudyPage> pages();

    /** The page a participant's session opens on; takes the route parameter {@code session} (the public id). */
    Class<? extends Component> participantPage();

    /** Why participants of this study would find nothing to answer, or empty when they would. */
    default Optional<String> openingProblem(long studyId) {
        return Optional.empty();
    }

    /** How models are asked this kind's items, or empty when they cannot be. */
    default Optional<ModelItems> modelItems() {
        return Optional.empty();
    }

    /**
     * Where one model run on a study of this kind is analysed (route parameter {@code id}: the run), or empty to
     * send the researcher to the study's results page.
     */
    default Optional<Class<? extends Component>> runPage() {
        return Optional.empty();
    }

    /** The files a researcher can download from this study (of this kind), in the order offered. */
    default List<StudyExport> exports(long studyId) {
        return List.of();
    }

    /**
     * The study's results as its results page computes them (records, or a list of them), for callers other than
     * that page (the REST API writes them as JSON); empty when the kind has none. The service behind it checks access.
     */
    default Optional<Object> results(long studyId) {
        return Optional.empty();
    }

    /**
     * How this kind's items are imported from files outside its items page (the REST API), or empty when its items
     * follow from its settings.
     */
    default Optional<ItemImport> itemImport() {
        return Optional.empty();
    }

    /** Where the kind keeps its attention checks' outcomes, for the monitor; empty for a kind without checks. */
    default Optional<AttentionTable> attentionChecks() {
        return Optional.empty();
    }

    /**
     * Copies the kind's own items of one study to a new draft duplicated from it (settings are copied by the study
     * feature; answers never are). Runs in the duplicate's transaction. Kinds whose items follow from the settings
     * (Moral Machine) have nothing to copy.
     *
     * @return how many items were copied, for the audit trail
     */
    default int copyItems(long fromStudyId, long toStudyId) {
        return 0;
    }
}
