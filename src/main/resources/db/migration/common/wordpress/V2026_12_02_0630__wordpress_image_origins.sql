-- Origins of the images an import kept at their old address (not found under --uploads): the site's
-- Content-Security-Policy allows images from them, so those articles show them instead of a broken image.
CREATE TABLE wordpress_image_origin (
  origin VARCHAR(300) PRIMARY KEY
);
