package cn.gov.nantong.govmedia.counterfeit;

/** 网信、公安等网络与信息安全监管部门 (Art 30): who is asked to help deal with a fake. */
public enum ReferralAgency {
    CYBERSPACE_ADMINISTRATION, PUBLIC_SECURITY, OTHER
}
