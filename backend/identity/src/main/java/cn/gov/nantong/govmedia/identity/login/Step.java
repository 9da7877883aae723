package cn.gov.nantong.govmedia.identity.login;

/** What a login still needs after the password was right, in this order. */
enum Step {
    VERIFY_SECOND_FACTOR("/mfa"), CHANGE_PASSWORD("/password"), ENROL_SECOND_FACTOR("/mfa/setup");

    final String path;

    Step(String path) {
        this.path = path;
    }
}
