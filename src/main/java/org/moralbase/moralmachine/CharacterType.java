package org.moralbase.moralmachine;

/**
 * The 20 Moral Machine character types, in the column order of {@code SharedResponses.csv} (methods §1.2).
 * {@link #column()} is the exact column name.
 */
public enum CharacterType {
    MAN("Man"),
    WOMAN("Woman"),
    PREGNANT("Pregnant"),
    STROLLER("Stroller"),
    OLD_MAN("OldMan"),
    OLD_WOMAN("OldWoman"),
    BOY("Boy"),
    GIRL("Girl"),
    HOMELESS("Homeless"),
    LARGE_WOMAN("LargeWoman"),
    LARGE_MAN("LargeMan"),
    CRIMINAL("Criminal"),
    MALE_EXECUTIVE("MaleExecutive"),
    FEMALE_EXECUTIVE("FemaleExecutive"),
    FEMALE_ATHLETE("FemaleAthlete"),
    MALE_ATHLETE("MaleAthlete"),
    FEMALE_DOCTOR("FemaleDoctor"),
    MALE_DOCTOR("MaleDoctor"),
    DOG("Dog"),
    CAT("Cat");

    private final String column;

    CharacterType(String column) {
        this.column = column;
    }

    /** The column name in {@code SharedResponses.csv}. */
    public String column() {
        return column;
    }

    /** True for the two pets ({@link #DOG}, {@link #CAT}). */
    public boolean isPet() {
        return this == DOG || this == CAT;
    }
}
