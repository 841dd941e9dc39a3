package app.khabar.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;

/**
 * A web slice with the shell: {@code @WebMvcTest} for the given controllers, plus jte
 * (its Boot starter does not register itself for the slice), {@link Ui},
 * {@link PageRenderer}, {@link CachedPages} with {@link SiteAddress}, the error pages,
 * input normalization and the public security chain. Use {@code MockMvcTester}:
 * <pre>{@code
 * &#64;KhabarWebTest(ArticlePageController.class)
 * class ArticlePageControllerTests {

 *     &#64;Autowired MockMvcTester mvc;
 *
&#64;MockitoBean ArticleCatalog catalog;   // the module API, across the boundary
 *     ...
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebMvcTest
@ImportAutoConfiguration({ JteAutoConfiguration.class, ServletJteAutoConfiguration.class })
@Import({ Ui.class, PageRenderer.class, CachedPages.class, SiteAddress.class, WebSecurityConfiguration.class })
public @interface KhabarWebTest {

	/** The controllers to test; all controllers when empty. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
