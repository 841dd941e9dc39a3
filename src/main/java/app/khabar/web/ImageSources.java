package app.khabar.web;

import java.util.Collection;

/**
 * Origins besides our own that pages show images from, declared by the module that put
 * them in articles (a bean implementing this): the Content-Security-Policy's
 * {@code img-src} ({@link SecurityHeaders}) allows these too. Read when the site starts.
 */
public interface ImageSources {

	/** Sources such as {@code https://old.example.ir}. */
	Collection<String> imageOrigins();

}
