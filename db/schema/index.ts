export * from "./app-meta";
export * from "./auth";
export * from "./library";
export * from "./newsletter";
export * from "./rate-limits";
export * from "./stories";
export * from "./tags";
export * from "./users";
