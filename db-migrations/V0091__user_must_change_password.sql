-- The generated first admin password must be changed at first login (issue 17, item 4).
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
