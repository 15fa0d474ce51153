package org.moralbase.models;

/**
 * What an import of model answers stored.
 *
 * @param models the models whose answers were stored (one imported run each)
 * @param answers the answers stored, unreadable ones included
 * @param replaced earlier imports of the same models on the same study that were replaced
 */
public record ImportSummary(int models, int answers, int replaced) {

    /** What the researcher reads after the import, e.g. "Stored 6 answers of 2 models, replacing 1 earlier import." */
    public String sentence() {
        return "Stored " + counted(answers, "answer") + " of " + counted(models, "model")
                + (replaced > 0 ? ", replacing " + counted(replaced, "earlier import") : "") + ".";
    }

    private static String counted(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
