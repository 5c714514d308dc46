-- CreateTable
CREATE TABLE "stage_stat" (
    "stage_id" INTEGER NOT NULL,
    "locked_at" TIMESTAMPTZ(3) NOT NULL,
    "players" INTEGER NOT NULL,
    "callers" INTEGER NOT NULL,
    "jokers" INTEGER NOT NULL,
    "wildcards" INTEGER NOT NULL,
    "shields" INTEGER NOT NULL,
    "is_scored" BOOLEAN NOT NULL,
    "best_user_id" UUID,
    "best_version_id" INTEGER,
    "best_points" INTEGER,
    "best_players" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stage_stat_pkey" PRIMARY KEY ("stage_id")
);

-- CreateTable
CREATE TABLE "crew_stage_stat" (
    "stage_id" INTEGER NOT NULL,
    "crew_id" INTEGER NOT NULL,
    "picks" INTEGER NOT NULL,
    "captains" INTEGER NOT NULL,
    "p1_calls" INTEGER NOT NULL,
    "p2_calls" INTEGER NOT NULL,
    "p3_calls" INTEGER NOT NULL,
    "exact_calls" INTEGER,
    "points" INTEGER,

    CONSTRAINT "crew_stage_stat_pkey" PRIMARY KEY ("stage_id","crew_id")
);

-- CreateIndex: the crew page's trend, WHERE crew_id = $1 (joined to its event's stages). The primary key serves the stage page (WHERE stage_id = $1).
CREATE INDEX "crew_stage_stat_crew_id_stage_id_idx" ON "crew_stage_stat"("crew_id", "stage_id");

-- AddForeignKey
ALTER TABLE "stage_stat" ADD CONSTRAINT "stage_stat_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage_stat" ADD CONSTRAINT "stage_stat_best_user_id_fkey" FOREIGN KEY ("best_user_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "crew_stage_stat" ADD CONSTRAINT "crew_stage_stat_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "crew_stage_stat" ADD CONSTRAINT "crew_stage_stat_crew_id_fkey" FOREIGN KEY ("crew_id") REFERENCES "crew"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Counts are never negative, and a crew is captained only in rosters that hold it.
ALTER TABLE "stage_stat" ADD CONSTRAINT "stage_stat_counts_check"
  CHECK ("players" >= 0 AND "callers" >= 0 AND "jokers" >= 0 AND "wildcards" >= 0 AND "shields" >= 0
         AND "jokers" + "wildcards" + "shields" <= "players" AND ("best_players" IS NULL OR "best_players" >= 1));
ALTER TABLE "crew_stage_stat" ADD CONSTRAINT "crew_stage_stat_counts_check"
  CHECK ("picks" >= 0 AND "captains" BETWEEN 0 AND "picks" AND "p1_calls" >= 0 AND "p2_calls" >= 0 AND "p3_calls" >= 0
         AND ("exact_calls" IS NULL OR "exact_calls" >= 0));

-- No backfill: the stage and crew pages store the stats of every locked stage without them on their
-- first read (lib/server/results/lock-started-stages.ts).
