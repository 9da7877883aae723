package cn.gov.nantong.govmedia.incident.grade;

/** The four grades of the Emergency Response Law: 一般, 较大, 重大, 特别重大. */
public enum IncidentGrade {
    GENERAL, SERIOUS, MAJOR, ESPECIALLY_MAJOR
}
