-- CreateEnum
CREATE TYPE "ReplayRunStatus" AS ENUM ('ACTIVE', 'FINISHED', 'ABANDONED');

-- CreateTable
CREATE TABLE "replay_run" (
    "id" SERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "event_id" INTEGER NOT NULL,
    "status" "ReplayRunStatus" NOT NULL DEFAULT 'ACTIVE',
    "active_slot" INTEGER DEFAULT 1,
    "last_revealed_number" INTEGER,
    "total" INTEGER NOT NULL DEFAULT 0,
    "exact" INTEGER NOT NULL DEFAULT 0,
    "final_bonus" INTEGER NOT NULL DEFAULT 0,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "replay_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "replay_pick" (
    "run_id" INTEGER NOT NULL,
    "stage_id" INTEGER NOT NULL,
    "crew_ids" INTEGER[],
    "captain_crew_id" INTEGER NOT NULL,
    "p1_crew_id" INTEGER,
    "p2_crew_id" INTEGER,
    "p3_crew_id" INTEGER,
    "featured_best_crew_id" INTEGER,
    "saved_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revealed_at" TIMESTAMPTZ(3),

    CONSTRAINT "replay_pick_pkey" PRIMARY KEY ("run_id","stage_id")
);

-- CreateTable
CREATE TABLE "replay_stage_score" (
    "run_id" INTEGER NOT NULL,
    "stage_id" INTEGER NOT NULL,
    "roster_points" INTEGER NOT NULL,
    "call_points" INTEGER NOT NULL,
    "penalty" INTEGER NOT NULL,
    "transfers" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "exact" INTEGER NOT NULL,

    CONSTRAINT "replay_stage_score_pkey" PRIMARY KEY ("run_id","stage_id")
);

-- CreateIndex
CREATE INDEX "replay_run_event_id_status_total_idx" ON "replay_run"("event_id", "status", "total" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "replay_run_user_id_event_id_active_slot_key" ON "replay_run"("user_id", "event_id", "active_slot");

-- AddForeignKey
ALTER TABLE "replay_run" ADD CONSTRAINT "replay_run_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "replay_run" ADD CONSTRAINT "replay_run_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "replay_pick" ADD CONSTRAINT "replay_pick_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "replay_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "replay_pick" ADD CONSTRAINT "replay_pick_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "replay_stage_score" ADD CONSTRAINT "replay_stage_score_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "replay_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "replay_stage_score" ADD CONSTRAINT "replay_stage_score_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CHECK constraints: invariants Prisma's schema language cannot express.
ALTER TABLE "replay_run" ADD CONSTRAINT "replay_run_active_slot_check"
  CHECK (("status" = 'ACTIVE' AND "active_slot" = 1) OR ("status" <> 'ACTIVE' AND "active_slot" IS NULL));
ALTER TABLE "replay_run" ADD CONSTRAINT "replay_run_finished_check"
  CHECK (("status" = 'FINISHED') = ("finished_at" IS NOT NULL));
ALTER TABLE "replay_pick" ADD CONSTRAINT "replay_pick_roster_check"
  CHECK ("crew_ids" IS NOT NULL AND cardinality("crew_ids") > 0 AND "captain_crew_id" = ANY("crew_ids"));
ALTER TABLE "replay_pick" ADD CONSTRAINT "replay_pick_call_check"
  CHECK (("p1_crew_id" IS NULL AND "p2_crew_id" IS NULL AND "p3_crew_id" IS NULL AND "featured_best_crew_id" IS NULL)
      OR ("p1_crew_id" IS NOT NULL AND "p2_crew_id" IS NOT NULL AND "p3_crew_id" IS NOT NULL
          AND "p1_crew_id" <> "p2_crew_id" AND "p1_crew_id" <> "p3_crew_id" AND "p2_crew_id" <> "p3_crew_id"));

-- A reveal is final: once a stage is revealed in a run, its picks and its score never change,
-- whatever code (or person with a SQL prompt) tries. Rows go only with their run (ON DELETE CASCADE
-- from replay_run): by then the run row is gone, which is what the DELETE branch checks.
CREATE FUNCTION "replay_refuse_revealed_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM "replay_run" WHERE "id" = OLD."run_id") THEN
      RAISE EXCEPTION 'replay stage % of run % is revealed: its picks and score are final', OLD."stage_id", OLD."run_id"
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'replay stage % of run % is revealed: its picks and score are final', OLD."stage_id", OLD."run_id"
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

-- Picks: an unrevealed row may change (and becomes revealed by setting revealed_at); a revealed one may not.
CREATE TRIGGER "replay_pick_revealed_is_final"
  BEFORE UPDATE OR DELETE ON "replay_pick"
  FOR EACH ROW WHEN (OLD."revealed_at" IS NOT NULL)
  EXECUTE FUNCTION "replay_refuse_revealed_change"();

-- Scores are written once, by the reveal.
CREATE TRIGGER "replay_stage_score_is_final"
  BEFORE UPDATE OR DELETE ON "replay_stage_score"
  FOR EACH ROW
  EXECUTE FUNCTION "replay_refuse_revealed_change"();
