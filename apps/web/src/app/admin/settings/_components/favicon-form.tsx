import type { AdminMessages } from "@crestwood/i18n";
import { saveFaviconAction } from "./favicon-action";

/**
 * The blog's icon, chosen among the media library's images: a plain form (no JavaScript needed),
 * apart from the settings form so that each saves what it shows.
 */
export function FaviconForm({ t, images, current, saved }: { t: AdminMessages["settings"]["favicon"]; images: { id: string; fileName: string }[]; current: string | null; saved: boolean }) {
  return (
    <form action={saveFaviconAction} className="favicon-form" aria-labelledby="favicon-heading">
      <h2 id="favicon-heading">{t.title}</h2>
      <p id="favicon-hint">{t.hint}</p>
      {saved ? <p role="status">{t.saved}</p> : null}
      <label htmlFor="favicon-media">{t.choose}</label>{" "}
      <select id="favicon-media" name="mediaId" defaultValue={current ?? ""} aria-describedby="favicon-hint">
        <option value="">{t.builtIn}</option>
        {images.map((image) => (
          <option key={image.id} value={image.id}>
            {image.fileName}
          </option>
        ))}
      </select>{" "}
      <button type="submit">{t.save}</button>
    </form>
  );
}
