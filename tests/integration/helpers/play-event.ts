import { createCrew, createEvent, createStage, createTeam, createUser } from "@/tests/factories";
import type { Db } from "@/lib/server/db";

/** Seconds from the database clock, the one the locks use. */
export async function dbTimeIn(db: Db, milliseconds: number): Promise<Date> {
  const [row] = await db.$queryRaw<{ at: Date }[]>`SELECT clock_timestamp() + make_interval(secs => ${milliseconds / 1000}) AS at`;
  return row!.at;
}

/**
 * A small playable event: a featured team of three, a rival team of two and a privateer,
 * priced like the seed (the three featured crews do not fit the budget together).
 */
export async function createPlayEvent(db: Db, stageStarts: Date[]) {
  const event = await createEvent(db, { featuredTeam: { name: "Defender Rally" } });
  const rivals = await createTeam(db, { eventId: event.id, name: "Toyota" });
  const privateer = await createTeam(db, { eventId: event.id, name: "Privateer" });
  const featured = await Promise.all([38, 36, 34].map((price) => createCrew(db, { teamId: event.featuredTeam.id, price })));
  const rival = await Promise.all([24, 20].map((price) => createCrew(db, { teamId: rivals.id, price })));
  const solo = await createCrew(db, { teamId: privateer.id, price: 12 });
  const stages = [];
  for (const [index, startsAt] of stageStarts.entries()) stages.push(await createStage(db, { eventId: event.id, number: index, startsAt }));
  const player = await createUser(db);
  return { event, featured, rival, solo, stages, player };
}
