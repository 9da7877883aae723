package cn.gov.nantong.govmedia.filing;

/** What a closure or cancellation rests on (Art 16): a collective decision or the principal leader's approval. */
public enum BasisType {
    COLLECTIVE_DECISION, PRINCIPAL_LEADER_APPROVAL
}
