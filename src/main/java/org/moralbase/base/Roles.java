package org.moralbase.base;

/**
 * The role names, in one place. They live in {@code base} because every feature (the audit log included)
 * secures its services with them, and {@code base} is the one package all may depend on
 * (docs/decisions/0002-packages-and-roles.md).
 */
public final class Roles {

    /** Manages accounts, sees every study and the audit log. */
    public static final String ADMIN = "ADMIN";

    /** Creates and runs studies; sees the studies they own or that are shared with them. */
    public static final String RESEARCHER = "RESEARCHER";

    /** Labels items in annotation projects. */
    public static final String ANNOTATOR = "ANNOTATOR";

    /** SpEL for {@code @PreAuthorize}: admins only. */
    public static final String HAS_ADMIN = "hasRole('ADMIN')";

    /** SpEL for {@code @PreAuthorize}: researchers and admins. */
    public static final String HAS_RESEARCHER = "hasAnyRole('RESEARCHER','ADMIN')";

    /** SpEL for {@code @PreAuthorize}: annotators (admins too, so they can try a project out). */
    public static final String HAS_ANNOTATOR = "hasAnyRole('ANNOTATOR','ADMIN')";

    /** All roles, in the order the admin page lists them. */
    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, RESEARCHER, ANNOTATOR);

    /** A role as people read it ("Administrator" for {@code ADMIN}). */
    public static String label(String role) {
        return switch (role) {
            case ADMIN -> "Administrator";
            case RESEARCHER -> "Researcher";
            case ANNOTATOR -> "Annotator";
            default -> role;
        };
    }

    private Roles() {}
}
