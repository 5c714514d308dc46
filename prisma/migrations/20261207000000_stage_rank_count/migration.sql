-- CreateTable
CREATE TABLE "stage_rank_count" (
    "stage_id" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "exact" INTEGER NOT NULL,
    "players" INTEGER NOT NULL,
    "above" INTEGER NOT NULL,

    CONSTRAINT "stage_rank_count_pkey" PRIMARY KEY ("stage_id","total","exact")
);

-- AddForeignKey
ALTER TABLE "stage_rank_count" ADD CONSTRAINT "stage_rank_count_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the counts of every published stage, from the stored stage scores (as rescoring writes them).
INSERT INTO "stage_rank_count" ("stage_id", "total", "exact", "players", "above")
SELECT "stage_id", "total", "exact", "players",
       (coalesce(sum("players") OVER (PARTITION BY "stage_id" ORDER BY "total" DESC, "exact" DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))::int
FROM (
  SELECT "stage_id", "total", "exact", count(*)::int AS "players" FROM (
    SELECT ss."stage_id", sum(ss."total") OVER w AS "total", sum(ss."exact") OVER w AS "exact"
    FROM "stage_score" ss JOIN "stage" s ON s."id" = ss."stage_id"
    WHERE s."status" <> 'CANCELLED' AND s."results_status" IN ('PROVISIONAL', 'OFFICIAL')
    WINDOW w AS (PARTITION BY s."event_id", ss."user_id" ORDER BY s."number")
  ) r
  GROUP BY 1, 2, 3
) c;
