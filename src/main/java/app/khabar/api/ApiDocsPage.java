package app.khabar.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.utils.Constants;

import app.khabar.web.PageMeta;
import tools.jackson.databind.JsonNode;

/**
 * The docs page's view of the OpenAPI document: its head and every operation with its
 * parameters and answers, in the document's order. Public for the jte templates.
 */
public record ApiDocsPage(PageMeta meta, String title, String description, String version, List<Operation> operations) {

	/** Where springdoc serves the document itself. */
	public String documentPath() {
		return Constants.DEFAULT_API_DOCS_URL;
	}

	private static final List<String> METHODS = List.of("get", "head", "post", "put", "patch", "delete");

	public record Operation(String method, String path, String anchor, @Nullable String summary,
			@Nullable String description, List<Parameter> parameters, List<Answer> answers) {
	}

	public record Parameter(String name, String in, boolean required, @Nullable String type,
			@Nullable String description) {
	}

	public record Answer(String status, @Nullable String description, @Nullable String schema) {
	}

	static ApiDocsPage of(PageMeta meta, JsonNode document) {
		JsonNode info = document.path("info");
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (String method : METHODS) {
				JsonNode operation = path.getValue().get(method);
				if (operation != null) {
					operations.add(operation(method, path.getKey(), operation));
				}
			}
		}
		return new ApiDocsPage(meta, info.path("title").asString(""), info.path("description").asString(""),
				info.path("version").asString(""), List.copyOf(operations));
	}

	private static Operation operation(String method, String path, JsonNode operation) {
		List<Parameter> parameters = new ArrayList<>();
		for (JsonNode parameter : operation.path("parameters")) {
			parameters.add(new Parameter(parameter.path("name").asString(""), parameter.path("in").asString(""),
					parameter.path("required").asBoolean(false), text(parameter.path("schema").path("type")),
					text(parameter.path("description"))));
		}
		List<Answer> answers = new ArrayList<>();
		for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
			answers.add(new Answer(response.getKey(), text(response.getValue().path("description")),
					schema(response.getValue())));
		}
		String anchor = (method + path).replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
		return new Operation(method.toUpperCase(Locale.ROOT), path, anchor, text(operation.path("summary")),
				text(operation.path("description")), List.copyOf(parameters), List.copyOf(answers));
	}

	/** The name of the schema an answer's JSON follows, e.g. {@code ArticleList}. */
	private static @Nullable String schema(JsonNode response) {
		for (JsonNode media : response.path("content")) {
			String ref = media.path("schema").path("$ref").asString("");
			if (!ref.isEmpty()) {
				return ref.substring(ref.lastIndexOf('/') + 1);
			}
		}
		return null;
	}

	private static @Nullable String text(JsonNode node) {
		return node.isString() && !node.asString().isBlank() ? node.asString() : null;
	}

}
