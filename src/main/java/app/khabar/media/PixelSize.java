package app.khabar.media;

/** The width and height of an image, in pixels. */
public record PixelSize(int width, int height) {
}
