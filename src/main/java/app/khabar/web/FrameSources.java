package app.khabar.web;

import java.util.Collection;

/**
 * Origins whose pages ours may show in a frame, declared by the module that frames them
 * (a bean implementing this): the Content-Security-Policy's {@code frame-src}
 * ({@link SecurityHeaders}) allows these and nothing else.
 */
public interface FrameSources {

	/** Origins such as {@code https://www.aparat.com}. */
	Collection<String> frameOrigins();

}
