package cn.gov.nantong.govmedia.filing;

/** 开设 / 变更 / 关停 / 注销 (Art 15). */
public enum FilingType {
    OPEN, CHANGE, CLOSE, CANCEL
}
