-- Leases for jobs that must run on one node at a time (scheduled publishing): a node holds a lease until it expires.
CREATE TABLE cluster_lease (
  name       VARCHAR(100) NOT NULL PRIMARY KEY,
  holder     VARCHAR(200) NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
