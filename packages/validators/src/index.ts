export * from "./archive";
export * from "./blog";
export * from "./comment";
export * from "./feed";
export * from "./label";
export * from "./post";
export * from "./slug";
export * from "./user";
