package org.moralbase.moralmachine.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compare view's address: {@code /models/compare?study=12&run=3&run=5} names the baseline study (none: Awad
 * 2018) and the runs, so a comparison can be shared and reopened. What cannot be read is said in words, never an
 * error page: a value that is not a number, a second study, a parameter the page does not read.
 */
record CompareAddress(Long studyId, List<Long> runIds, List<String> problems) {

    static final String STUDY = "study";
    static final String RUN = "run";

    /** Reads the query of an address; the ids are not checked here (the view knows which exist). */
    static CompareAddress read(Map<String, List<String>> query) {
        List<String> problems = new ArrayList<>();
        for (String name : query.keySet()) {
            if (!Set.of(STUDY, RUN).contains(name)) {
                problems.add("The address has '" + name + "', which this page does not read (it reads study and"
                        + " run); it is left out.");
            }
        }
        List<Long> studies = ids(STUDY, query.getOrDefault(STUDY, List.of()), problems);
        if (studies.size() > 1) {
            problems.add("The address names " + studies.size() + " studies; one baseline is shown: study "
                    + studies.getFirst() + ".");
        }
        List<Long> runs = ids(RUN, query.getOrDefault(RUN, List.of()), problems).stream()
                .distinct()
                .sorted()
                .toList();
        return new CompareAddress(studies.isEmpty() ? null : studies.getFirst(), runs, List.copyOf(problems));
    }

    /** The query that names this baseline study (null: Awad 2018) and these runs. */
    static QueryParameters query(Long studyId, List<Long> runIds) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (studyId != null) {
            params.put(STUDY, List.of(String.valueOf(studyId)));
        }
        if (!runIds.isEmpty()) {
            params.put(RUN, runIds.stream().sorted().map(String::valueOf).toList());
        }
        return new QueryParameters(params);
    }

    private static List<Long> ids(String name, List<String> values, List<String> problems) {
        List<Long> out = new ArrayList<>();
        for (String v : values) {
            try {
                long id = Long.parseLong(v.strip());
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                out.add(id);
            } catch (NumberFormatException e) {
                problems.add("The address has " + name + "=" + shorten(v) + ", which is not a " + name
                        + " number; it is left out.");
            }
        }
        return out;
    }

    private static String shorten(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
