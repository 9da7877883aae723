package cn.gov.nantong.govmedia.contentcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Lexicon matching (Art 17-21): the automaton finds exactly the occurrences a naive scan finds, overlaps included. */
class LexiconMatchingProperties {

    private static final char[] ALPHABET = "政务新媒体ab".toCharArray();

    @Provide
    Arbitrary<Set<String>> lexicons() {
        return Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(4).set().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(200);
    }

    @Property
    void findsEveryOccurrenceAndNothingElse(@ForAll("lexicons") Set<String> terms, @ForAll("texts") String text) {
        List<Lexicons.Term> lexicon = terms.stream().map(t -> new Lexicons.Term(LexiconKind.BANNED, t, null)).toList();
        ContentCheckResult result = ContentChecker.check(new ContentCheckRequest(null, text, ContentCheckRequest.Origin.ORIGINAL, null, null),
                Lexicons.compile(1, lexicon));
        Set<String> found = new TreeSet<>();
        result.findings().forEach(f -> {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
            found.add(f.start() + ":" + f.text());
        });
        assertThat(found).hasSize(result.findings().size()).isEqualTo(naive(terms, text));
    }

    private static Set<String> naive(Set<String> terms, String text) {
        Set<String> occurrences = new TreeSet<>();
        for (String term : terms) {
            for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
                occurrences.add(i + ":" + term);
            }
        }
        return occurrences;
    }

    @Property
    void anyTextIsCheckedWithoutError(@ForAll String text) {
        List<Lexicons.Term> lexicon = new ArrayList<>(List.of(new Lexicons.Term(LexiconKind.BANNED, "最佳", "较好")));
        ContentCheckResult result = ContentChecker.check(new ContentCheckRequest(text, text, ContentCheckRequest.Origin.REPOST, text, text),
                Lexicons.compile(1, lexicon));
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.start()).isLessThanOrEqualTo(f.end()));
    }
}
