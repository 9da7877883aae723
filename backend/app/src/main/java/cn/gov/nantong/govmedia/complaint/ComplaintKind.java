package cn.gov.nantong.govmedia.complaint;

/** Kinds of public submissions (Art 24, 29, 30): 留言、咨询、投诉、建议、纠错、假冒举报. */
public enum ComplaintKind { MESSAGE, CONSULTATION, COMPLAINT, SUGGESTION, ERROR_REPORT, COUNTERFEIT_REPORT }
