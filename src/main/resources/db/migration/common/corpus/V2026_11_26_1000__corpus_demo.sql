-- One row once the demo content is loaded. Its primary key makes the load happen once: the row is inserted in the
-- same transaction as the content, so a second node starting at the same time waits, then finds it and loads nothing.
CREATE TABLE corpus_demo (
  id        INT NOT NULL PRIMARY KEY,
  loaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  articles  INT NOT NULL DEFAULT 0,
  comments  INT NOT NULL DEFAULT 0
);
