export * from "./comment";
export * from "./post";
export * from "./slug";
