-- One vote per reader per comment: the primary key decides between concurrent votes of one reader, and the comment's
-- likes/dislikes move by relative updates in the same transaction. voter is the reader's random cookie id.
CREATE TABLE comment_vote (
  comment_id BIGINT      NOT NULL REFERENCES comment_comment (id),
  voter      VARCHAR(64) NOT NULL,
  vote       VARCHAR(8)  NOT NULL,
  voted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (comment_id, voter)
);
-- A client's recent comments, for screening (repeats, floods) at every post.
CREATE INDEX comment_by_client_created ON comment_comment (client_hash, created_at);
