import { describeRef, groupReportLines, type ImportReportData } from "@crestwood/api";
import type { AdminMessages } from "@crestwood/i18n";
import { AdminTable, Cell } from "../../_components/admin-table";

const KINDS = ["posts", "pages", "comments", "accounts", "media"] as const;
const SHOWN = 20;

/** Counts by kind and every case that needed a decision: the same report as the CLI prints. */
export function ImportReport({ report, t, preview }: { report: ImportReportData; t: AdminMessages["importer"]; preview: boolean }) {
  const groups = groupReportLines(report.lines);
  return (
    <>
      <div className="import-counts">
        <AdminTable
          columns={[t.columns.kind, t.columns.found, ...(preview ? [] : [t.columns.imported, t.columns.existing]), t.columns.skipped].map((label) => ({ label }))}
        >
          {KINDS.filter((kind) => report.counts[kind].found > 0).map((kind) => (
            <tr key={kind}>
              <Cell header label={t.columns.kind}>
                {t.kinds[kind]}
              </Cell>
              <Cell label={t.columns.found}>{report.counts[kind].found}</Cell>
              {preview ? null : <Cell label={t.columns.imported}>{report.counts[kind].imported}</Cell>}
              {preview ? null : <Cell label={t.columns.existing}>{report.counts[kind].existing}</Cell>}
              <Cell label={t.columns.skipped}>{report.counts[kind].skipped}</Cell>
            </tr>
          ))}
        </AdminTable>
      </div>
      {report.labelsCreated ? <p>{t.labelsCreated(report.labelsCreated)}</p> : null}
      {report.images.downloaded || report.images.failed ? <p>{t.imagesCopied(report.images.downloaded, report.images.failed)}</p> : null}
      <h2>{t.problems}</h2>
      {groups.length === 0 ? (
        <p>{t.noProblems}</p>
      ) : (
        <ul className="import-problems">
          {groups.map((group) => (
            <li key={group.code}>
              <details open={group.lines.length <= 3}>
                <summary>
                  <strong>{group.lines.length} ×</strong> {group.outcome}
                </summary>
                <ul>
                  {group.lines.slice(0, SHOWN).map((line, index) => (
                    <li key={index}>
                      {line.message}
                      {line.ref ? <small> ({describeRef(line.ref)})</small> : null}
                    </li>
                  ))}
                  {group.lines.length > SHOWN ? <li>{t.more(group.lines.length - SHOWN)}</li> : null}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
