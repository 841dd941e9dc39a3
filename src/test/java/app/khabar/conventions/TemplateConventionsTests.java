package app.khabar.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Rules for src/main/jte:
 * <ul>
 * <li>No literal text: letters appear only inside jte code ({@code ${ui.t("key")}},
 * parameters, conditions), never in text between tags nor in attributes people read
 * ({@code alt}, {@code title}, {@code placeholder}, {@code aria-label},
 * {@code label}).</li>
 * <li>{@code $unsafe{...}} only on sanitized HTML: the expression must end in an accessor
 * named {@code html()} or {@code somethingHtml()} (e.g.
 * {@code $unsafe{page.bodyHtml()}}), whose value comes from the sanitizer.</li>
 * <li>{@code @import} follows the module rules: a template under {@code <module>/} may
 * import its own module, the base package of a module it may depend on (never another
 * module's {@code web}), {@code app.khabar.web}, {@code shared}, {@code persian},
 * {@code java.*} and {@code gg.jte.*}. Folders that are not modules (layout, error,
 * partial) belong to {@code web}.</li>
 * <li>Types (domain constants too) are named through {@code @import}, never spelled out
 * in full, so the import rules see them.</li>
 * </ul>
 */
class TemplateConventionsTests {

	private static final Pattern READABLE_ATTRIBUTE = Pattern
		.compile("\\s(alt|title|placeholder|aria-label|aria-description|label)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

	private static final Pattern UNSAFE = Pattern.compile("\\$unsafe\\{([^}]*)}");

	private static final Pattern SAFE_HTML = Pattern.compile("\\s*[\\w.()]*\\.(html|\\w+Html)\\(\\)\\s*");

	private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*@import\\s+(?:static\\s+)?([\\w.]+)");

	private static final Pattern LETTER = Pattern.compile("\\p{L}+");

	private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(app\\.khabar|java)\\.[a-z.]+\\.[A-Z]\\w*");

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String markup = markupOnly(Files.readString(template));
			Matcher attributes = READABLE_ATTRIBUTE.matcher(markup);
			while (attributes.find()) {
				if (LETTER.matcher(attributes.group(2)).find()) {
					problems.add(template + ": " + attributes.group().strip());
				}
			}
			String text = markup.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ");
			Matcher letters = LETTER.matcher(text);
			while (letters.find()) {
				problems.add(template + ": \"" + letters.group() + "\"");
			}
		}
		assertThat(problems).as("literal text in templates; use ${ui.t(\"key\")}").isEmpty();
	}

	@Test
	void unsafeOutputIsOnlySanitizedHtml() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Matcher unsafe = UNSAFE.matcher(Files.readString(template));
			while (unsafe.find()) {
				if (!SAFE_HTML.matcher(unsafe.group(1)).matches()) {
					problems.add(template + ": " + unsafe.group());
				}
			}
		}
		assertThat(problems).as("$unsafe on something that is not sanitized html()").isEmpty();
	}

	@Test
	void templatesImportOnlyWhatTheirModuleMayUse() throws IOException {
		Set<String> modules = SourceFiles.modules();
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String folder = SourceFiles.JTE.relativize(template).getName(0).toString();
			String module = modules.contains(folder) ? folder : "web";
			Set<String> allowed = new TreeSet<>(SourceFiles.allowedDependencies(module));
			Matcher imports = IMPORT.matcher(Files.readString(template));
			while (imports.find()) {
				if (!importAllowed(imports.group(1), module, allowed)) {
					problems.add(template + ": @import " + imports.group(1));
				}
			}
		}
		assertThat(problems).as("imports outside the template's module rules").isEmpty();
	}

	@Test
	void typesAreNamedThroughImports() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			for (String line : Files.readAllLines(template)) {
				Matcher qualified = QUALIFIED_NAME.matcher(line);
				if (!line.strip().startsWith("@import") && qualified.find()) {
					problems.add(template + ": " + qualified.group());
				}
			}
		}
		assertThat(problems).as("types spelled out in full (they escape the import rules); @import them").isEmpty();
	}

	@Test
	void findsLiteralTextWhereItHides() {
		String template = """
				@import app.khabar.web.Ui
				@param Ui ui
				@if(ui.dir().equals("rtl"))<p>${ui.t("a.b")}</p>@endif
				@template.layout.page(ui = ui, content = @`<h1>خبر</h1><img alt="photo" src="${"x"}">`)
				<%-- a comment with words --%>
				""";

		String markup = markupOnly(template);

		assertThat(
				LETTER.matcher(markup.replaceAll("(?s)<[^>]*>", " ")).results().map(java.util.regex.MatchResult::group))
			.containsExactly("خبر");
		assertThat(READABLE_ATTRIBUTE.matcher(markup).find()).isTrue();
		assertThat(SAFE_HTML.matcher("page.bodyHtml()").matches()).isTrue();
		assertThat(SAFE_HTML.matcher("comment.text()").matches()).isFalse();
	}

	private static boolean importAllowed(String type, String module, Set<String> allowed) {
		if (type.startsWith("java.") || type.startsWith("gg.jte.")) {
			return true;
		}
		String[] parts = type.split("\\.");
		if (parts.length < 4 || !parts[0].equals("app") || !parts[1].equals("khabar")) {
			return false;
		}
		String target = parts[2];
		boolean basePackage = parts.length == 4;
		return target.equals(module) || Set.of("web", "shared", "persian").contains(target) && basePackage
				|| allowed.contains(target) && basePackage;
	}

	private static List<Path> templates() {
		List<Path> templates = SourceFiles.files(SourceFiles.JTE, ".jte");
		assertThat(templates).isNotEmpty();
		return templates;
	}

	/**
	 * The template with jte code cut out: expressions, directives, parameters and
	 * template calls go, content blocks ({@code @`...`}) and plain markup stay.
	 */
	static String markupOnly(String template) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		int n = template.length();
		while (i < n) {
			if (template.startsWith("<%--", i)) {
				int end = template.indexOf("--%>", i);
				i = end < 0 ? n : end + 4;
			}
			else if (template.startsWith("${", i) || template.startsWith("!{", i)) {
				i = skipBalanced(template, i + 1, '{', '}');
			}
			else if (template.startsWith("$unsafe{", i)) {
				i = skipBalanced(template, i + 7, '{', '}');
			}
			else if (template.startsWith("@`", i)) {
				i += 2;
			}
			else if (template.charAt(i) == '`') {
				i++;
			}
			else if (template.charAt(i) == '@' && i + 1 < n && Character.isLetter(template.charAt(i + 1))) {
				int word = i + 1;
				while (word < n && (Character.isLetterOrDigit(template.charAt(word)) || template.charAt(word) == '.')) {
					word++;
				}
				String directive = template.substring(i + 1, word);
				if (directive.equals("import") || directive.equals("param")) {
					int end = template.indexOf('\n', word);
					i = end < 0 ? n : end;
				}
				else if (word < n && template.charAt(word) == '(') {
					out.append(' ');
					i = directive.startsWith("template.") ? templateCall(template, word, out)
							: skipBalanced(template, word, '(', ')');
				}
				else {
					i = word;
				}
			}
			else {
				out.append(template.charAt(i++));
			}
		}
		return out.toString();
	}

	/**
	 * Skips a template call's parameter list, keeping the markup of its content blocks.
	 */
	private static int templateCall(String template, int open, StringBuilder out) {
		int depth = 0;
		int i = open;
		while (i < template.length()) {
			char c = template.charAt(i);
			if (c == '"') {
				i = skipString(template, i);
				continue;
			}
			if (template.startsWith("@`", i)) {
				int end = contentBlockEnd(template, i + 2);
				out.append(markupOnly(template.substring(i + 2, end)));
				i = end + 1;
				continue;
			}
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i + 1;
			}
			i++;
		}
		return i;
	}

	private static int contentBlockEnd(String template, int from) {
		int i = from;
		while (i < template.length()) {
			if (template.startsWith("${", i) || template.startsWith("!{", i)) {
				i = skipBalanced(template, i + 1, '{', '}');
			}
			else if (template.startsWith("@`", i)) {
				i = contentBlockEnd(template, i + 2) + 1;
			}
			else if (template.charAt(i) == '`') {
				return i;
			}
			else {
				i++;
			}
		}
		return i;
	}

	private static int skipBalanced(String template, int open, char opening, char closing) {
		int depth = 0;
		int i = open;
		while (i < template.length()) {
			char c = template.charAt(i);
			if (c == '"') {
				i = skipString(template, i);
				continue;
			}
			if (c == opening) {
				depth++;
			}
			else if (c == closing && --depth == 0) {
				return i + 1;
			}
			i++;
		}
		return i;
	}

	private static int skipString(String template, int quote) {
		int i = quote + 1;
		while (i < template.length() && template.charAt(i) != '"') {
			i += template.charAt(i) == '\\' ? 2 : 1;
		}
		return i + 1;
	}

}
