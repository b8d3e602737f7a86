export * from "./api-token";
export * from "./blog";
export * from "./comment";
export * from "./label";
export * from "./post";
export * from "./slug";
export * from "./user";
