"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { userAction } from "@/lib/server/form-action";
import { getRequestTranslate } from "@/lib/server/i18n/request-locale";
import { msg } from "@/lib/i18n/translate";
import { createLeague } from "@/lib/server/leagues/create-league";
import { joinLeague } from "@/lib/server/leagues/join-league";
import { renameLeague } from "@/lib/server/leagues/rename-league";
import { regenerateInviteCode } from "@/lib/server/leagues/regenerate-invite-code";
import { removeLeagueMember } from "@/lib/server/leagues/remove-league-member";
import { deleteLeague } from "@/lib/server/leagues/delete-league";
import { leaveLeague } from "@/lib/server/leagues/leave-league";
import {
  createLeagueSchema,
  joinLeagueSchema,
  leagueIdSchema,
  removeLeagueMemberSchema,
  renameLeagueSchema,
} from "@/lib/validation/leagues";

const leaguePage = (leagueId: number) => `/leagues/${leagueId}`;

export const createLeagueAction = userAction({
  form: ["name", "eventId"],
  echo: ["name", "eventId"],
  schema: createLeagueSchema,
  run: (input, user) => createLeague(db, { ownerId: user.id, ...input }),
  revalidate: ["/leagues"],
  done: ({ id }) => redirect(`${leaguePage(id)}?created=1`),
});

export const joinLeagueAction = userAction({
  form: ["code"],
  echo: ["code"],
  schema: joinLeagueSchema,
  run: (input, user) => joinLeague(db, { userId: user.id, code: input.code }),
  revalidate: (_input, { leagueId }) => ["/leagues", leaguePage(leagueId)],
  done: ({ leagueId }) => redirect(leaguePage(leagueId)),
});

export const renameLeagueAction = userAction({
  form: ["leagueId", "name"],
  echo: ["name"],
  schema: renameLeagueSchema,
  run: (input, user) => renameLeague(db, { userId: user.id, ...input }),
  revalidate: (input) => ["/leagues", leaguePage(input.leagueId)],
  done: async ({ name }) => (await getRequestTranslate())(msg("leagues.action.renamed"), { name }),
});

export const regenerateInviteCodeAction = userAction({
  form: ["leagueId"],
  schema: leagueIdSchema,
  run: (input, user) => regenerateInviteCode(db, { userId: user.id, leagueId: input.leagueId }),
  revalidate: (input) => [leaguePage(input.leagueId)],
  done: async ({ inviteCode }) => (await getRequestTranslate())(msg("leagues.action.newCode"), { code: inviteCode }),
});

export const removeLeagueMemberAction = userAction({
  form: ["leagueId", "memberId"],
  schema: removeLeagueMemberSchema,
  run: (input, user) => removeLeagueMember(db, { userId: user.id, ...input }),
  revalidate: (input) => [leaguePage(input.leagueId)],
  done: async () => (await getRequestTranslate())(msg("leagues.action.memberRemoved")),
});

export const deleteLeagueAction = userAction({
  form: ["leagueId"],
  schema: leagueIdSchema,
  run: (input, user) => deleteLeague(db, { userId: user.id, leagueId: input.leagueId }),
  revalidate: ["/leagues"],
  done: () => redirect("/leagues?notice=deleted"),
});

export const leaveLeagueAction = userAction({
  form: ["leagueId"],
  schema: leagueIdSchema,
  run: (input, user) => leaveLeague(db, { userId: user.id, leagueId: input.leagueId }),
  revalidate: ["/leagues"],
  done: () => redirect("/leagues?notice=left"),
});
