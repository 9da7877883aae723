package cn.gov.nantong.govmedia.identity.user;

/** What happened to an account at the login; the values of identity.login_events.event. */
public enum LoginEvent {
    LOGIN_SUCCEEDED, LOGIN_FAILED, LOCKED_OUT, LOGIN_REFUSED_LOCKED, LOGIN_REFUSED_DISABLED, TOTP_FAILED, TOTP_ENROLLED,
    PASSWORD_CHANGED, PASSWORD_REJECTED, UNLOCKED, PASSWORD_RESET, LOGOUT
}
