/**
 * The only scripts reader pages carry: small, written by hand, no framework. The server keeps an
 * inline script only when its text is one of these, and its policy allows exactly these by hash
 * (apps/web/server/security-headers.ts), so nothing else can run on a reader page.
 */

/** "Kopiera länk": copies the post's address instead of opening it, when a clipboard is there. */
export const COPY_LINK_SCRIPT =
  'document.addEventListener("click",function(e){var a=e.target instanceof Element&&e.target.closest("a.share-copy");' +
  "if(!a||!navigator.clipboard)return;e.preventDefault();navigator.clipboard.writeText(a.href).then(function(){" +
  'var s=a.parentElement&&a.parentElement.querySelector(".share-status");if(s)s.textContent=a.getAttribute("data-copied")||""})});';

export const READER_SCRIPTS: readonly string[] = [COPY_LINK_SCRIPT];
