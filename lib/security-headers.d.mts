export declare function contentSecurityPolicy(options?: { dev?: boolean }): string;
export declare function securityHeaders(options?: { siteUrl?: string; dev?: boolean }): { key: string; value: string }[];
