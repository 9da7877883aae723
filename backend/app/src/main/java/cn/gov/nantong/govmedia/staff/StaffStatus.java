package cn.gov.nantong.govmedia.staff;

/** Whether a member of the operating staff is still in post. */
public enum StaffStatus {
    ACTIVE, DEPARTED
}
