import type { ContentDiff, DiffPart } from "@crestwood/api";
import type { AdminMessages } from "@crestwood/i18n";

/** Words (or lines) as they changed: <del> for what went, <ins> for what came. */
function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.added ? <ins key={index}>{part.value}</ins> : part.removed ? <del key={index}>{part.value}</del> : <span key={index}>{part.value}</span>,
      )}
    </>
  );
}

const changed = (parts: { added?: true; removed?: true }[]) => parts.some((part) => part.added || part.removed);

/** The difference between two versions of a post: title, address, labels, and the text or its HTML. */
export function DiffView({ diff, view, t }: { diff: ContentDiff; view: "text" | "html"; t: AdminMessages }) {
  if (!diff.changed) return <p>{t.history.noChanges}</p>;
  const body = view === "html" ? diff.html : diff.text;
  return (
    <div className="diff">
      <p className="diff-legend">
        <ins>{t.history.added}</ins> <del>{t.history.removed}</del>
      </p>
      {changed(diff.title) ? (
        <>
          <h3>{t.history.titleLabel}</h3>
          <p className="diff-view">
            <Parts parts={diff.title} />
          </p>
        </>
      ) : null}
      {changed(diff.slug) ? (
        <>
          <h3>{t.history.slugLabel}</h3>
          <p className="diff-view html">
            <Parts parts={diff.slug} />
          </p>
        </>
      ) : null}
      {changed(diff.labels) ? (
        <>
          <h3>{t.history.labelsLabel}</h3>
          <p className="diff-view">
            {diff.labels.map((label, index) => (
              <span key={label.value}>
                {index > 0 ? ", " : null}
                {label.added ? <ins>{label.value}</ins> : label.removed ? <del>{label.value}</del> : label.value}
              </span>
            ))}
          </p>
        </>
      ) : null}
      <h3>{t.history.bodyLabel}</h3>
      <div className={view === "html" ? "diff-view html" : "diff-view"}>
        {changed(body) ? <Parts parts={body} /> : t.history.noChanges}
      </div>
    </div>
  );
}
