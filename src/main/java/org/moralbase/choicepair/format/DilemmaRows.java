package org.moralbase.choicepair.format;

import org.moralbase.dataimport.ProblemLog;

/** The to_do and not_to_do rows gathered for one dilemma_idx, checked for correct pairing. */
final class DilemmaRows {

    private final String idx;
    private final String keyColumn;
    private ActionRow toDo;
    private ActionRow notToDo;

    DilemmaRows(String idx, String keyColumn) {
        this.idx = idx;
        this.keyColumn = keyColumn;
    }

    void add(ActionRow row, ProblemLog log) {
        boolean isToDo = row.type().equals(ActionRow.TO_DO);
        ActionRow existing = isToDo ? toDo : notToDo;
        if (existing != null) {
            log.add(row.row()
                    .problem(
                            DailyDilemmasFormat.TYPE,
                            "dilemma " + idx + " already has a " + row.type() + " row at line "
                                    + existing.row().line()));
        } else if (isToDo) {
            toDo = row;
        } else {
            notToDo = row;
        }
    }

    /** Logs a missing partner or a situation that differs between the two rows. */
    void check(ProblemLog log) {
        if (toDo == null || notToDo == null) {
            ActionRow present = toDo == null ? notToDo : toDo;
            String missing = toDo == null ? ActionRow.TO_DO : ActionRow.NOT_TO_DO;
            log.add(present.row().problem(keyColumn, "dilemma " + idx + " has no " + missing + " row"));
            return;
        }
        String situation = toDo.row().get(DailyDilemmasFormat.SITUATION);
        if (!situation.equals(notToDo.row().get(DailyDilemmasFormat.SITUATION))) {
            ActionRow later = toDo.row().line() > notToDo.row().line() ? toDo : notToDo;
            ActionRow earlier = later == toDo ? notToDo : toDo;
            log.add(later.row()
                    .problem(
                            DailyDilemmasFormat.SITUATION,
                            "differs from the " + earlier.type() + " row of dilemma " + idx + " at line "
                                    + earlier.row().line()));
        }
    }

    ActionRow toDo() {
        return toDo;
    }

    ActionRow notToDo() {
        return notToDo;
    }
}
