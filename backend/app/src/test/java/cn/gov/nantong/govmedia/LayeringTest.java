package cn.gov.nantong.govmedia;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** SQL lives in repositories; controllers only translate HTTP (they reach the database through a service or repository). */
class LayeringTest {

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.nantong.govmedia");

    @Test
    void onlyRepositoriesTalkToTheDatabase() {
        noClasses().that().areNotAnnotatedWith(Repository.class)
                .should().dependOnClassesThat().areAssignableTo(DatabaseClient.class)
                .because("statements belong in a @Repository, where the scope conditions and bound parameters are reviewed")
                .check(MAIN);
    }

    @Test
    void controllersHoldNoSqlAndNoTransactions() {
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAssignableTo(DatabaseClient.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.transaction.annotation.Transactional")
                .because("a controller translates HTTP; the transaction and the audit record belong to the service")
                .check(MAIN);
    }
}
