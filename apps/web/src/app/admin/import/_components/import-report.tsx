import { describeRef, groupReportLines, type ImportReportData } from "@crestwood/api";
import type { AdminMessages } from "@crestwood/i18n";

const KINDS = ["posts", "pages", "comments", "accounts", "media"] as const;
const SHOWN = 20;

/** Counts by kind and every case that needed a decision: the same report as the CLI prints. */
export function ImportReport({ report, t, preview }: { report: ImportReportData; t: AdminMessages["importer"]; preview: boolean }) {
  const groups = groupReportLines(report.lines);
  return (
    <>
      <div className="import-counts">
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t.columns.kind}</th>
              <th scope="col">{t.columns.found}</th>
              {preview ? null : <th scope="col">{t.columns.imported}</th>}
              {preview ? null : <th scope="col">{t.columns.existing}</th>}
              <th scope="col">{t.columns.skipped}</th>
            </tr>
          </thead>
          <tbody>
            {KINDS.filter((kind) => report.counts[kind].found > 0).map((kind) => (
              <tr key={kind}>
                <th scope="row">{t.kinds[kind]}</th>
                <td>{report.counts[kind].found}</td>
                {preview ? null : <td>{report.counts[kind].imported}</td>}
                {preview ? null : <td>{report.counts[kind].existing}</td>}
                <td>{report.counts[kind].skipped}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
