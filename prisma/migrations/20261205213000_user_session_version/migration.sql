-- Session JWTs carry this number; bumping it ends every session of the account.
ALTER TABLE "user" ADD COLUMN "session_version" INTEGER NOT NULL DEFAULT 0;
