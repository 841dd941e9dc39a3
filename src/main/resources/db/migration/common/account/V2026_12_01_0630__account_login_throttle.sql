-- Failed sign-ins with exponential back-off (app.khabar.account.LoginThrottle) instead of account_login_failure's
-- hard lock of a username for everyone. One row per key: an account from one client or known device, an account from
-- all unknown clients, one client across accounts. Rows are short-lived counters: nothing to carry over.
DROP TABLE account_login_failure;

CREATE TABLE account_login_throttle (
  throttle_key    VARCHAR(200) NOT NULL PRIMARY KEY,
  username        VARCHAR(64),
  failures        INT          NOT NULL,
  last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
  blocked_until   TIMESTAMP WITH TIME ZONE
);
-- an admin's unlock and the accounts page find an account's keys by username
CREATE INDEX account_login_throttle_by_username ON account_login_throttle (username);
