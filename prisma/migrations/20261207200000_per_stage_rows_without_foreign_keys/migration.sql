-- Locked rosters and stage scores are derived rows, written only by rescoring from rosters, versions and
-- calls that hold the same keys under their own foreign keys, in the same transaction. Checking a
-- foreign key costs an index lookup and a row lock per inserted row: dropping them speeds up bulk
-- locking and scoring (bench/README.md). No stage, event or user is ever deleted (accounts are
-- soft-deleted); code that deletes a stage must delete its stage_roster and stage_score rows first.

-- DropForeignKey
ALTER TABLE "stage_roster" DROP CONSTRAINT "stage_roster_roster_version_id_fkey";

-- DropForeignKey
ALTER TABLE "stage_roster" DROP CONSTRAINT "stage_roster_stage_id_fkey";

-- DropForeignKey
ALTER TABLE "stage_roster" DROP CONSTRAINT "stage_roster_user_id_fkey";

-- DropForeignKey
ALTER TABLE "stage_score" DROP CONSTRAINT "stage_score_stage_id_fkey";

-- DropForeignKey
ALTER TABLE "stage_score" DROP CONSTRAINT "stage_score_user_id_fkey";
