package cn.gov.nantong.govmedia.incident;

/** Where a serious incident is passed with its leads (Art 29.5, 30.2): 网信, 公安, 宣传. */
public enum ForwardTarget {
    CYBERSPACE, POLICE, PROPAGANDA
}
