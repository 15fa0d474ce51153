package org.moralbase.choicepair;

/**
 * One item's model share beside the human share (the model's balanced runs pooled, unless asked otherwise).
 *
 * @param humanShareA share of decided people choosing A, or null
 * @param humanDecided people who chose A or B
 * @param modelShareA share of the model's parseable answers choosing A (both orders pooled), or null
 * @param parseable the model's answers naming A or B
 * @param unparseable the model's other answers
 * @param divergence KL(p_human ‖ q_model) in nats with q = (k + ½)/(n + 1), or null unless both sides answered
 * @param agrees whether both strict majorities are the same option; null if either side is tied or empty
 */
public record ItemModelShare(
        String itemKey,
        String model,
        Double humanShareA,
        int humanDecided,
        Double modelShareA,
        int parseable,
        int unparseable,
        Double divergence,
        Boolean agrees) {

    /** Model share minus people's share of A, or null unless both sides answered. */
    public Double difference() {
        return humanShareA == null || modelShareA == null ? null : modelShareA - humanShareA;
    }
}
