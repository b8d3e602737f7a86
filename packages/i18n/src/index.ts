export * from "./languages";
export * from "./messages";
export * from "./format";
export * from "./mail-messages";
