-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PLAYER', 'ADMIN');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('DRAFT', 'UPCOMING', 'LIVE', 'COMPLETED');

-- CreateEnum
CREATE TYPE "StageType" AS ENUM ('PROLOGUE', 'STAGE', 'MARATHON');

-- CreateEnum
CREATE TYPE "StageStatus" AS ENUM ('SCHEDULED', 'LOCKED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ResultsStatus" AS ENUM ('DRAFT', 'PROVISIONAL', 'OFFICIAL');

-- CreateEnum
CREATE TYPE "Category" AS ENUM ('ULTIMATE', 'STOCK', 'CHALLENGER', 'SSV');

-- CreateEnum
CREATE TYPE "CrewStatus" AS ENUM ('RUNNING', 'RETIRED');

-- CreateEnum
CREATE TYPE "FinishStatus" AS ENUM ('FINISHED', 'DNF', 'DSQ', 'DNS');

-- CreateTable
CREATE TABLE "season" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "season_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" SERIAL NOT NULL,
    "season_id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT,
    "time_zone" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "featured_team_id" INTEGER,
    "rules" JSONB NOT NULL DEFAULT '{}',
    "status" "EventStatus" NOT NULL DEFAULT 'DRAFT',
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "final_status" "ResultsStatus",
    "final_published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "manufacturer" TEXT,
    "vehicle" TEXT,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stage" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT,
    "type" "StageType" NOT NULL DEFAULT 'STAGE',
    "start_town" TEXT NOT NULL,
    "finish_town" TEXT NOT NULL,
    "special_km" INTEGER,
    "total_km" INTEGER,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "StageStatus" NOT NULL DEFAULT 'SCHEDULED',
    "results_status" "ResultsStatus",
    "results_published_at" TIMESTAMPTZ(3),
    "corrected_at" TIMESTAMPTZ(3),
    "correction_reason" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "crew" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "team_id" INTEGER NOT NULL,
    "number" INTEGER,
    "driver" TEXT NOT NULL,
    "driver_nationality" VARCHAR(3),
    "co_driver" TEXT,
    "co_driver_nationality" VARCHAR(3),
    "vehicle" TEXT,
    "category" "Category" NOT NULL DEFAULT 'STOCK',
    "price" INTEGER NOT NULL,
    "is_sample_price" BOOLEAN NOT NULL DEFAULT true,
    "status" "CrewStatus" NOT NULL DEFAULT 'RUNNING',
    "retired_after_stage_id" INTEGER,
    "source" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "crew_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT,
    "email" TEXT,
    "email_verified" TIMESTAMPTZ(3),
    "image" TEXT,
    "display_name" TEXT,
    "password_hash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'PLAYER',
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "user_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("provider","provider_account_id")
);

-- CreateTable
CREATE TABLE "session" (
    "session_token" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL
);

