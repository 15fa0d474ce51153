package org.moralbase.participation;

/**
 * An answer from another platform's data file, for {@link ImportedResponses}.
 *
 * @param participant the file's participant id (e.g. {@code UserID}); one session is made per participant,
 *     and answers get positions 1, 2, … per participant in the order given
 * @param device the device or template, at most 16 characters (e.g. {@code desktop})
 * @param itemKey a stable key of the item
 * @param shown what was shown, as the study kind records it (JSON)
 * @param choice what was chosen
 */
public record ImportedResponse(String participant, String device, String itemKey, String shown, String choice) {}
