package org.moralbase.questionnaire.format;

/**
 * One item of an item bank as read from its file.
 *
 * @param key the item's id
 * @param text what the participant reads
 * @param scale the scale it is answered on
 * @param subscale the subscale it is scored in, or null for an attention item
 * @param reverse whether it is reverse-keyed (scored min + max − value)
 * @param block the block it is shuffled within, or null for the file's default block
 * @param attentionPoint for an instructed-response attention item the point the participant must choose, else null
 */
public record ItemRow(
        String key, String text, Scale scale, String subscale, boolean reverse, String block, Integer attentionPoint) {

    /** Whether this is an attention item (never scored). */
    public boolean attention() {
        return attentionPoint != null;
    }
}
