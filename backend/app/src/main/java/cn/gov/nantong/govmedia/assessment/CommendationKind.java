package cn.gov.nantong.govmedia.assessment;

/** 激励表扬 (Art 33.1) of a unit, or of a person of a unit. */
public enum CommendationKind {
    UNIT, PERSON
}
