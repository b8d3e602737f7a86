import type { Metadata } from "next";
import { formatDate, formatTime } from "@crestwood/i18n";
import { getAdminContext, requireUser } from "~/lib/admin";
import { EmailForm, EndSessionButton, PasswordForm, ProfileForm } from "./_components/account-forms";
import "../_components/account-and-history.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.account.title };
}

/** One's own account: profile, e-mail, password, and where one is signed in. */
export default async function AccountPage() {
  await requireUser("/admin/account");
  const { api, t, blog } = await getAdminContext();
  const [account, media] = await Promise.all([api.admin.account.get(), api.admin.media.list({ limit: 100 })]);
  const images = media.items.map((item) => ({ id: item.id, label: item.alt ? `${item.fileName} – ${item.alt}` : item.fileName }));
  if (account.avatarMediaId && !images.some((image) => image.id === account.avatarMediaId)) {
    images.unshift({ id: account.avatarMediaId, label: account.avatar?.alt || account.avatarMediaId });
  }
  const when = (date: Date) => `${formatDate(date, blog.language, blog.timeZone)} ${formatTime(date, blog.language, blog.timeZone)}`;
  return (
    <>
      <h1>{t.account.title}</h1>
      <div className="account-sections">
        <div>
          {/* eslint-disable-next-line @next/next/no-img-element -- media variants are resized already; next/image would resize them again */}
          {account.avatar ? <img className="account-avatar" src={account.avatar.url} alt={account.avatar.alt} width={96} height={Math.round((96 * account.avatar.height) / account.avatar.width)} /> : null}
          <ProfileForm language={blog.language} profile={account} images={images} />
        </div>
        <div>
          <EmailForm language={blog.language} email={account.email} pendingEmail={account.pendingEmail} />
          <PasswordForm language={blog.language} />
        </div>
      </div>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t.account.sessions}</h2>
        <p className="field-hint">{t.account.sessionsHint}</p>
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t.account.session}</th>
              <th scope="col">{t.account.signedIn}</th>
              <th scope="col">{t.account.lastSeen}</th>
              <th scope="col">
                <span className="visually-hidden">{t.account.endSession}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {account.sessions.map((session) => {
              const label = session.userAgent || t.account.unknownBrowser;
              return (
                <tr key={session.id}>
                  <th scope="row" className="session-agent">
                    {label}
                    {session.current ? ` (${t.account.thisSession})` : null}
                  </th>
                  <td>{when(session.createdAt)}</td>
                  <td>{when(session.lastSeenAt)}</td>
                  <td>{session.current ? null : <EndSessionButton id={session.id} label={label} language={blog.language} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}
