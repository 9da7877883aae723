package cn.gov.nantong.govmedia.user;

/** Whether the identity provider lets the user log in: DISABLED wins over LOCKED (a lock-out after failed logins). */
enum UserStatus {
    ACTIVE, DISABLED, LOCKED
}
