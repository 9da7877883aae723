package cn.gov.nantong.govmedia.spotcheck;

/** VETO fails the account outright; SCORED deducts its points. */
public enum ChecklistItemKind {
    VETO, SCORED
}
