// What Crestwood's HTTP server (apps/web/server) needs from the API package in front of Next,
// without the database client or the routers: `@crestwood/api/edge`.
export { SESSION_COOKIE } from "./auth/session-cookie";
export { publicOrigin } from "./content/public-url";
export { FORM_TOKEN_PLACEHOLDER, mintFormToken } from "./spam/form-token";
export { isNotModified, matchesEtag } from "./http/conditional-get";
