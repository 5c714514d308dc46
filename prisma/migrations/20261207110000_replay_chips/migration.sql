-- A run's chips (DESIGN.md, "Chips" and "Replay runs"). No new trigger: replay_pick_revealed_is_final
-- refuses every UPDATE of a revealed row, so a revealed stage's chip is as final as its roster.

-- AlterTable
ALTER TABLE "replay_pick" ADD COLUMN     "chip" "Chip";

-- CreateIndex
CREATE UNIQUE INDEX "replay_pick_run_id_chip_key" ON "replay_pick"("run_id", "chip");
