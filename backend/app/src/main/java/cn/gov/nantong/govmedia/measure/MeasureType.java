package cn.gov.nantong.govmedia.measure;

/** Measures against an account or an organization (Art 34): 约谈, 警告, 通报, 责令关闭. */
enum MeasureType {
    INTERVIEW, WARNING, NOTICE, ORDERED_CLOSURE
}
