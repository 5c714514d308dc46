// GET|POST /api/auth/* - Auth.js sign-in, callback, session and CSRF endpoints
import { handlers } from "@/auth";

export const { GET, POST } = handlers;
