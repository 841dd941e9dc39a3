package app.khabar.corpus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code khabar.demo.enabled}: load the demo content on start if this database has not
 * had it yet. On by default for the embedded database, off for the postgres profile and
 * in tests.
 */
@ConfigurationProperties("khabar.demo")
record DemoSettings(@DefaultValue("false") boolean enabled) {
}
