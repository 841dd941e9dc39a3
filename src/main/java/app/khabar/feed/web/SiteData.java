package app.khabar.feed.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.khabar.web.SiteAddress;
import app.khabar.web.Ui;

/**
 * What the site says of itself to search engines on the home page: schema.org
 * {@code Organization} (name, address, logo) and {@code WebSite} with a
 * {@code SearchAction} for {@code /search?q=}.
 */
@Component
class SiteData {

	private static final String LOGO = "/img/logo.svg";

	private final Ui ui;

	private final SiteAddress site;

	SiteData(Ui ui, SiteAddress site) {
		this.ui = ui;
		this.site = site;
	}

	Map<String, Object> organization() {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@type", "Organization");
		data.put("@id", site.absolute("/#organization"));
		data.put("name", ui.t("site.name"));
		data.put("url", site.absolute("/"));
		Map<String, Object> logo = new LinkedHashMap<>();
		logo.put("@type", "ImageObject");
		logo.put("url", site.absolute(LOGO));
		logo.put("width", 600);
		logo.put("height", 60);
		data.put("logo", logo);
		return data;
	}

	Map<String, Object> webSite() {
		Map<String, Object> action = new LinkedHashMap<>();
		action.put("@type", "SearchAction");
		action.put("target",
				Map.of("@type", "EntryPoint", "urlTemplate", site.absolute("/search?q={search_term_string}")));
		action.put("query-input", "required name=search_term_string");
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@type", "WebSite");
		data.put("name", ui.t("site.name"));
		data.put("url", site.absolute("/"));
		data.put("inLanguage", "fa");
		data.put("publisher", Map.of("@id", site.absolute("/#organization")));
		data.put("potentialAction", action);
		return data;
	}

}
