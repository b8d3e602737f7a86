import type { AdminMessages } from "@crestwood/i18n";

export function StatusBadge({ status, t }: { status: "draft" | "scheduled" | "published"; t: AdminMessages }) {
  return <span className={`status-badge status-${status}`}>{t.status[status]}</span>;
}
