-- Page views per article and Tehran calendar day, added in batches by each node (ArticleViews), never per request.
CREATE TABLE article_views (
  article_id BIGINT NOT NULL,
  view_day   DATE   NOT NULL,
  views      BIGINT NOT NULL,
  PRIMARY KEY (article_id, view_day)
);
CREATE INDEX article_views_by_day ON article_views (view_day, article_id);
