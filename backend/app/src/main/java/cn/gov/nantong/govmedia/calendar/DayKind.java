package cn.gov.nantong.govmedia.calendar;

/** A day the State Council's notice changes: a statutory holiday, or a weekend day worked instead (调休). */
public enum DayKind {
    HOLIDAY, MAKE_UP_WORKDAY
}
