package org.moralbase.moralmachine.picture;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.moralbase.moralmachine.CharacterType;
import org.moralbase.moralmachine.Signal;

/**
 * An {@link OutcomeScene} written as a short file name, so a picture can be a cacheable file whose address says
 * all it shows: {@code s-g09-p12} is the car staying ({@code s}; {@code w} swerving), killing pedestrians under a
 * green light ({@code g}; {@code r} red, {@code n} none) who are a man and a large woman (one character each, the
 * {@link CharacterType} ordinal in base 36), and sparing the passengers ({@code p}) a woman and a pregnant woman.
 *
 * <p>{@link #VERSION} names the drawing: a digest of pictures covering every character, signal, maneuver and the
 * barrier, so any change to how they are drawn gives the pictures new addresses and browsers never keep an old one.
 */
public final class OutcomeCodes {

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final CharacterType[] TYPES = CharacterType.values();
    private static final int MAX_LENGTH = 2 * (2 + Group.MAX_CHARACTERS) + 1;

    /** The drawing's version: eight hex digits of the SHA-256 of sample pictures (after TYPES: it uses them). */
    public static final String VERSION = drawingVersion();

    private OutcomeCodes() {}

    /** The scene's code. */
    public static String code(OutcomeScene scene) {
        StringBuilder out = new StringBuilder(MAX_LENGTH);
        out.append(scene.maneuver() == Maneuver.STAY ? 's' : 'w');
        group(out.append('-'), scene.victims());
        group(out.append('-'), scene.spared());
        return out.toString();
    }

    /**
     * The scene of a code.
     *
     * @throws IllegalArgumentException naming what is wrong, if the text is not a code {@link #code} writes
     */
    public static OutcomeScene parse(String code) {
        if (code == null || code.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not a picture code");
        }
        String[] parts = code.split("-", -1);
        if (parts.length != 3 || !(parts[0].equals("s") || parts[0].equals("w"))) {
            throw new IllegalArgumentException("expected s|w-GROUP-GROUP, found '" + code + "'");
        }
        Maneuver maneuver = parts[0].equals("s") ? Maneuver.STAY : Maneuver.SWERVE;
        return new OutcomeScene(maneuver, group(parts[1]), group(parts[2]));
    }

    private static void group(StringBuilder out, Group group) {
        out.append(
                group.passengers()
                        ? 'p'
                        : switch (group.signal()) {
                            case NONE -> 'n';
                            case GREEN -> 'g';
                            case RED -> 'r';
                        });
        for (CharacterType type : group.characters()) {
            out.append(DIGITS.charAt(type.ordinal()));
        }
    }

    private static Group group(String text) {
        if (text.length() < 2) {
            throw new IllegalArgumentException("a group needs a kind and a character, found '" + text + "'");
        }
        List<CharacterType> characters = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            int ordinal = DIGITS.indexOf(text.charAt(i));
            if (ordinal < 0 || ordinal >= TYPES.length) {
                throw new IllegalArgumentException("unknown character '" + text.charAt(i) + "'");
            }
            characters.add(TYPES[ordinal]);
        }
        return switch (text.charAt(0)) {
            case 'p' -> new Group(characters, true, Signal.NONE);
            case 'n' -> new Group(characters, false, Signal.NONE);
            case 'g' -> new Group(characters, false, Signal.GREEN);
            case 'r' -> new Group(characters, false, Signal.RED);
            default -> throw new IllegalArgumentException("unknown group kind '" + text.charAt(0) + "'");
        };
    }

    private static String drawingVersion() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<CharacterType> all = List.of(TYPES);
            for (int from = 0; from < all.size(); from += Group.MAX_CHARACTERS) {
                List<CharacterType> some = all.subList(from, Math.min(all.size(), from + Group.MAX_CHARACTERS));
                Signal signal = Signal.values()[from / Group.MAX_CHARACTERS % Signal.values().length];
                for (Maneuver maneuver : Maneuver.values()) {
                    Group walkers = new Group(some, false, signal);
                    for (Group other :
                            List.of(new Group(some, true, Signal.NONE), new Group(some, false, Signal.RED))) {
                        OutcomeScene scene = new OutcomeScene(maneuver, walkers, other);
                        digest.update(OutcomePicture.render(scene, "").getBytes(StandardCharsets.UTF_8));
                        digest.update(
                                OutcomePicture.render(scene.opposite(), "").getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
