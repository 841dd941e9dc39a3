package app.khabar.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/**
 * Renders a jte template straight to UTF-8 bytes, for pages that are cached as bytes
 * ({@link CachedPages}) and for error pages.
 */
@Component
public final class PageRenderer {

	private static final String SUFFIX = ".jte";

	private final TemplateEngine templates;

	private final Ui ui;

	PageRenderer(TemplateEngine templates, Ui ui) {
		this.templates = templates;
		this.ui = ui;
	}

	/**
	 * Renders {@code templateName} (e.g. {@code article/show}, with or without
	 * {@code .jte}) with these parameters, plus {@code ui}.
	 */
	public byte[] render(String templateName, Map<String, Object> params) {
		Map<String, Object> all = new HashMap<>(params);
		all.putIfAbsent("ui", ui);
		Utf8ByteOutput output = new Utf8ByteOutput();
		templates.render(templateName.endsWith(SUFFIX) ? templateName : templateName + SUFFIX, all, output);
		return output.toByteArray();
	}

}
