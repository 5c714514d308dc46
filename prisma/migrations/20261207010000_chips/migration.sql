-- CreateEnum
CREATE TYPE "Chip" AS ENUM ('JOKER', 'WILDCARD', 'SHIELD');

-- AlterTable
ALTER TABLE "roster_version" ADD COLUMN     "chip" "Chip",
ADD COLUMN     "chip_stage_id" INTEGER;

-- AlterTable
ALTER TABLE "stage_roster" ADD COLUMN     "chip" "Chip";
