package org.moralbase.choicepair;

/**
 * One item's model share beside the human share.
 *
 * @param humanShareA share of decided people choosing A, or null
 * @param humanDecided people who chose A or B
 * @param modelShareA share of the model's parseable answers choosing A (both orders pooled), or null
 * @param parseable the model's answers naming A or B
 * @param unparseable the model's other answers
 * @param crossEntropy H(p_human, q_model) in nats with q = (k+1)/(n+2), or null unless both sides answered
 */
public record ItemModelShare(
        String itemKey,
        String model,
        Double humanShareA,
        int humanDecided,
        Double modelShareA,
        int parseable,
        int unparseable,
        Double crossEntropy) {}
