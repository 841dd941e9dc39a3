-- Editors' picks: the home page's lead stories and the four boxes of the article page, as ordered article ids.
CREATE TABLE feed_box_item (
  box        VARCHAR(24) NOT NULL,
  position   INT         NOT NULL,
  article_id BIGINT      NOT NULL,
  PRIMARY KEY (box, position)
);

-- One row; its version moves with every change to any box, so cached pages that show boxes can tell.
CREATE TABLE feed_curation (
  id      INT    NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO feed_curation (id, version) VALUES (1, 0);
