package cn.gov.nantong.govmedia.user;

import cn.gov.nantong.govmedia.common.security.Role;

/** Filters of the user list; all optional. organizationId takes that organization's whole subtree. */
record UserFilter(Long organizationId, String q, Role role, UserStatus status) {
}
