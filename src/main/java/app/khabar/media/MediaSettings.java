package app.khabar.media;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code khabar.media.*}: upload limits, image quality and the folder of
 * {@link LocalMediaStorage}. {@code maxPixels} bounds what is decoded (a small file can
 * unpack to gigabytes); {@code dir} defaults to {@code ${khabar.data-dir}/media}. The
 * servlet's multipart limits ({@code spring.servlet.multipart.*}) must be at least
 * {@code maxVideoSize}.
 */
@ConfigurationProperties("khabar.media")
record MediaSettings(@DefaultValue("10MB") DataSize maxImageSize, @DefaultValue("100MB") DataSize maxVideoSize,
		@DefaultValue("40000000") long maxPixels, @DefaultValue("0.85") float jpegQuality, @Nullable String dir) {
}
