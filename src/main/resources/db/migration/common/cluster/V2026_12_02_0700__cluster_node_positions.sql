-- Each node's place in the change feed, written every few seconds while it runs (app.khabar.cluster.ChangeFollower):
-- feed rows that every node seen lately has passed are pruned, and a node's row goes once it has been away too long.
CREATE TABLE cluster_node (
  node_id  VARCHAR(200)             NOT NULL PRIMARY KEY,
  position BIGINT                   NOT NULL,
  seen_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- How far the change feed has been pruned: a node whose position is below it missed changes and rebuilds what it
-- derives from the feed (search index, caches).
CREATE TABLE cluster_change_floor (
  id             INT    NOT NULL PRIMARY KEY,
  pruned_through BIGINT NOT NULL
);
INSERT INTO cluster_change_floor (id, pruned_through) VALUES (1, 0);
