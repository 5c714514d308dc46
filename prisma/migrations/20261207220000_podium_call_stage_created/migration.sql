-- DropIndex
DROP INDEX "podium_call_stage_id_idx";

-- CreateIndex
CREATE INDEX "podium_call_stage_id_created_at_idx" ON "podium_call"("stage_id", "created_at");
