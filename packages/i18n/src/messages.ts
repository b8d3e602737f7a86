import type { LanguageCode } from "./languages";

/** Plural forms as Intl.PluralRules names them; sv and en use "one" and "other". */
export type PluralForms = { one: string; other: string };

export interface Messages {
  postedBy: (author: string, time: string) => string;
  postedAt: (time: string) => string;
  labels: string;
  comments: PluralForms;
  postComment: string;
  subscribePostComments: string;
  subscribePosts: string;
  home: string;
  olderPosts: string;
  newerPosts: string;
  noPosts: string;
  showingLabel: (label: string) => string;
  showAllPosts: string;
  commentForm: {
    name: string;
    url: string;
    body: string;
    submit: string;
    submitting: string;
    pending: string;
    closed: string;
    fixErrors: string;
    errors: {
      authorName: { required: string; tooLong: (max: number) => string };
      authorUrl: { invalid: string; tooLong: (max: number) => string };
      body: { required: string; tooLong: (max: number) => string };
      tooMany: string;
      generic: string;
    };
  };
  commentAt: (date: string, time: string) => string;
  notFound: { title: string; text: string };
  blogNavigation: string;
  search: {
    label: string;
    submit: string;
    title: (query: string) => string;
    showing: (query: string) => string;
    noResults: string;
    empty: string;
  };
  archive: {
    widgetTitle: string;
    showingPeriod: (period: string) => string;
    allPostsFrom: (period: string) => string;
  };
  feeds: {
    subscribeTo: string;
    posts: string;
    comments: string;
  };
  /** The media library and the image uploader (admin). */
  media: {
    title: string;
    intro: string;
    signInFirst: string;
    search: string;
    searchButton: string;
    upload: string;
    dropHint: string;
    chooseFiles: string;
    uploading: (fileName: string, percent: number) => string;
    uploaded: (fileName: string) => string;
    uploadFailed: (fileName: string, reason: string) => string;
    alt: string;
    altHint: string;
    caption: string;
    save: string;
    saved: string;
    size: (width: number, height: number, megabytes: string) => string;
    uploadedBy: (name: string) => string;
    details: string;
    usedIn: string;
    notUsed: string;
    featured: string;
    draft: string;
    delete: string;
    deleteAnyway: string;
    deleted: string;
    empty: string;
    noMatches: string;
    back: string;
    older: string;
  };
}

