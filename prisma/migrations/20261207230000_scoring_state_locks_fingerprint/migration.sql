-- AlterTable
ALTER TABLE "scoring_state" ADD COLUMN     "locks_fingerprint" TEXT;
