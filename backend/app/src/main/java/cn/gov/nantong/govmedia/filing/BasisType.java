package cn.gov.nantong.govmedia.filing;

/**
 * What a closure or cancellation rests on: the host's collective decision or its principal leader's approval (Art 16),
 * or the competent authority's order (Art 34), which only an ORDERED_CLOSURE measure files.
 */
public enum BasisType {
    COLLECTIVE_DECISION, PRINCIPAL_LEADER_APPROVAL, ORDERED_BY_AUTHORITY
}
