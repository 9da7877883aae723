package cn.gov.nantong.govmedia.user;

/** Input patterns shared by the user requests; they mirror the checks of the identity schema. */
final class UserRequests {

    /** The identity schema's check on identity.users.username. */
    static final String USERNAME = "^[a-z0-9][a-z0-9._-]{2,63}$";
    /** At least one visible character and no control characters (PostgreSQL cannot store NUL). */
    static final String PRINTABLE = "^[^\\x00-\\x1F\\x7F]*[^\\x00-\\x20\\x7F][^\\x00-\\x1F\\x7F]*$";

    private UserRequests() {
    }
}
