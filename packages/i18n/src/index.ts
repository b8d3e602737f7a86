export * from "./languages";
export * from "./messages";
export * from "./format";
export * from "./mail-messages";
export * from "./reader-mail-messages";
export * from "./admin-mail-messages";
