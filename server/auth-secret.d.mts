export declare function loadAuthSecret(env: { NEXTAUTH_SECRET?: string; DATABASE_URL?: string; DATABASE_AUTH_TOKEN?: string }): Promise<string>;
