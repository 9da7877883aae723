package cn.gov.nantong.govmedia.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The publication-import CSV parser (RFC 4180): whatever a spreadsheet writes, it reads back. */
class CsvProperties {

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> cell = Arbitraries.strings().withChars("政务,\"\n\r a1，“”").ofMaxLength(12);
        return Arbitraries.integers().between(1, 5).flatMap(width -> cell.list().ofSize(width).list().ofMinSize(1).ofMaxSize(8));
    }

    private static String write(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    @Property
    void quotedCellsRoundTrip(@ForAll("tables") List<List<String>> rows) {
        assertThat(Csv.parse(write(rows))).isEqualTo(rows);
        assertThat(Csv.parse("\uFEFF" + write(rows))).isEqualTo(rows);
    }

    @Property
    void anyTextIsParsedWithoutError(@ForAll String text) {
        assertThatCode(() -> Csv.parse(text)).doesNotThrowAnyException();
    }
}