export const messages: Record<LanguageCode, Messages> = {
  sv: {
    postedBy: (author, time) => `Upplagd av ${author} kl. ${time}`,
    postedAt: (time) => `Upplagd kl. ${time}`,
    labels: "Etiketter:",
    comments: { one: "kommentar", other: "kommentarer" },
    postComment: "Skicka en kommentar",
    subscribePostComments: "Prenumerera på Kommentarer till inlägget [Atom]",
    subscribePosts: "Prenumerera på: Inlägg (Atom)",
    home: "Startsida",
    olderPosts: "Äldre inlägg",
    newerPosts: "Nyare inlägg",
    noPosts: "Det finns inga inlägg här än.",
    showingLabel: (label) => `Visar inlägg med etiketten ${label}.`,
    showAllPosts: "Visa alla inlägg",
    commentForm: {
      name: "Namn",
      url: "Webbadress (valfri)",
      body: "Kommentar",
      submit: "Publicera",
      submitting: "Skickar…",
      pending: "Tack! Din kommentar visas när den har godkänts.",
      closed: "Det går inte att kommentera det här inlägget.",
      fixErrors: "Rätta till fälten nedan och försök igen.",
      errors: {
        authorName: { required: "Skriv ditt namn.", tooLong: (max) => `Namnet får vara högst ${max} tecken.` },
        authorUrl: {
          invalid: "Skriv en webbadress som börjar med http:// eller https://.",
          tooLong: (max) => `Webbadressen får vara högst ${max} tecken.`,
        },
        body: { required: "Skriv en kommentar.", tooLong: (max) => `Kommentaren får vara högst ${max} tecken.` },
        tooMany: "Du har skickat många kommentarer på kort tid. Vänta en minut och försök igen.",
        generic: "Kommentaren kunde inte sparas. Försök igen.",
      },
    },
    commentAt: (date, time) => `${date} kl. ${time}`,
    notFound: { title: "Sidan hittades inte", text: "Sidan du letar efter finns inte på den här bloggen." },
    blogNavigation: "Bläddra i bloggen",
    search: {
      label: "Sök i den här bloggen",
      submit: "Sök",
      title: (query) => `Sökning: ${query}`,
      showing: (query) => `Visar inlägg som matchar sökningen efter ${query}.`,
      noResults: "Inga inlägg matchade sökningen.",
      empty: "Skriv ett eller flera ord att söka efter.",
    },
    archive: {
      widgetTitle: "Bloggarkiv",
      showingPeriod: (period) => `Visar inlägg från ${period}.`,
      allPostsFrom: (period) => `Alla inlägg från ${period}`,
    },
    feeds: { subscribeTo: "Prenumerera på:", posts: "Inlägg", comments: "Kommentarer" },
    media: {
      title: "Bildbibliotek",
      intro: "Alla uppladdade bilder, nyaste först.",
      signInFirst: "Logga in för att hantera bilder.",
      search: "Sök på filnamn eller alt-text",
      searchButton: "Sök",
      upload: "Ladda upp bilder",
      dropHint: "Dra hit bilder, klistra in, eller välj filer (JPEG, PNG, WebP, GIF, AVIF).",
      chooseFiles: "Välj filer",
      uploading: (fileName, percent) => `Laddar upp ${fileName}: ${percent} %`,
      uploaded: (fileName) => `${fileName} är uppladdad.`,
      uploadFailed: (fileName, reason) => `${fileName} kunde inte laddas upp: ${reason}`,
      alt: "Alt-text",
      altHint: "Beskriv vad bilden visar för den som inte ser den. Lämna tomt om bilden bara är utsmyckning.",
      caption: "Bildtext (valfri)",
      save: "Spara",
      saved: "Sparat.",
      size: (width, height, megabytes) => `${width} × ${height} px, ${megabytes}`,
      uploadedBy: (name) => `Uppladdad av ${name}`,
      details: "Detaljer och användning",
      usedIn: "Används i",
      notUsed: "Bilden används inte i något inlägg.",
      featured: "utvald bild",
      draft: "utkast",
      delete: "Radera bilden",
      deleteAnyway: "Radera ändå (inläggen ovan visar då en trasig bild)",
      deleted: "Bilden är raderad.",
      empty: "Inga bilder ännu.",
      noMatches: "Inga bilder matchar sökningen.",
      back: "Tillbaka till bildbiblioteket",
      older: "Äldre bilder",
    },
  },
  en: {
    postedBy: (author, time) => `Posted by ${author} at ${time}`,
    postedAt: (time) => `Posted at ${time}`,
    labels: "Labels:",
    comments: { one: "comment", other: "comments" },
    postComment: "Post a Comment",
    subscribePostComments: "Subscribe to: Post Comments (Atom)",
    subscribePosts: "Subscribe to: Posts (Atom)",
    home: "Home",
    olderPosts: "Older Posts",
    newerPosts: "Newer Posts",
    noPosts: "There are no posts here yet.",
    showingLabel: (label) => `Showing posts with label ${label}.`,
    showAllPosts: "Show all posts",
    commentForm: {
      name: "Name",
      url: "Website (optional)",
      body: "Comment",
      submit: "Publish",
      submitting: "Sending…",
      pending: "Thank you! Your comment will be visible after approval.",
      closed: "Comments are closed for this post.",
      fixErrors: "Please correct the fields below and try again.",
      errors: {
        authorName: { required: "Enter your name.", tooLong: (max) => `Your name can be at most ${max} characters.` },
        authorUrl: {
          invalid: "Enter a web address starting with http:// or https://.",
          tooLong: (max) => `The web address can be at most ${max} characters.`,
        },
        body: { required: "Write a comment.", tooLong: (max) => `A comment can be at most ${max} characters.` },
        tooMany: "You have sent many comments in a short time. Wait a minute and try again.",
        generic: "Your comment could not be saved. Please try again.",
      },
    },
    commentAt: (date, time) => `${date} at ${time}`,
    notFound: { title: "Page not found", text: "The page you are looking for is not on this blog." },
    blogNavigation: "Browse the blog",
    search: {
      label: "Search This Blog",
      submit: "Search",
      title: (query) => `Search: ${query}`,
      showing: (query) => `Showing posts matching the search for ${query}.`,
      noResults: "No posts matched your search.",
      empty: "Type one or more words to search for.",
    },
    archive: {
      widgetTitle: "Blog Archive",
      showingPeriod: (period) => `Showing posts from ${period}.`,
      allPostsFrom: (period) => `All posts from ${period}`,
    },
    feeds: { subscribeTo: "Subscribe to:", posts: "Posts", comments: "Comments" },
    media: {
      title: "Media library",
      intro: "Every uploaded image, newest first.",
      signInFirst: "Sign in to manage images.",
      search: "Search by file name or alt text",
      searchButton: "Search",
      upload: "Upload images",
      dropHint: "Drag images here, paste them, or choose files (JPEG, PNG, WebP, GIF, AVIF).",
      chooseFiles: "Choose files",
      uploading: (fileName, percent) => `Uploading ${fileName}: ${percent}%`,
      uploaded: (fileName) => `${fileName} is uploaded.`,
      uploadFailed: (fileName, reason) => `${fileName} could not be uploaded: ${reason}`,
      alt: "Alt text",
      altHint: "Describe what the image shows for readers who cannot see it. Leave empty if it is only decoration.",
      caption: "Caption (optional)",
      save: "Save",
      saved: "Saved.",
      size: (width, height, megabytes) => `${width} × ${height} px, ${megabytes}`,
      uploadedBy: (name) => `Uploaded by ${name}`,
      details: "Details and usage",
      usedIn: "Used in",
      notUsed: "The image is not used in any post.",
      featured: "featured image",
      draft: "draft",
      delete: "Delete the image",
      deleteAnyway: "Delete anyway (the posts above will show a broken image)",
      deleted: "The image is deleted.",
      empty: "No images yet.",
      noMatches: "No images match the search.",
      back: "Back to the media library",
      older: "Older images",
    },
  },
};
