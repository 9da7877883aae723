package cn.gov.nantong.govmedia.organization;

public enum OrganizationLevel {
    CITY, COUNTY
}
