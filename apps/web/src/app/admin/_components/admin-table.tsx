import type { ReactNode } from "react";

export interface AdminColumn {
  label: string;
  /** Shown to screen readers only (a column of buttons). */
  hidden?: boolean;
}

/**
 * The admin's one table layout (posts, pages, labels, authors, tokens): a header row, and on
 * narrow screens each row stacked as a card whose cells name their column (data-label), so a
 * table never makes the page wider than the phone.
 */
export function AdminTable({ columns, children, caption }: { columns: AdminColumn[]; children: ReactNode; caption?: string }) {
  return (
    <table className="admin-table">
      {caption ? <caption className="visually-hidden">{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col">
              {column.hidden ? <span className="visually-hidden">{column.label}</span> : column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A cell that names its column on narrow screens. */
export function Cell({ label, children, header = false }: { label: string; children?: ReactNode; header?: boolean }) {
  return header ? (
    <th scope="row" data-label={label}>
      {children}
    </th>
  ) : (
    <td data-label={label}>{children}</td>
  );
}
