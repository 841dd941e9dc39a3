package app.khabar.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/** Placeholder until the web branch lands; replaced by it on merge. */
@Component
public class PageRenderer {

	private final TemplateEngine engine;

	private final Ui ui;

	PageRenderer(TemplateEngine engine, Ui ui) {
		this.engine = engine;
		this.ui = ui;
	}

	public byte[] render(String template, Map<String, Object> params) {
		var output = new Utf8ByteOutput();
		var all = new HashMap<>(params);
		all.put("ui", ui);
		engine.render(template, all, output);
		return output.toByteArray();
	}

}
