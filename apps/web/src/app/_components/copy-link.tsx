import { COPY_LINK_SCRIPT } from "~/lib/reader-scripts";

/**
 * "Kopiera länk": a link to the post itself that copies its address instead of following it
 * (one small script, allowed by its hash: reader pages run nothing else). Without JavaScript or
 * a clipboard it simply opens the permalink.
 */
export function CopyLink({ url, label, copiedText }: { url: string; label: string; copiedText: string }) {
  return (
    <>
      <a href={url} className="share-copy" data-copied={copiedText}>
        {label}
      </a>
      <span role="status" className="share-status" />
      <script dangerouslySetInnerHTML={{ __html: COPY_LINK_SCRIPT }} />
    </>
  );
}
