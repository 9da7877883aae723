package cn.gov.nantong.govmedia.counterfeit;

/** How an investigation started (Art 30): a public COUNTERFEIT_REPORT, or a lead a staff member found ("发现"). */
public enum CounterfeitSource {
    PUBLIC_REPORT, STAFF
}
