package cn.gov.nantong.govmedia.organization;

/** Whether a unit must run a government new-media account (Art 11). */
public enum AccountObligation {
    /** County (district) governments and departments close to the economy, livelihoods and social management. */
    REQUIRED,
    /** 涉密单位. */
    EXEMPT_CLASSIFIED,
    /** 不对外行使公共管理职能的部门. */
    EXEMPT_NO_PUBLIC_FUNCTION,
    /** 其他单位: may open one as its work needs, or publish through its superior's. */
    OPTIONAL;

    /** The default a new unit gets from its type; its competent authority changes it with a reason. */
    static AccountObligation defaultFor(OrganizationType type) {
        return type == OrganizationType.GOVERNMENT || type == OrganizationType.DEPARTMENT ? REQUIRED : OPTIONAL;
    }

    boolean exempt() {
        return this == EXEMPT_CLASSIFIED || this == EXEMPT_NO_PUBLIC_FUNCTION;
    }
}
