package cn.gov.nantong.govmedia.organization;

/**
 * The part of the organization tree a caller may see and change, as an ltree path. Every feature scopes
 * its SQL with {@link #condition(String)} on the path of the organization a row belongs to, so rows
 * outside the subtree never leave the database.
 */
public record OrganizationScope(String path) {

    /** Matches no organization (ids start at 1): for callers whose organization is unknown. */
    public static final OrganizationScope NOTHING = new OrganizationScope("0");

    public static final String BIND_NAME = "scopePath";

    /** SQL condition on an ltree column; bind {@link #path()} as {@value #BIND_NAME}. */
    public static String condition(String pathColumn) {
        return pathColumn + " <@ cast(:" + BIND_NAME + " as ltree)";
    }

    public boolean contains(String organizationPath) {
        return organizationPath.equals(path) || organizationPath.startsWith(path + ".");
    }
}
