package cn.gov.nantong.govmedia.incident.accountability;

/** Art 33.2: 约谈, 通报批评, 诫勉, 处分, other. */
public enum AccountabilityMeasure {
    INTERVIEW, CRITICISM, ADMONISHMENT, DISCIPLINARY, OTHER
}
