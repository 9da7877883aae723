package cn.gov.nantong.govmedia;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.RegulationDocument.Rule;
import cn.gov.nantong.govmedia.RegulationDocument.TaggedTest;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Article → rule → code → test: docs/regulation/rules.yaml lists the measures' enforceable rules, tests carry the ids of
 * the rules they prove (JUnit {@code @Tag("15.3")}; "[15.3]" in a Vitest or Playwright title), and docs/regulation.md is
 * generated from both. Fails when the committed file drifts, when a rule marked done has no test, when a test carries a
 * tag that is no rule, or when rules.yaml is malformed. `make regulation` runs this with -Dregulation.update=true to
 * rewrite the file. Reads source text only: no Spring context.
 */
class RegulationTraceTest {

    private static final Path REPOSITORY = Path.of("../..");
    private static final Path RULES = REPOSITORY.resolve("docs/regulation/rules.yaml");
    private static final Path DOCUMENT = REPOSITORY.resolve("docs/regulation.md");
    private static final Path BACKEND_TESTS = Path.of("src/test/java");
    private static final List<Path> FRONTEND_TESTS = List.of(REPOSITORY.resolve("frontend/src"), REPOSITORY.resolve("frontend/e2e"));
    /** Tags that select test groups (see the Makefile), not rules. */
    private static final Set<String> GROUP_TAGS = Set.of("redis", "cluster");
    private static final Set<String> KEYS = Set.of("id", "article", "summary", "status", "reading", "code");
    private static final Pattern RULE_ID = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final Pattern JAVA_TAG = Pattern.compile("(?m)^[ \\t]*@Tag\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern JAVA_TARGET = Pattern.compile("\\bvoid\\s+(\\w+)\\s*\\(|\\b(?:class|interface|record)\\s+(\\w+)");
    private static final Pattern JS_TITLE = Pattern.compile("\\b(?:it|test|describe)(?:\\.\\w+)*\\(\\s*(['\"`])((?:(?!\\1).)*)\\1");
    private static final Pattern JS_RULE = Pattern.compile("\\[(\\d+\\.\\d+)]");
    private static final String FIX = "; then run `make regulation` and commit docs/regulation.md";

    @Test
    void rulesTestsAndTheDocumentAgree() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Rule> rules = rules(problems);
        List<TaggedTest> tests = new ArrayList<>(javaTests());
        tests.addAll(frontendTests());
        Map<String, Rule> byId = new LinkedHashMap<>();
        rules.forEach(rule -> byId.put(rule.id(), rule));

        for (TaggedTest test : tests) {
            if (!byId.containsKey(test.tag())) {
                problems.add("%s (%s) carries the tag \"%s\", which is no rule id in docs/regulation/rules.yaml: correct the tag "
                        .formatted(test.name(), test.file(), test.tag()) + "or add the rule" + FIX);
            }
        }
        for (Rule rule : rules) {
            if (rule.status().equals("done") && tests.stream().noneMatch(test -> test.tag().equals(rule.id()))) {
                problems.add(("rule %s is marked done but no test proves it: tag the test with @Tag(\"%s\") (Vitest/Playwright: "
                        + "\"[%s]\" in the title), or set its status to partial in docs/regulation/rules.yaml").formatted(rule.id(),
                        rule.id(), rule.id()) + FIX);
            }
        }
        assertThat(problems).as("docs/regulation/rules.yaml and the tests' rule ids").isEmpty();

        String rendered = RegulationDocument.render(rules, tests);
        if (Boolean.getBoolean("regulation.update")) {
            Files.writeString(DOCUMENT, rendered, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        assertThat(committed).as("docs/regulation.md is out of date (rules.yaml or the tests' rule tags changed): run "
                + "`make regulation` and commit it").isEqualTo(rendered);
    }

    private static List<Rule> rules(List<String> problems) throws IOException {
        Map<String, Object> document;
        try (Reader reader = Files.newBufferedReader(RULES, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        assertThat(document).as("docs/regulation/rules.yaml holds a map with the list `rules`").containsKey("rules");
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        int previous = 0;
        for (Object entry : (List<?>) document.get("rules")) {
            Map<?, ?> map = (Map<?, ?>) entry;
            String id = String.valueOf(map.get("id"));
            String where = "docs/regulation/rules.yaml, rule " + id + ": ";
            for (Object key : map.keySet()) {
                if (!KEYS.contains(String.valueOf(key))) {
                    problems.add(where + "unknown key `" + key + "` (known: " + new TreeSet<>(KEYS) + ")");
                }
            }
            Matcher matcher = RULE_ID.matcher(id);
            int article = map.get("article") instanceof Integer number ? number : -1;
            if (!(map.get("id") instanceof String) || !matcher.matches()) {
                problems.add(where + "the id must be a quoted \"article.n\", e.g. \"15.3\"");
            } else if (Integer.parseInt(matcher.group(1)) != article) {
                problems.add(where + "`article` must be " + matcher.group(1));
            }
            if (!ids.add(id)) {
                problems.add(where + "the id is used twice");
            }
            if (article < previous) {
                problems.add(where + "rules are listed in the order of the articles");
            }
            previous = Math.max(previous, article);
            String summary = map.get("summary") instanceof String text ? text.strip() : "";
            if (summary.isEmpty() || summary.contains("\n")) {
                problems.add(where + "`summary` is one line of English");
            }
            String status = String.valueOf(map.get("status"));
            if (!RegulationDocument.STATUSES.contains(status)) {
                problems.add(where + "`status` is one of " + new TreeSet<>(RegulationDocument.STATUSES));
            }
            String reading = map.get("reading") instanceof String text ? text.strip() : null;
            List<String> code = new ArrayList<>();
            if (map.get("code") instanceof List<?> paths) {
                paths.forEach(path -> code.add(String.valueOf(path)));
            } else if (map.containsKey("code")) {
                problems.add(where + "`code` is a list of paths");
            }
            for (String path : code) {
                if (!Files.exists(REPOSITORY.resolve(RegulationDocument.repositoryPath(path)))) {
                    problems.add(where + "the code path " + path + " does not exist (" + RegulationDocument.repositoryPath(path) + ")");
                }
            }
            rules.add(new Rule(id, article, summary, status, reading, List.copyOf(code)));
        }
        return rules;
    }

    private static List<TaggedTest> javaTests() throws IOException {
        List<TaggedTest> tests = new ArrayList<>();
        for (Path file : files(List.of(BACKEND_TESTS), ".java")) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            String className = file.getFileName().toString().replace(".java", "");
            Matcher tag = JAVA_TAG.matcher(source);
            while (tag.find()) {
                if (GROUP_TAGS.contains(tag.group(1))) {
                    continue;
                }
                Matcher target = JAVA_TARGET.matcher(source);
                String name = className;
                if (target.find(tag.end())) {
                    name = target.group(1) != null ? className + "." + target.group(1)
                            : target.group(2).equals(className) ? className : className + "." + target.group(2);
                }
                tests.add(new TaggedTest(name, "backend/app/" + slashes(file), tag.group(1)));
            }
        }
        return tests;
    }

    private static List<TaggedTest> frontendTests() throws IOException {
        List<TaggedTest> tests = new ArrayList<>();
        for (Path file : files(FRONTEND_TESTS, ".ts", ".tsx")) {
            String name = file.getFileName().toString();
            boolean testFile = name.contains(".test.") || name.contains(".spec.");
            if (!testFile) {
                continue;
            }
            Matcher title = JS_TITLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (title.find()) {
                Matcher rule = JS_RULE.matcher(title.group(2));
                while (rule.find()) {
                    tests.add(new TaggedTest(name + ": " + title.group(2), slashes(REPOSITORY.relativize(file)), rule.group(1)));
                }
            }
        }
        return tests;
    }

    private static List<Path> files(List<Path> roots, String... suffixes) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(path -> !slashes(path).contains("/node_modules/"))
                        .filter(path -> Stream.of(suffixes).anyMatch(suffix -> path.toString().endsWith(suffix)))
                        .forEach(files::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        files.sort(null);
        return files;
    }

    private static String slashes(Path path) {
        return path.normalize().toString().replace('\\', '/');
    }
}
