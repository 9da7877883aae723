package cn.gov.nantong.govmedia.counterfeit;

/** A counterfeit-account investigation (Art 30): verifying, then a verdict. */
public enum InvestigationStatus {
    VERIFYING, CONFIRMED_FAKE, NOT_FAKE
}
