export * from "./app-meta";
export * from "./stories";
export * from "./tags";
export * from "./users";
