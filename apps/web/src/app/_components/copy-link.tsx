"use client";

import { useState } from "react";

/**
 * "Kopiera länk": a link to the post itself that, with JavaScript, copies its address instead of
 * following it. Without JavaScript (or a clipboard) it simply opens the permalink.
 */
export function CopyLink({ url, label, copiedText }: { url: string; label: string; copiedText: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <a
        href={url}
        className="share-copy"
        onClick={(event) => {
          if (!navigator.clipboard) return;
          event.preventDefault();
          void navigator.clipboard.writeText(url).then(() => setCopied(true));
        }}
      >
        {label}
      </a>
      <span role="status" className="share-status">
        {copied ? copiedText : ""}
      </span>
    </>
  );
}
