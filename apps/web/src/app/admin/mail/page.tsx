import type { Metadata } from "next";
import { formatDate, formatTime } from "@crestwood/i18n";
import { getAdminContext, requireOwner } from "~/lib/admin";
import { MailSettingsForm, PersonalDataForm, RetryButton } from "./_components/mail-forms";
import "../_components/account-and-history.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.mail.title };
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Where the blog's mail goes (SMTP or .eml files), the queue, settings, and personal data requests. */
export default async function MailPage() {
  const owner = await requireOwner("/admin/mail");
  const { api, t, blog } = await getAdminContext();
  if (!owner) return <p role="alert">{t.errors.forbidden}</p>;
  const [status, settings, storage] = await Promise.all([api.admin.mail.status(), api.admin.mail.settings(), api.admin.revision.storage()]);
  const { transport, outbox } = status;
  return (
    <>
      <h1>{t.mail.title}</h1>
      <section className="mail-status" aria-labelledby="transport-heading">
        <h2 id="transport-heading">{t.mail.transport}</h2>
        {transport.kind === "files" ? (
          <>
            <p>{t.mail.files(transport.dir)}</p>
            <p className="field-hint">{t.mail.filesHint}</p>
          </>
        ) : (
          <p>{t.mail.smtp(transport.host, transport.port)}</p>
        )}
        {status.publicUrlSet ? null : <p className="field-hint">{t.mail.noPublicUrl}</p>}
      </section>
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">{t.mail.queue}</h2>
        <p>{t.mail.counts(outbox.pending, outbox.sent, outbox.failed)}</p>
        {outbox.recent.length === 0 ? (
          <p>{t.mail.nothingSent}</p>
        ) : (
          <table className="admin-table">
            <caption className="visually-hidden">{t.mail.recent}</caption>
            <thead>
              <tr>
                <th scope="col">{t.mail.columns.when}</th>
                <th scope="col">{t.mail.columns.to}</th>
                <th scope="col">{t.mail.columns.subject}</th>
                <th scope="col">{t.mail.columns.status}</th>
              </tr>
            </thead>
            <tbody>
              {outbox.recent.map((message) => (
                <tr key={message.id}>
                  <td>
                    {formatDate(message.createdAt, blog.language, blog.timeZone)} {formatTime(message.createdAt, blog.language, blog.timeZone)}
                  </td>
                  <td className="session-agent">{message.to}</td>
                  <th scope="row" className="session-agent">
                    {message.subject}
                  </th>
                  <td>
                    {t.mail.statuses[message.status]}
                    {message.lastError ? <p className="field-hint">{message.lastError}</p> : null}
                    {message.status === "failed" ? <RetryButton id={message.id} language={blog.language} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="account-sections">
        <div>
          <MailSettingsForm language={blog.language} settings={settings} />
          <p className="field-hint">{t.mail.storage(storage.revisions, megabytes(storage.bytes))}</p>
        </div>
        <PersonalDataForm language={blog.language} />
      </div>
    </>
  );
}
