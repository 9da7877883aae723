package cn.gov.nantong.govmedia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SQL reaches PostgreSQL only with bound parameters. Statement text may be assembled, but only from literals, constants
 * and the few fragment builders listed here (they emit fixed text: scope conditions, whitelisted sort columns, filter
 * clauses with named parameters). Any other value concatenated into a `.sql(…)` or a SQL builder's `.append(…)` fails.
 * At run time the API fuzzer checks the same from the other side (no request input in any executed statement text).
 */
class SqlArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern SQL_CALL = Pattern.compile("\\.(sql|append|where|and|andContaining)\\(");
    private static final Pattern QUOTED_VALUE = Pattern.compile("'\"[ \\t]*\\+[ \\t]*[\\w(]|[\\w)][ \\t]*\\+[ \\t]*\"'");
    private static final Pattern SAFE_OPERAND = Pattern.compile(String.join("|",
            "\"\"\"[\\s\\S]*?\"\"\"(\\.formatted\\(([A-Z][A-Z0-9_]*(,\\s*)?)+\\))?", // text block, formatted with constants only
            "\"(?:[^\"\\\\]|\\\\.)*\"", // string literal
            "([A-Z]\\w*\\.)?[A-Z][A-Z0-9_]*", // constant
            "OrganizationScope\\.condition\\(\"[\\w.]+\"\\)", "page\\.orderBy\\(\\)", "where(\\.sql(\\(\\))?|\\(\\))",
            "ActivitySql\\.metrics\\((\"[^\"]*\"|[A-Z_]+)\\)", "sql\\.toString\\(\\)",
            "dateColumn", // RebuttalFilter.where: a column name its two callers pass as a literal
            "condition", // WhereClause: the condition its callers pass, each checked here at the call
            "set")); // ComplaintRepository.update: the set clause, a constant of each workflow step; its values are bound

    @Test
    void statementTextIsBuiltOnlyFromFixedFragments() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                violations.addAll(violations(file, Files.readString(file)));
            }
        }
        assertThat(violations).as("SQL text built from values instead of bound parameters").isEmpty();
    }

    @Test
    void theRuleRecognisesAValueConcatenatedIntoSql() {
        String source = """
                db.sql("select * from accounts where name = '" + name + "'");
                db.sql(SELECT + " where a.id = :id and " + OrganizationScope.condition("o.path"));
                sql.append(" and a.name = ").append(filter.q());
                WhereClause.where(filter.q()).and("a.id = " + id, "id", id);
                """;
        assertThat(violations(Path.of("Example.java"), source)).hasSize(5);
    }

    static List<String> violations(Path file, String source) {
        List<String> violations = new ArrayList<>();
        Matcher quoted = QUOTED_VALUE.matcher(source);
        while (quoted.find()) {
            violations.add(file + ":" + line(source, quoted.start()) + " quotes a value into SQL");
        }
        Matcher call = SQL_CALL.matcher(source);
        while (call.find()) {
            String argument = argument(source, call.end());
            if (argument.isBlank()) {
                continue; // a getter such as where.sql()
            }
            if ("append".equals(call.group(1)) && !source.contains("StringBuilder sql")) {
                continue;
            }
            boolean clause = call.group(1).startsWith("and") || "where".equals(call.group(1));
            if (clause && !source.contains("WhereClause")) {
                continue;
            }
            for (String operand : operands(clause ? firstArgument(argument) : argument)) {
                if (!SAFE_OPERAND.matcher(operand).matches()) {
                    violations.add(file + ":" + line(source, call.start()) + " builds SQL from `" + operand + "`");
                }
            }
        }
        return violations;
    }

    /** The text up to the parenthesis that closes the call, skipping string literals and text blocks. */
    private static String argument(String source, int start) {
        int depth = 1;
        for (int i = start; i < source.length(); i++) {
            if (source.startsWith("\"\"\"", i)) {
                i = source.indexOf("\"\"\"", i + 3) + 2;
            } else if (source.charAt(i) == '"') {
                for (i++; source.charAt(i) != '"'; i++) {
                    i += source.charAt(i) == '\\' ? 1 : 0;
                }
            } else if (source.charAt(i) == '(') {
                depth++;
            } else if (source.charAt(i) == ')' && --depth == 0) {
                return source.substring(start, i);
            }
        }
        return source.substring(start);
    }

    /** The text before the first top-level comma of an argument list. */
    private static String firstArgument(String arguments) {
        int depth = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (arguments.startsWith("\"\"\"", i)) {
                i = arguments.indexOf("\"\"\"", i + 3) + 2;
            } else if (c == '"') {
                for (i++; arguments.charAt(i) != '"'; i++) {
                    i += arguments.charAt(i) == '\\' ? 1 : 0;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return arguments.substring(0, i);
            }
        }
        return arguments;
    }

    /** The operands of the top-level `+` in an expression. */
    private static List<String> operands(String expression) {
        List<String> operands = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (expression.startsWith("\"\"\"", i)) {
                i = expression.indexOf("\"\"\"", i + 3) + 2;
            } else if (c == '"') {
                for (i++; expression.charAt(i) != '"'; i++) {
                    i += expression.charAt(i) == '\\' ? 1 : 0;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '+' && depth == 0) {
                operands.add(expression.substring(from, i).trim());
                from = i + 1;
            }
        }
        operands.add(expression.substring(from).trim());
        return operands;
    }

    private static int line(String source, int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
