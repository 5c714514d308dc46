-- AlterTable
ALTER TABLE "stage_roster" ADD COLUMN     "bank_after" INTEGER,
ADD COLUMN     "penalty" INTEGER;

-- CHECK constraints (see the init migration): penalties are charged as positive points, banks never go below zero.
ALTER TABLE "stage_roster" ADD CONSTRAINT "stage_roster_transfer_state_check" CHECK (("penalty" IS NULL OR "penalty" >= 0) AND ("bank_after" IS NULL OR "bank_after" >= 0));
