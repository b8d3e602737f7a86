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
  },
};
