// Moving in: Blogger exports (classic and Takeout) into this blog. See importer.ts.
export { importExport, type ImportOptions, type ImportProgress, type ImportResult } from "./importer";
export { planImport, type ImportPlan } from "./plan";
export { openExportSource, type ExportSource } from "./blogger/source";
export { ExportFileError } from "./blogger/xml-entries";
export { formatReport, groupReportLines, describeRef, PROBLEMS, type ImportReportData, type ReportLine, type ProblemCode } from "./report";
export { type ImageImportOptions } from "./images/copy-images";
export { handleImportUpload, handleImportStart, importUploadsDir } from "./http";
export { getImportJob, listImportJobs, type ImportJobView, type ImportJobStatus } from "./jobs";
