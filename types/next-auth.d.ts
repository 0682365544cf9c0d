import type { UserRole } from "@/db/schema/users";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string | null; role: UserRole; emailVerified: boolean };
  }
  interface User {
    role?: UserRole;
  }
}
