package org.moralbase.moralmachine.format;

import java.util.ArrayList;
import java.util.List;
import org.moralbase.moralmachine.CharacterType;

/** The 41 column names of {@code SharedResponses.csv}, in file order (methods §1.5). */
public final class SharedResponsesColumns {
    /** {@code ResponseID}: shared by a scenario's two rows. */
    public static final String RESPONSE_ID = "ResponseID";
    /** {@code ExtendedSessionID}. */
    public static final String EXTENDED_SESSION_ID = "ExtendedSessionID";
    /** {@code UserID}: the respondent, the default clustering unit. */
    public static final String USER_ID = "UserID";
    /** {@code ScenarioOrder}: 1–13 within a session. */
    public static final String SCENARIO_ORDER = "ScenarioOrder";
    /** {@code Intervention}. */
    public static final String INTERVENTION = "Intervention";
    /** {@code PedPed}. */
    public static final String PED_PED = "PedPed";
    /** {@code Barrier}. */
    public static final String BARRIER = "Barrier";
    /** {@code CrossingSignal}. */
    public static final String CROSSING_SIGNAL = "CrossingSignal";
    /** {@code AttributeLevel}. */
    public static final String ATTRIBUTE_LEVEL = "AttributeLevel";
    /** {@code ScenarioTypeStrict}. */
    public static final String SCENARIO_TYPE_STRICT = "ScenarioTypeStrict";
    /** {@code ScenarioType}. */
    public static final String SCENARIO_TYPE = "ScenarioType";
    /** {@code DefaultChoice}. */
    public static final String DEFAULT_CHOICE = "DefaultChoice";
    /** {@code NonDefaultChoice}. */
    public static final String NON_DEFAULT_CHOICE = "NonDefaultChoice";
    /** {@code DefaultChoiceIsOmission}. */
    public static final String DEFAULT_CHOICE_IS_OMISSION = "DefaultChoiceIsOmission";
    /** {@code NumberOfCharacters}. */
    public static final String NUMBER_OF_CHARACTERS = "NumberOfCharacters";
    /** {@code DiffNumberOFCharacters} (sic: capital OF, as in the data). */
    public static final String DIFF_NUMBER_OF_CHARACTERS = "DiffNumberOFCharacters";
    /** {@code Saved}. */
    public static final String SAVED = "Saved";
    /** {@code Template}. */
    public static final String TEMPLATE = "Template";
    /** {@code DescriptionShown}. */
    public static final String DESCRIPTION_SHOWN = "DescriptionShown";
    /** {@code LeftHand}. */
    public static final String LEFT_HAND = "LeftHand";
    /** {@code UserCountry3}. */
    public static final String USER_COUNTRY3 = "UserCountry3";

    /** The first 21 columns, before the character counts. */
    public static final List<String> SCENARIO_COLUMNS = List.of(
            RESPONSE_ID,
            EXTENDED_SESSION_ID,
            USER_ID,
            SCENARIO_ORDER,
            INTERVENTION,
            PED_PED,
            BARRIER,
            CROSSING_SIGNAL,
            ATTRIBUTE_LEVEL,
            SCENARIO_TYPE_STRICT,
            SCENARIO_TYPE,
            DEFAULT_CHOICE,
            NON_DEFAULT_CHOICE,
            DEFAULT_CHOICE_IS_OMISSION,
            NUMBER_OF_CHARACTERS,
            DIFF_NUMBER_OF_CHARACTERS,
            SAVED,
            TEMPLATE,
            DESCRIPTION_SHOWN,
            LEFT_HAND,
            USER_COUNTRY3);

    /** All 41 columns in order. */
    public static final List<String> ALL = all();

    /** The missing-value marker written for absent values ({@code NA}, as R writes it). */
    public static final String NA = "NA";

    private SharedResponsesColumns() {}

    private static List<String> all() {
        List<String> all = new ArrayList<>(SCENARIO_COLUMNS);
        for (CharacterType t : CharacterType.values()) {
            all.add(t.column());
        }
        return List.copyOf(all);
    }
}
