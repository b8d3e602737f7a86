export { createBackup, restoreBackup, readManifest, BackupError, type BackupManifest } from "./backup";
