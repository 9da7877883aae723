package cn.gov.nantong.govmedia.account;

public enum AccountFunction {
    INFORMATION, SERVICE, INTERACTION
}
