package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.common.security.Role;
import java.util.List;
import java.util.Set;

/**
 * 一般 / 重要 / 重大敏感 (Art 17) and who must decide, step by step. Every ticket is first reviewed by a REVIEWER. GENERAL
 * content is then signed off by the signer the host designated (or the deputy), and while none is designated by a leader
 * of the host; IMPORTANT content by the host's deputy leader (分管领导); MAJOR content by the deputy and then the principal
 * leader (主要领导). A principal leader may sign in the deputy's place.
 */
public enum Classification {
    GENERAL(List.of(Set.of(Role.REVIEWER), Set.of(Role.DEPUTY_LEADER, Role.PRINCIPAL_LEADER))),
    IMPORTANT(List.of(Set.of(Role.REVIEWER), Set.of(Role.DEPUTY_LEADER, Role.PRINCIPAL_LEADER))),
    MAJOR(List.of(Set.of(Role.REVIEWER), Set.of(Role.DEPUTY_LEADER, Role.PRINCIPAL_LEADER), Set.of(Role.PRINCIPAL_LEADER)));

    private final List<Set<Role>> chain;

    Classification(List<Set<Role>> chain) {
        this.chain = chain;
    }

    public List<Set<Role>> chain() {
        return chain;
    }

    /** The step a host's designated signer decides instead of the roles, when the host designated one. */
    boolean signedByDesignatedSigner(int step) {
        return this == GENERAL && step == 2;
    }
}
