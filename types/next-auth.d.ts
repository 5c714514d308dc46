import type { DefaultSession } from "next-auth";

type Role = "PLAYER" | "ADMIN";

// Module augmentation needs interfaces: these add the user id and role that auth.config.ts puts in the JWT.
declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    id?: string;
    role?: Role;
  }
}
