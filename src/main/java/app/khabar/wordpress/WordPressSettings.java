package app.khabar.wordpress;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code khabar.wordpress.*}: which post types become articles, which post meta fields
 * hold a kicker, a lead (the SEO plugins' description last) or a source (Persian news
 * themes name them in many ways), and whether commenters' emails and sites are kept
 * (never shown; off by default).
 */
@ConfigurationProperties("khabar.wordpress")
record WordPressSettings(@DefaultValue("post") List<String> postTypes, @DefaultValue( {
		"rotitr", "_rotitr", "ro_titr", "rutitr", "kicker", "_kicker", "supertitle" }) List<String> kickerKeys,
		@DefaultValue({ "lead", "_lead", "lid", "summary", "_summary", "_yoast_wpseo_metadesc",
				"rank_math_description" }) List<String> leadKeys,
		@DefaultValue({ "source", "_source", "news_source", "manba", "source_name" }) List<String> sourceKeys,
		@DefaultValue("false") boolean keepCommenterContact){

	/** The post types a dry run counts, which runs without this configuration. */
	static final List<String> DEFAULT_POST_TYPES = List.of("post");

}
