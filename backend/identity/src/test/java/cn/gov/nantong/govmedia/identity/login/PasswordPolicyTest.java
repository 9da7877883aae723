package cn.gov.nantong.govmedia.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    @DisplayName("at least 8 characters, 3 of 4 classes, not the user name")
    void rules() {
        assertThat(PasswordPolicy.violations("Nantong#2026", "cc-operator")).isEmpty();
        assertThat(PasswordPolicy.violations("nantong2026", "cc-operator")).as("2 classes").hasSize(1);
        assertThat(PasswordPolicy.violations("Ab1#", "x")).as("too short").containsExactly("密码至少 8 个字符");
        assertThat(PasswordPolicy.violations("Cc-Operator1", "cc-operator")).containsExactly("密码不得与用户名相同或包含用户名");
        assertThat(PasswordPolicy.violations("政务新媒体管理1a", "x")).as("Chinese counts as a symbol").isEmpty();
        assertThat(PasswordPolicy.violations(null, "x")).hasSize(2);
    }
}
