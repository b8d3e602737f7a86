/**
 * How long change log rows are kept. A process that has not read the log for longer than this
 * may have missed rows and must treat everything as changed.
 */
export const CHANGE_LOG_RETENTION_MS = 24 * 60 * 60 * 1000;
