-- The breaking-news ticker: at most one line, with an optional link and an expiry. Changing it bumps
-- feed_curation.version like a box change, so cached pages that show it can tell.
CREATE TABLE feed_ticker (
  id          INT           NOT NULL PRIMARY KEY,
  text        VARCHAR(300)  NOT NULL,
  link        VARCHAR(500),
  expires_at  TIMESTAMP WITH TIME ZONE,
  updated_by  VARCHAR(100)  NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
