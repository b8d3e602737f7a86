export { exportBlog, type ExportCounts, type ExportWriter } from "./blogger-atom";
export { withFileWriter } from "./file-writer";
