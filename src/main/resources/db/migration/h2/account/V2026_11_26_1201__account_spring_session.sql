-- Staff login sessions (Spring Session JDBC's layout), so several nodes share them
CREATE TABLE spring_session (
  primary_id            CHAR(36)     NOT NULL PRIMARY KEY,
  session_id            CHAR(36)     NOT NULL,
  creation_time         BIGINT       NOT NULL,
  last_access_time      BIGINT       NOT NULL,
  max_inactive_interval INT          NOT NULL,
  expiry_time           BIGINT       NOT NULL,
  principal_name        VARCHAR(100)
);
CREATE UNIQUE INDEX spring_session_by_session_id ON spring_session (session_id);
CREATE INDEX spring_session_by_expiry ON spring_session (expiry_time);
CREATE INDEX spring_session_by_principal ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
  session_primary_id CHAR(36)     NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
  attribute_name     VARCHAR(200) NOT NULL,
  attribute_bytes    LONGVARBINARY NOT NULL,
  PRIMARY KEY (session_primary_id, attribute_name)
);
