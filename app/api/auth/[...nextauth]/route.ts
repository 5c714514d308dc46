// GET|POST /api/auth/* - Auth.js sign-in, callback, session and CSRF endpoints
import { handlers } from "@/auth";
import { guardAuthRequest } from "@/lib/server/auth/guard-auth-request";

export const GET = guardAuthRequest(handlers.GET);
export const POST = guardAuthRequest(handlers.POST);
