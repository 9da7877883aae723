package cn.gov.nantong.govmedia.identity.user;

import java.util.List;

/** A user to insert: demo users and the first administrator. */
public record NewUser(String username, String displayName, String organizationCode, List<String> roles, String passwordHash,
                      boolean mustChangePassword, boolean demo, String createdBy) {
}
