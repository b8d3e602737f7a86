import type { OwnerProfile } from "@crestwood/api";
import type { BlogContext } from "~/lib/blog";

/** Blogger's "Om mig" / "About me" box: the owner's picture, name and a few words (from /admin/account). */
export function ProfileWidget({ profile, blog }: { profile: OwnerProfile; blog: BlogContext }) {
  const t = blog.t.profile;
  return (
    <section className="widget profile-widget" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t.widgetTitle}</h2>
      {profile.avatar ? (
        // eslint-disable-next-line @next/next/no-img-element -- media variants are resized already; next/image would resize them again
        <img className="profile-avatar" src={profile.avatar.url} alt={profile.avatar.alt} width={80} height={Math.round((80 * profile.avatar.height) / profile.avatar.width)} loading="lazy" />
      ) : null}
      <p className="profile-name">{profile.name}</p>
      {profile.bio ? <p className="profile-bio">{profile.bio}</p> : null}
      {profile.website ? (
        <p>
          <a href={profile.website} rel="me noopener">
            {t.website}
          </a>
        </p>
      ) : null}
    </section>
  );
}
