-- A participant's session is opened by a secret token (its address and cookie), no longer by public_id, which stays
-- as the pseudonymous participant id in exports and researchers' pages (docs/decisions/0024-session-token-and-pseudonym.md).
-- Sessions started before have no token: their old addresses (which exports printed) open nothing any more; a
-- participant arriving again through the platform's link is given a token then.
ALTER TABLE participant_session ADD COLUMN access_token VARCHAR(64) NULL;
ALTER TABLE participant_session ADD CONSTRAINT uk_participant_session_access_token UNIQUE (access_token);
