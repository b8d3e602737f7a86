// The parts of the change announcements that need no database: what the HTTP server in front of
// Next imports (`@crestwood/api/changes`). Services announce through ../changes/announce.ts.
export type { Change, PostChanged, CommentChanged, LabelChanged, SettingsChanged, MediaChanged, AuthorChanged, EverythingChanged } from "./change";
export { parseStoredChange } from "./change";
export { affectedBy, type Affected } from "./affected";
export { CacheTag, monthKey } from "./tags";
export { changeTransport, setChangeTransport, createInProcessTransport, type ChangeTransport } from "./transport";
export { CHANGE_LOG_RETENTION_MS } from "./retention";
