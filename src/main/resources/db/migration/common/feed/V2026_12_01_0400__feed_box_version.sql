-- One row per box with its own version: an editor's change names the version their page showed, so a change made
-- on a page that shows an older order is refused instead of overwriting another editor's (feed.Curation.change).
-- A new box needs its row here.
CREATE TABLE feed_box (
  box     VARCHAR(24) NOT NULL PRIMARY KEY,
  version BIGINT      NOT NULL
);
INSERT INTO feed_box (box, version) VALUES ('LEAD', 0), ('DONT_MISS', 0), ('FEATURED_VIDEO', 0), ('SPORTS_PICKS', 0),
  ('FEATURED_PHOTO', 0);
