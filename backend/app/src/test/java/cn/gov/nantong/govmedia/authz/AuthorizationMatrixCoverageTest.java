package cn.gov.nantong.govmedia.authz;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.authz.Matrix.Entry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The coverage check of the matrix, and proof that it fails when an entry goes missing or names no operation. */
class AuthorizationMatrixCoverageTest {

    private final List<String> operations = Contract.operations().stream().map(Contract.Operation::id).toList();
    private final Map<String, Entry> matrix = Matrix.load();

    @Test
    void everyOperationHasExactlyOneEntry() {
        assertThat(operations).doesNotHaveDuplicates();
        assertThat(Matrix.coverageProblems(operations, matrix)).isEmpty();
    }

    @Test
    void anOperationWithoutAnEntryIsReported() {
        Map<String, Entry> lacking = new LinkedHashMap<>(matrix);
        lacking.remove("getAccount");
        assertThat(Matrix.coverageProblems(operations, lacking))
                .containsExactly("no entry in authorization-matrix.yaml for operation getAccount");
    }

    @Test
    void aNewEndpointWithoutAnEntryIsReported() {
        List<String> grown = new ArrayList<>(operations);
        grown.add("deleteAccount");
        assertThat(Matrix.coverageProblems(grown, matrix)).containsExactly("no entry in authorization-matrix.yaml for operation deleteAccount");
    }

    @Test
    void anEntryWithoutAnOperationIsReported() {
        Map<String, Entry> extra = new LinkedHashMap<>(matrix);
        extra.put("listUnicorns", matrix.get("getAccount"));
        assertThat(Matrix.coverageProblems(operations, extra))
                .containsExactly("authorization-matrix.yaml names listUnicorns, which openapi.yaml does not have");
    }
}
