export * from "./allowlist";
export * from "./canonical";
export * from "./canonical-dom";
export * from "./embeds";
export * from "./styles";
export * from "./user-content-ids";
