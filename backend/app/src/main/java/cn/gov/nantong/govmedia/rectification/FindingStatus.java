package cn.gov.nantong.govmedia.rectification;

/** A finding's rectification task: open until its evidence is submitted. */
public enum FindingStatus {
    OPEN, RECTIFIED
}
