export { findRepoRoot } from "@crestwood/config";
