export * from "./addresses";
