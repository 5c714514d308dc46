-- DropIndex
DROP INDEX "stage_roster_user_id_stage_id_idx";

-- DropIndex
DROP INDEX "stage_score_user_id_stage_id_idx";

-- DropIndex
DROP INDEX "standing_event_id_rank_joined_at_idx";

-- AlterTable (by hand: existing standings get their board position before the column turns NOT NULL)
ALTER TABLE "standing" ADD COLUMN     "position" INTEGER;
UPDATE "standing" s SET "position" = o."position"
FROM (SELECT "event_id", "user_id", row_number() OVER (PARTITION BY "event_id" ORDER BY "rank", "joined_at", "user_id")::int AS "position" FROM "standing") o
WHERE s."event_id" = o."event_id" AND s."user_id" = o."user_id";
ALTER TABLE "standing" ALTER COLUMN "position" SET NOT NULL;

-- CreateTable
CREATE TABLE "scoring_state" (
    "event_id" INTEGER NOT NULL,
    "is_current" BOOLEAN NOT NULL DEFAULT false,
    "standings_changed_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "scoring_state_pkey" PRIMARY KEY ("event_id")
);

-- CreateIndex
CREATE INDEX "standing_event_id_position_idx" ON "standing"("event_id", "position");

-- AddForeignKey
ALTER TABLE "scoring_state" ADD CONSTRAINT "scoring_state_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill (by hand): boards already scored keep their "last updated"; is_current stays false, so
-- each event's next rescore is a full one.
INSERT INTO "scoring_state" ("event_id", "is_current", "standings_changed_at", "updated_at")
SELECT "event_id", false, max("updated_at"), now() FROM "standing" GROUP BY "event_id";

-- CHECK constraint (see the init migration): positions count from 1.
ALTER TABLE "standing" ADD CONSTRAINT "standing_position_check" CHECK ("position" >= 1);