-- CreateTable
CREATE TABLE "verification_token" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_token_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "roster" (
    "id" SERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "event_id" INTEGER NOT NULL,
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "roster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roster_version" (
    "id" SERIAL NOT NULL,
    "roster_id" INTEGER NOT NULL,
    "captain_crew_id" INTEGER NOT NULL,
    "saved_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "roster_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roster_version_crew" (
    "version_id" INTEGER NOT NULL,
    "crew_id" INTEGER NOT NULL,

    CONSTRAINT "roster_version_crew_pkey" PRIMARY KEY ("version_id","crew_id")
);

-- CreateTable
CREATE TABLE "stage_roster" (
    "stage_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "roster_version_id" INTEGER NOT NULL,
    "transfers" INTEGER NOT NULL DEFAULT 0,
    "locked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stage_roster_pkey" PRIMARY KEY ("stage_id","user_id")
);

-- CreateTable
CREATE TABLE "podium_call" (
    "id" SERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "stage_id" INTEGER NOT NULL,
    "p1_crew_id" INTEGER NOT NULL,
    "p2_crew_id" INTEGER NOT NULL,
    "p3_crew_id" INTEGER NOT NULL,
    "featured_best_crew_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "podium_call_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stage_result" (
    "id" SERIAL NOT NULL,
    "stage_id" INTEGER NOT NULL,
    "crew_id" INTEGER NOT NULL,
    "position" INTEGER,
    "status" "FinishStatus" NOT NULL,
    "time_seconds" INTEGER,
    "penalty_seconds" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stage_result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "final_result" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "crew_id" INTEGER NOT NULL,
    "position" INTEGER,
    "status" "FinishStatus" NOT NULL,
    "time_seconds" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "final_result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stage_score" (
    "stage_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "roster_points" INTEGER NOT NULL DEFAULT 0,
    "call_points" INTEGER NOT NULL DEFAULT 0,
    "penalty" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "exact" INTEGER NOT NULL DEFAULT 0,
    "rank" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stage_score_pkey" PRIMARY KEY ("stage_id","user_id")
);

-- CreateTable
CREATE TABLE "standing" (
    "event_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "exact" INTEGER NOT NULL DEFAULT 0,
    "final_bonus" INTEGER NOT NULL DEFAULT 0,
    "rank" INTEGER NOT NULL,
    "previous_rank" INTEGER,
    "joined_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "standing_pkey" PRIMARY KEY ("event_id","user_id")
);

-- CreateTable
CREATE TABLE "league" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "invite_code" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "league_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "league_member" (
    "league_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "league_member_pkey" PRIMARY KEY ("league_id","user_id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" SERIAL NOT NULL,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "season_slug_key" ON "season"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "event_slug_key" ON "event"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "event_featured_team_id_key" ON "event"("featured_team_id");

-- CreateIndex
CREATE INDEX "event_season_id_start_date_idx" ON "event"("season_id", "start_date");

-- CreateIndex
CREATE UNIQUE INDEX "team_event_id_name_key" ON "team"("event_id", "name");

-- CreateIndex
CREATE INDEX "stage_starts_at_idx" ON "stage"("starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "stage_event_id_number_key" ON "stage"("event_id", "number");

-- CreateIndex
CREATE INDEX "crew_team_id_idx" ON "crew"("team_id");

-- CreateIndex
CREATE UNIQUE INDEX "crew_event_id_number_key" ON "crew"("event_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "user_display_name_key" ON "user"("display_name");

-- CreateIndex
CREATE INDEX "account_user_id_idx" ON "account"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "session_session_token_key" ON "session"("session_token");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE INDEX "roster_event_id_idx" ON "roster"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "roster_user_id_event_id_key" ON "roster"("user_id", "event_id");

-- CreateIndex
CREATE INDEX "roster_version_roster_id_saved_at_idx" ON "roster_version"("roster_id", "saved_at" DESC);

-- CreateIndex
CREATE INDEX "roster_version_crew_crew_id_idx" ON "roster_version_crew"("crew_id");

-- CreateIndex
CREATE INDEX "stage_roster_user_id_stage_id_idx" ON "stage_roster"("user_id", "stage_id");

-- CreateIndex
CREATE INDEX "podium_call_stage_id_idx" ON "podium_call"("stage_id");

-- CreateIndex
CREATE UNIQUE INDEX "podium_call_user_id_stage_id_key" ON "podium_call"("user_id", "stage_id");

-- CreateIndex
CREATE INDEX "stage_result_crew_id_idx" ON "stage_result"("crew_id");

-- CreateIndex
CREATE UNIQUE INDEX "stage_result_stage_id_crew_id_key" ON "stage_result"("stage_id", "crew_id");

-- CreateIndex
CREATE UNIQUE INDEX "stage_result_stage_id_position_key" ON "stage_result"("stage_id", "position");

-- CreateIndex
CREATE INDEX "final_result_crew_id_idx" ON "final_result"("crew_id");

-- CreateIndex
CREATE UNIQUE INDEX "final_result_event_id_crew_id_key" ON "final_result"("event_id", "crew_id");

-- CreateIndex
CREATE UNIQUE INDEX "final_result_event_id_position_key" ON "final_result"("event_id", "position");

-- CreateIndex
CREATE INDEX "stage_score_stage_id_rank_idx" ON "stage_score"("stage_id", "rank");

-- CreateIndex
CREATE INDEX "stage_score_user_id_stage_id_idx" ON "stage_score"("user_id", "stage_id");

-- CreateIndex
CREATE INDEX "standing_event_id_rank_joined_at_idx" ON "standing"("event_id", "rank", "joined_at");

-- CreateIndex
CREATE INDEX "standing_user_id_idx" ON "standing"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "league_invite_code_key" ON "league"("invite_code");

-- CreateIndex
CREATE INDEX "league_owner_id_idx" ON "league"("owner_id");

-- CreateIndex
CREATE INDEX "league_event_id_idx" ON "league"("event_id");

-- CreateIndex
CREATE INDEX "league_member_user_id_idx" ON "league_member"("user_id");

-- CreateIndex
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at" DESC);

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_created_at_idx" ON "audit_log"("entity_type", "entity_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "rate_limit_expire_idx" ON "rate_limit"("expire");

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_season_id_fkey" FOREIGN KEY ("season_id") REFERENCES "season"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_featured_team_id_fkey" FOREIGN KEY ("featured_team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team" ADD CONSTRAINT "team_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage" ADD CONSTRAINT "stage_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "crew" ADD CONSTRAINT "crew_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "crew" ADD CONSTRAINT "crew_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "crew" ADD CONSTRAINT "crew_retired_after_stage_id_fkey" FOREIGN KEY ("retired_after_stage_id") REFERENCES "stage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roster" ADD CONSTRAINT "roster_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roster" ADD CONSTRAINT "roster_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roster_version" ADD CONSTRAINT "roster_version_roster_id_fkey" FOREIGN KEY ("roster_id") REFERENCES "roster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roster_version" ADD CONSTRAINT "roster_version_captain_crew_id_fkey" FOREIGN KEY ("captain_crew_id") REFERENCES "crew"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roster_version_crew" ADD CONSTRAINT "roster_version_crew_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "roster_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roster_version_crew" ADD CONSTRAINT "roster_version_crew_crew_id_fkey" FOREIGN KEY ("crew_id") REFERENCES "crew"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage_roster" ADD CONSTRAINT "stage_roster_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage_roster" ADD CONSTRAINT "stage_roster_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage_roster" ADD CONSTRAINT "stage_roster_roster_version_id_fkey" FOREIGN KEY ("roster_version_id") REFERENCES "roster_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "podium_call" ADD CONSTRAINT "podium_call_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "podium_call" ADD CONSTRAINT "podium_call_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "podium_call" ADD CONSTRAINT "podium_call_p1_crew_id_fkey" FOREIGN KEY ("p1_crew_id") REFERENCES "crew"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "podium_call" ADD CONSTRAINT "podium_call_p2_crew_id_fkey" FOREIGN KEY ("p2_crew_id") REFERENCES "crew"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "podium_call" ADD CONSTRAINT "podium_call_p3_crew_id_fkey" FOREIGN KEY ("p3_crew_id") REFERENCES "crew"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "podium_call" ADD CONSTRAINT "podium_call_featured_best_crew_id_fkey" FOREIGN KEY ("featured_best_crew_id") REFERENCES "crew"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage_result" ADD CONSTRAINT "stage_result_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage_result" ADD CONSTRAINT "stage_result_crew_id_fkey" FOREIGN KEY ("crew_id") REFERENCES "crew"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "final_result" ADD CONSTRAINT "final_result_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "final_result" ADD CONSTRAINT "final_result_crew_id_fkey" FOREIGN KEY ("crew_id") REFERENCES "crew"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage_score" ADD CONSTRAINT "stage_score_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stage_score" ADD CONSTRAINT "stage_score_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "standing" ADD CONSTRAINT "standing_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "standing" ADD CONSTRAINT "standing_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "league" ADD CONSTRAINT "league_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "league" ADD CONSTRAINT "league_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "league_member" ADD CONSTRAINT "league_member_league_id_fkey" FOREIGN KEY ("league_id") REFERENCES "league"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "league_member" ADD CONSTRAINT "league_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CHECK constraints: invariants Prisma's schema language cannot express.
ALTER TABLE "event" ADD CONSTRAINT "event_dates_check" CHECK ("end_date" >= "start_date");
ALTER TABLE "event" ADD CONSTRAINT "event_rules_object_check" CHECK (jsonb_typeof("rules") = 'object');
ALTER TABLE "event" ADD CONSTRAINT "event_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "season" ADD CONSTRAINT "season_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "stage" ADD CONSTRAINT "stage_number_check" CHECK ("number" >= 0);
ALTER TABLE "stage" ADD CONSTRAINT "stage_km_check" CHECK (("special_km" IS NULL OR "special_km" >= 0) AND ("total_km" IS NULL OR "total_km" >= 0));
ALTER TABLE "stage" ADD CONSTRAINT "stage_correction_reason_check" CHECK ("corrected_at" IS NULL OR "correction_reason" IS NOT NULL);
ALTER TABLE "crew" ADD CONSTRAINT "crew_number_check" CHECK ("number" IS NULL OR "number" > 0);
ALTER TABLE "crew" ADD CONSTRAINT "crew_price_check" CHECK ("price" > 0);
ALTER TABLE "crew" ADD CONSTRAINT "crew_retired_check" CHECK ("status" = 'RETIRED' OR "retired_after_stage_id" IS NULL);
ALTER TABLE "podium_call" ADD CONSTRAINT "podium_call_distinct_check" CHECK ("p1_crew_id" <> "p2_crew_id" AND "p1_crew_id" <> "p3_crew_id" AND "p2_crew_id" <> "p3_crew_id");
-- Only finishers hold a position (a finisher's place may be unknown, so FINISHED allows NULL).
ALTER TABLE "stage_result" ADD CONSTRAINT "stage_result_position_check" CHECK ("position" IS NULL OR ("position" > 0 AND "status" = 'FINISHED'));
ALTER TABLE "stage_result" ADD CONSTRAINT "stage_result_times_check" CHECK (("time_seconds" IS NULL OR "time_seconds" >= 0) AND "penalty_seconds" >= 0);
ALTER TABLE "final_result" ADD CONSTRAINT "final_result_position_check" CHECK ("position" IS NULL OR ("position" > 0 AND "status" = 'FINISHED'));
ALTER TABLE "final_result" ADD CONSTRAINT "final_result_time_check" CHECK ("time_seconds" IS NULL OR "time_seconds" >= 0);
ALTER TABLE "stage_roster" ADD CONSTRAINT "stage_roster_transfers_check" CHECK ("transfers" >= 0);
ALTER TABLE "stage_score" ADD CONSTRAINT "stage_score_check" CHECK ("rank" >= 1 AND "exact" BETWEEN 0 AND 3 AND "penalty" >= 0);
ALTER TABLE "standing" ADD CONSTRAINT "standing_check" CHECK ("rank" >= 1 AND ("previous_rank" IS NULL OR "previous_rank" >= 1) AND "exact" >= 0 AND "final_bonus" >= 0);
ALTER TABLE "league" ADD CONSTRAINT "league_name_check" CHECK (char_length("name") BETWEEN 3 AND 40);
ALTER TABLE "user" ADD CONSTRAINT "user_display_name_check" CHECK ("display_name" IS NULL OR char_length("display_name") BETWEEN 3 AND 24);
-- Display names are unique regardless of case ("Dune Fox" and "dune fox" are the same player to readers).
CREATE UNIQUE INDEX "user_display_name_lower_key" ON "user" (lower("display_name"));
