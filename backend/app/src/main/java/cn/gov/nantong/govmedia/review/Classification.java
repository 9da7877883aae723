package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.common.security.Role;
import java.util.List;
import java.util.Set;

/**
 * 一般 / 重要 / 重大敏感 (Art 17) and who must sign, step by step: every ticket is reviewed by a REVIEWER; GENERAL
 * content is then signed off by the designated signer (another reviewer or a deputy leader), IMPORTANT content
 * by the deputy leader, MAJOR content by the deputy and then the principal leader.
 */
public enum Classification {
    GENERAL(List.of(Set.of(Role.REVIEWER), Set.of(Role.REVIEWER, Role.DEPUTY_LEADER))),
    IMPORTANT(List.of(Set.of(Role.REVIEWER), Set.of(Role.DEPUTY_LEADER))),
    MAJOR(List.of(Set.of(Role.REVIEWER), Set.of(Role.DEPUTY_LEADER), Set.of(Role.PRINCIPAL_LEADER)));

    private final List<Set<Role>> chain;

    Classification(List<Set<Role>> chain) {
        this.chain = chain;
    }

    public List<Set<Role>> chain() {
        return chain;
    }
}
