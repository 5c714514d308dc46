import type { DefaultSession } from "next-auth";

type Role = "PLAYER" | "ADMIN";

// Module augmentation needs interfaces: these add what auth.config.ts and auth.ts put in the JWT.
declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; sessionVersion: number } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    id?: string;
    role?: Role;
    /** The user's session version when this token was issued; an older one than the database's is void. */
    sessionVersion?: number;
  }
}
