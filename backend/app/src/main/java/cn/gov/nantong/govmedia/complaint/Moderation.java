package cn.gov.nantong.govmedia.complaint;

/** Whether a submission is shown publicly: nothing is published before moderation (Art 24). */
public enum Moderation { PENDING, PUBLISHED, HIDDEN }
