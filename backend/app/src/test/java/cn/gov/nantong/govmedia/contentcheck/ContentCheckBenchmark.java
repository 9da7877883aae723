package cn.gov.nantong.govmedia.contentcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The content check of a long article (20,000 characters with a few ID numbers, phone numbers, links and lexicon
 * hits) against 50,000 lexicon terms, sampled per call so the report gives p50 and p99. Run by {@code make bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class ContentCheckBenchmark {

    @Param("50000")
    int terms;
    @Param("20000")
    int characters;

    private Lexicons.Snapshot lexicons;
    private ContentCheckRequest request;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20261128L);
        List<Lexicons.Term> dictionary = new ArrayList<>(terms);
        LexiconKind[] kinds = {LexiconKind.BANNED, LexiconKind.SENSITIVE, LexiconKind.WORDING_ERROR, LexiconKind.ADVERTISING,
                LexiconKind.OPINION, LexiconKind.SENSITIVE_TOPIC};
        for (int i = 0; i < terms; i++) {
            dictionary.add(new Lexicons.Term(kinds[i % kinds.length], chinese(random, 2 + random.nextInt(5)), "请修改"));
        }
        lexicons = Lexicons.compile(1, dictionary);
        StringBuilder body = new StringBuilder(characters + 200);
        String[] extras = {"身份证 320684198506150040，", "电话 13812345678，", "详见 https://shop.example.com/buy ，",
                "邮箱 zhang.san@example.com，", "卡号 6222020200112233445，"};
        while (body.length() < characters) {
            body.append(chinese(random, 30 + random.nextInt(60))).append('。');
            if (random.nextInt(20) == 0) {
                body.append(dictionary.get(random.nextInt(terms)).term());
            }
            if (random.nextInt(40) == 0) {
                body.append(extras[random.nextInt(extras.length)]);
            }
        }
        body.setLength(characters);
        request = new ContentCheckRequest("关于做好秋季学期开学工作的通知", body.toString(), ContentCheckRequest.Origin.ORIGINAL, null, null);
    }

    @Benchmark
    public ContentCheckResult check() {
        return ContentChecker.check(request, lexicons);
    }

    /** Common CJK ideographs (U+4E00..U+6FFF), enough variety that random terms rarely collide with the text. */
    private static String chinese(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x4E00 + random.nextInt(0x2200)));
        }
        return text.toString();
    }
}
