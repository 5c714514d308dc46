-- CreateTable
CREATE TABLE "scoring_state" (
    "event_id" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "scoring_state_pkey" PRIMARY KEY ("event_id")
);

-- AddForeignKey
ALTER TABLE "scoring_state" ADD CONSTRAINT "scoring_state_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;


