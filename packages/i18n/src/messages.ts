import type { LanguageCode } from "./languages";
import { adminMailMessages, type AdminMailMessages } from "./admin-mail-messages";
import { readerMailMessages, type ReaderMailMessages } from "./reader-mail-messages";

/** Plural forms as Intl.PluralRules names them; sv and en use "one" and "other". */
export type PluralForms = { one: string; other: string };

export interface Messages extends ReaderMailMessages {
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
    /** The label of the honeypot field, which people never see (screen readers skip it too). */
    honeypot: string;
    errors: {
      authorName: { required: string; tooLong: (max: number) => string };
      authorUrl: { invalid: string; tooLong: (max: number) => string };
      body: { required: string; tooLong: (max: number) => string };
      tooMany: string;
      generic: string;
      /** The form was sent too fast, or is too old: the text is kept and a fresh form token given. */
      checkAndResend: string;
      duplicate: string;
      honeypot: string;
    };
  };
  commentAt: (date: string, time: string) => string;
  /** A post with more comments than one page shows (Blogger shows 200 at a time). */
  commentPages: { label: string; earlier: string; later: string; showing: (from: number, to: number, total: number) => string };
  /** "Svara": answers a comment (opens the form as a reply to it). */
  reply: string;
  replyTo: (name: string) => string;
  cancelReply: string;
  share: { title: string; email: string; copyLink: string; copied: string };
  notFound: { title: string; text: string };
  /** An address whose post or page was deleted (410 Gone). */
  gone: { title: string; text: string };
  blogNavigation: string;
  /** The reader sidebar's list of static pages (Blogger's Pages widget). */
  pagesWidget: { title: string; home: string };
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
    featuredImage: string;
    featuredHint: string;
    noFeaturedImage: string;
    currentFeatured: (fileName: string) => string;
  };
  admin: AdminMessages;
}

/** The admin's strings (/admin), in the blog's language like everything else. */
export interface AdminMessages extends AdminMailMessages {
  title: string;
  skipToContent: string;
  nav: { label: string; posts: string; newPost: string; pages: string; comments: string; labels: string; settings: string; authors: string; tokens: string; importer: string; viewBlog: string };
  /** Static pages (/p/slug.html): their own list, written in the same editor. */
  pages: { title: string; newPage: string; newTitle: string; editTitle: string; empty: string; deleted: string; intro: string };
  signedInAs: (name: string) => string;
  signOut: string;
  signOutEverywhere: string;
  setup: { title: string; intro: string; submit: string; needsLink: string; badLink: string };
  signIn: { title: string; submit: string; wrong: string; throttled: (minutes: number) => string; signedOut: string };
  fields: { email: string; name: string; password: string; passwordHint: (min: number) => string };
  errors: {
    fixErrors: string;
    generic: string;
    forbidden: string;
    byField: {
      title: string;
      slug: string;
      slugTaken: string;
      email: string;
      emailTaken: string;
      password: (min: number) => string;
      name: string;
      timezone: string;
      publishedAt: string;
      labels: string;
      commentMaxLinks: string;
      commentBlocklist: string;
      akismetKey: string;
      allowedOrigins: string;
    };
  };
  status: { draft: string; scheduled: string; published: string };
  posts: {
    title: string;
    search: string;
    label: string;
    anyLabel: string;
    status: string;
    anyStatus: string;
    filter: string;
    columns: { title: string; status: string; labels: string; date: string; author: string; comments: string };
    empty: string;
    edit: string;
    view: string;
    pageOf: (page: number, pages: number) => string;
    previous: string;
    next: string;
    pagination: string;
    deleted: string;
  };
  editor: {
    newTitle: string;
    editTitle: string;
    title: string;
    slug: string;
    slugHint: string;
    body: string;
    modes: string;
    visual: string;
    html: string;
    toolbar: {
      label: string;
      blockType: string;
      paragraph: string;
      headingLevel: (level: number) => string;
      bold: string;
      italic: string;
      underline: string;
      strike: string;
      bulletList: string;
      orderedList: string;
      quote: string;
      codeBlock: string;
      horizontalRule: string;
      link: string;
      linkPrompt: string;
      align: { left: string; center: string; right: string; justify: string };
      video: string;
      videoPrompt: string;
      videoTitlePrompt: string;
      videoRefused: string;
      table: string;
      addRow: string;
      addColumn: string;
      deleteRow: string;
      deleteColumn: string;
      deleteTable: string;
      undo: string;
      redo: string;
    };
    /** The visual editor would change the post: it stays in HTML mode, and says where. */
    fidelity: { title: string; intro: string; line: (line: number) => string; written: string; visual: string; switchAnyway: string };
    labels: string;
    newLabel: string;
    addLabel: string;
    removeLabel: (name: string) => string;
    publishAt: string;
    publishAtHint: (timeZone: string) => string;
    saveDraft: string;
    publish: string;
    schedule: string;
    update: string;
    unpublish: string;
    preview: string;
    previewHint: string;
    delete: string;
    confirmDelete: string;
    saved: string;
    /** Saved, but the server removed markup outside the allowlist (the first such part). */
    savedWithRemovals: (removed: string) => string;
    unsaved: string;
    leaveWarning: string;
    statusNow: (status: string) => string;
    readOnly: string;
  };
  preview: { title: string; notice: string; back: string };
  forbiddenPage: { title: string; back: string };
  comments: {
    title: string;
    tabs: string;
    statuses: { pending: string; published: string; spam: string };
    empty: string;
    onPost: string;
    inReplyTo: (name: string) => string;
    approve: string;
    markSpam: string;
    notSpam: string;
    delete: string;
    confirmDelete: string;
    reply: string;
    replyLabel: string;
    sendReply: string;
    authorReply: string;
  };
  labels: {
    title: string;
    name: string;
    posts: string;
    rename: string;
    newName: (name: string) => string;
    merge: string;
    mergeInto: (name: string) => string;
    confirmMerge: (name: string, into: string) => string;
    delete: string;
    confirmDelete: (name: string) => string;
    empty: string;
    exists: string;
  };
  settings: {
    title: string;
    blogTitle: string;
    description: string;
    language: string;
    languages: { sv: string; en: string };
    timezone: string;
    timezoneHint: string;
    postsPerPage: string;
    commentPolicy: string;
    policies: { open: string; moderated: string; closed: string };
    allowedOrigins: string;
    allowedOriginsHint: string;
    save: string;
    saved: string;
    favicon: { title: string; hint: string; choose: string; builtIn: string; save: string; saved: string };
    spam: {
      title: string;
      intro: string;
      maxLinks: string;
      maxLinksHint: string;
      blocklist: string;
      blocklistHint: string;
      akismetKey: string;
      akismetHint: string;
      save: string;
      saved: string;
    };
  };
  authors: { title: string; add: string; role: string; roles: { owner: string; author: string }; posts: string; remove: string; confirmRemove: (name: string) => string; cannotSignIn: string; you: string; added: string };
  /** /admin/import: moving a Blogger blog in. */
  importer: {
    title: string;
    intro: string;
    file: string;
    fileHint: string;
    upload: string;
    recent: string;
    statuses: { checking: string; ready: string; importing: string; done: string; failed: string };
    previewTitle: string;
    previewIntro: string;
    kinds: { posts: string; pages: string; comments: string; accounts: string; media: string };
    columns: { kind: string; found: string; imported: string; existing: string; skipped: string };
    problems: string;
    noProblems: string;
    more: (count: number) => string;
    images: string;
    imagesHint: string;
    start: string;
    running: string;
    stalled: string;
    restart: string;
    doneTitle: string;
    failedTitle: string;
    labelsCreated: (count: number) => string;
    imagesCopied: (copied: number, failed: number) => string;
    elapsed: (seconds: string) => string;
    another: string;
  };
  tokens: {
    title: string;
    intro: string;
    name: string;
    role: string;
    expiresInDays: string;
    expiresHint: string;
    create: string;
    created: string;
    copyHint: string;
    account: string;
    createdAt: string;
    expires: string;
    lastUsed: string;
    status: string;
    never: string;
    active: string;
    revoked: string;
    expired: string;
    revoke: string;
    confirmRevoke: (name: string) => string;
    none: string;
  };
}

export const messages: Record<LanguageCode, Messages> = {
  sv: {
    ...readerMailMessages.sv,
    postedBy: (author, time) => `Upplagd av ${author} kl. ${time}`,
    postedAt: (time) => `Upplagd kl. ${time}`,
    labels: "Etiketter:",
    comments: { one: "kommentar", other: "kommentarer" },
    postComment: "Skicka en kommentar",
    reply: "Svara",
    replyTo: (name) => `Svar till ${name}`,
    cancelReply: "Avbryt svaret",
    share: { title: "Dela", email: "Skicka med e-post", copyLink: "Kopiera länk", copied: "Länken är kopierad." },
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
      honeypot: "Lämna det här fältet tomt",
      errors: {
        authorName: { required: "Skriv ditt namn.", tooLong: (max) => `Namnet får vara högst ${max} tecken.` },
        authorUrl: {
          invalid: "Skriv en webbadress som börjar med http:// eller https://.",
          tooLong: (max) => `Webbadressen får vara högst ${max} tecken.`,
        },
        body: { required: "Skriv en kommentar.", tooLong: (max) => `Kommentaren får vara högst ${max} tecken.` },
        tooMany: "Du har skickat många kommentarer på kort tid. Vänta en minut och försök igen.",
        generic: "Kommentaren kunde inte sparas. Försök igen.",
        checkAndResend: "Kontrollera din kommentar och skicka den igen.",
        duplicate: "Du har redan skickat den här kommentaren.",
        honeypot: "Formuläret fick ett värde i ett dolt fält. Töm det (din webbläsares autofyll?) och skicka igen.",
      },
    },
    commentAt: (date, time) => `${date} kl. ${time}`,
    commentPages: {
      label: "Kommentarsidor",
      earlier: "« Tidigare kommentarer",
      later: "Fler kommentarer »",
      showing: (from, to, total) => `Kommentar ${from}–${to} av ${total}`,
    },
    notFound: { title: "Sidan hittades inte", text: "Sidan du letar efter finns inte på den här bloggen." },
    gone: { title: "Sidan har tagits bort", text: "Det som fanns på den här adressen har tagits bort från bloggen." },
    blogNavigation: "Bläddra i bloggen",
    pagesWidget: { title: "Sidor", home: "Startsida" },
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
      featuredImage: "Utvald bild",
      featuredHint: "Visas när inlägget delas (förhandsvisningar) och i flödet. Välj bland bilderna du laddat upp här.",
      noFeaturedImage: "Ingen",
      currentFeatured: (fileName) => `Nuvarande: ${fileName}`,
    },
    admin: {
      ...adminMailMessages.sv,
      title: "Administration",
      skipToContent: "Hoppa till innehållet",
      nav: { label: "Administration", posts: "Inlägg", newPost: "Nytt inlägg", pages: "Sidor", comments: "Kommentarer", labels: "Etiketter", settings: "Inställningar", authors: "Skribenter", tokens: "API-nycklar", importer: "Importera", viewBlog: "Visa bloggen" },
      signedInAs: (name) => `Inloggad som ${name}`,
      signOut: "Logga ut",
      signOutEverywhere: "Logga ut överallt",
      setup: {
        title: "Skapa bloggens ägare",
        intro: "Bloggen har ingen ägare än. Kontot du skapar här kan göra allt: skriva, moderera och ändra inställningar.",
        submit: "Skapa konto",
        needsLink:
          "Bloggen har ingen ägare än. Öppna länken för att skapa ägaren som servern skrev ut när den startade (pnpm start), eller skriv ut en ny med pnpm crestwood setup-link på servern.",
        badLink: "Länken är ogiltig, redan använd eller för gammal. Skriv ut en ny med pnpm crestwood setup-link på servern.",
      },
      signIn: {
        title: "Logga in",
        submit: "Logga in",
        wrong: "Fel e-postadress eller lösenord.",
        throttled: (minutes) =>
          `För många misslyckade inloggningar. Försök igen om ${minutes} ${minutes === 1 ? "minut" : "minuter"}, eller logga in från en webbläsare du har loggat in med förut.`,
        signedOut: "Du är utloggad.",
      },
      fields: { email: "E-postadress", name: "Namn", password: "Lösenord", passwordHint: (min) => `Minst ${min} tecken.` },
      errors: {
        fixErrors: "Rätta till fälten nedan och försök igen.",
        generic: "Det gick inte att spara. Försök igen.",
        forbidden: "Du får inte ändra det här.",
        byField: {
          title: "Skriv en rubrik.",
          slug: "Använd små bokstäver a–z, siffror och bindestreck.",
          slugTaken: "Ett annat inlägg använder redan den adressen.",
          email: "Skriv en e-postadress.",
          emailTaken: "Det finns redan ett konto med den e-postadressen.",
          password: (min) => `Lösenordet måste ha minst ${min} tecken.`,
          name: "Skriv ett namn.",
          timezone: "Skriv en tidszon, till exempel Europe/Stockholm.",
          publishedAt: "Välj en tid i framtiden för schemalagda inlägg.",
          labels: "Kontrollera etiketterna (högst 100 tecken, inga / ? #).",
          commentMaxLinks: "Skriv ett heltal från 0 till 100.",
          commentBlocklist: "Spärrlistan får vara högst 10 000 tecken.",
          akismetKey: "En Akismet-nyckel består av 8–64 bokstäver och siffror.",
          allowedOrigins: "Skriv https://-ursprung utan sökväg, ett per rad (högst 10).",
        },
      },
      status: { draft: "Utkast", scheduled: "Schemalagt", published: "Publicerat" },
      posts: {
        title: "Inlägg",
        search: "Sök på rubrik",
        label: "Etikett",
        anyLabel: "Alla etiketter",
        status: "Status",
        anyStatus: "Alla",
        filter: "Visa",
        columns: { title: "Rubrik", status: "Status", labels: "Etiketter", date: "Datum", author: "Skribent", comments: "Kommentarer" },
        empty: "Inga inlägg matchar.",
        edit: "Redigera",
        view: "Visa",
        pageOf: (page, pages) => `Sida ${page} av ${pages}`,
        previous: "Föregående",
        next: "Nästa",
        pagination: "Sidor",
        deleted: "Inlägget är borttaget.",
      },
      editor: {
        newTitle: "Nytt inlägg",
        editTitle: "Redigera inlägg",
        title: "Rubrik",
        slug: "Adress (slug)",
        slugHint: "Skapas från rubriken. Blir en del av inläggets adress.",
        body: "Text",
        modes: "Redigeringsläge",
        visual: "Skriv",
        html: "HTML",
        toolbar: {
          label: "Formatering",
          blockType: "Stycketyp",
          paragraph: "Stycke",
          headingLevel: (level) => `Rubrik ${level}`,
          bold: "Fetstil",
          italic: "Kursiv",
          underline: "Understruken",
          strike: "Genomstruken",
          bulletList: "Punktlista",
          orderedList: "Numrerad lista",
          quote: "Citat",
          codeBlock: "Kodblock",
          horizontalRule: "Horisontell linje",
          link: "Länk",
          linkPrompt: "Länkens adress (tomt tar bort länken):",
          align: { left: "Vänsterjustera", center: "Centrera", right: "Högerjustera", justify: "Marginaljustera" },
          video: "Video (YouTube, Vimeo)",
          videoPrompt: "Adressen till videon på YouTube eller Vimeo:",
          videoTitlePrompt: "Videons titel (läses upp för den som inte ser den):",
          videoRefused: "Det går bara att bädda in videor från YouTube och Vimeo. Kontrollera adressen.",
          table: "Infoga tabell",
          addRow: "Lägg till rad",
          addColumn: "Lägg till kolumn",
          deleteRow: "Ta bort rad",
          deleteColumn: "Ta bort kolumn",
          deleteTable: "Ta bort tabell",
          undo: "Ångra",
          redo: "Gör om",
        },
        fidelity: {
          title: "Inlägget visas i HTML-läge",
          intro: "Den visuella redigeraren skulle ändra delar av inlägget, så det öppnades i HTML-läge. Inget har ändrats. Första skillnaden:",
          line: (line) => `rad ${line}`,
          written: "Skrivet",
          visual: "Visuellt",
          switchAnyway: "Byt till visuellt läge ändå (delen ovan ändras)",
        },
        labels: "Etiketter",
        newLabel: "Ny etikett",
        addLabel: "Lägg till",
        removeLabel: (name) => `Ta bort etiketten ${name}`,
        publishAt: "Publiceringstid",
        publishAtHint: (timeZone) => `I bloggens tidszon (${timeZone}). Tomt betyder nu. En tid i framtiden schemalägger inlägget.`,
        saveDraft: "Spara utkast",
        publish: "Publicera",
        schedule: "Schemalägg",
        update: "Uppdatera",
        unpublish: "Avpublicera",
        preview: "Förhandsgranska",
        previewHint: "Förhandsgranskningen visar den sparade versionen.",
        delete: "Ta bort",
        confirmDelete: "Flytta inlägget till papperskorgen? Du kan återställa det, med kommentarerna, i 30 dagar.",
        saved: "Sparat.",
        savedWithRemovals: (removed) => `Sparat. Det som inte är tillåtet i inlägg togs bort, först: ${removed}`,
        unsaved: "Osparade ändringar",
        leaveWarning: "Du har osparade ändringar. Lämna sidan ändå?",
        statusNow: (status) => `Status: ${status}`,
        readOnly: "Det här är en annan skribents inlägg: du kan läsa men inte ändra det.",
      },
      forbiddenPage: { title: "Bara för bloggens ägare", back: "Till inläggen" },
      pages: {
        title: "Sidor",
        newPage: "Ny sida",
        newTitle: "Ny sida",
        editTitle: "Redigera sida",
        empty: "Inga sidor än.",
        deleted: "Sidan är borttagen.",
        intro: "Fristående sidor (till exempel Om mig eller Kontakt) på /p/adress.html, listade i sidofältet under Sidor.",
      },
      preview: { title: "Förhandsgranskning", notice: "Så här ser läsarna inlägget när det är publicerat.", back: "Tillbaka till redigeringen" },
      comments: {
        title: "Kommentarer",
        tabs: "Kommentarer efter status",
        statuses: { pending: "Väntar", published: "Publicerade", spam: "Skräppost" },
        empty: "Inga kommentarer här.",
        onPost: "på",
        inReplyTo: (name) => `svar till ${name}`,
        approve: "Godkänn",
        markSpam: "Skräppost",
        notSpam: "Inte skräppost",
        delete: "Ta bort",
        confirmDelete: "Flytta kommentaren till papperskorgen? Du kan återställa den i 30 dagar.",
        reply: "Svara",
        replyLabel: "Ditt svar",
        sendReply: "Skicka svar",
        authorReply: "Skribentens svar",
      },
      labels: {
        title: "Etiketter",
        name: "Etikett",
        posts: "Inlägg",
        rename: "Byt namn",
        newName: (name) => `Nytt namn för ${name}`,
        merge: "Slå ihop",
        mergeInto: (name) => `Slå ihop ${name} med`,
        confirmMerge: (name, into) => `Slå ihop ${name} med ${into}? Inläggen med ${name} får etiketten ${into}, och ${name} försvinner.`,
        delete: "Ta bort",
        confirmDelete: (name) => `Ta bort etiketten ${name} från alla inlägg?`,
        empty: "Inga etiketter än.",
        exists: "Det finns redan en etikett med det namnet. Slå ihop dem i stället.",
      },
      settings: {
        title: "Inställningar",
        blogTitle: "Bloggens titel",
        description: "Beskrivning",
        language: "Språk",
        languages: { sv: "Svenska", en: "Engelska" },
        timezone: "Tidszon",
        timezoneHint: "Ett namn ur IANA:s tidszonsdatabas, till exempel Europe/Stockholm.",
        postsPerPage: "Inlägg per sida",
        commentPolicy: "Kommentarer",
        policies: { open: "Öppet för alla", moderated: "Modererade (visas efter godkännande)", closed: "Stängda" },
        allowedOrigins: "Tillåtna ursprung för prylar och statistik",
        allowedOriginsHint: "Ett https://-ursprung per rad (till exempel https://statistik.example.se): läsarsidorna får hämta skript, ramar och bilder därifrån. Tomt: bara bloggen själv.",
        save: "Spara inställningar",
        saved: "Inställningarna är sparade.",
        favicon: {
          title: "Bloggens ikon",
          hint: "Ikonen (favicon) som visas i webbläsarens flik. Välj en bild ur mediebiblioteket, helst kvadratisk.",
          choose: "Ikon",
          builtIn: "Crestwoods egen",
          save: "Spara ikonen",
          saved: "Ikonen är sparad.",
        },
        spam: {
          title: "Skräppost i kommentarer",
          intro: "Kommentarer som fastnar här väntar på ditt godkännande under Kommentarer.",
          maxLinks: "Största antal länkar i en kommentar",
          maxLinksHint: "En kommentar med fler länkar än så väntar på godkännande.",
          blocklist: "Spärrade ord",
          blocklistHint: "Ett ord eller en fras per rad. En kommentar som innehåller något av dem (i namn, webbadress eller text) väntar på godkännande.",
          akismetKey: "Akismet-nyckel (valfri)",
          akismetHint: "Med en nyckel från akismet.com kontrolleras nya kommentarer också av Akismet; det som Akismet kallar skräppost hamnar under Skräppost. Lämna tomt för att låta bli.",
          save: "Spara",
          saved: "Skräppostinställningarna är sparade.",
        },
      },
      authors: {
        title: "Skribenter",
        add: "Lägg till skribent",
        role: "Roll",
        roles: { owner: "Ägare", author: "Skribent" },
        posts: "Inlägg",
        remove: "Ta bort",
        confirmRemove: (name) => `Ta bort kontot för ${name}? Inläggen finns kvar.`,
        cannotSignIn: "kan inte logga in",
        you: "du",
        added: "Skribenten är tillagd.",
      },
      importer: {
        title: "Importera från Blogger",
        intro: "Flytta hit en Blogger-blogg: inlägg, sidor, utkast, etiketter, kommentarer med trådar och de gamla adresserna. Att importera samma fil igen ändrar ingenting.",
        file: "Exportfil",
        fileHint: "Bloggers export (.xml från Inställningar → Säkerhetskopiera innehåll), Google Takeouts feed.atom eller hela Takeout-zipfilen.",
        upload: "Ladda upp och granska",
        recent: "Tidigare importer",
        statuses: { checking: "granskas", ready: "redo att importera", importing: "importeras", done: "klar", failed: "misslyckades" },
        previewTitle: "Granskning",
        previewIntro: "Inget är ändrat än. Så här blir importen:",
        kinds: { posts: "Inlägg", pages: "Sidor", comments: "Kommentarer", accounts: "Konton", media: "Bilder" },
        columns: { kind: "Slag", found: "I filen", imported: "Importerade", existing: "Redan importerade", skipped: "Hoppades över" },
        problems: "Det här behövde ett beslut",
        noProblems: "Inget i filen behövde ett beslut.",
        more: (count) => `… och ${count} till`,
        images: "Kopiera Bloggers bilder till mediebiblioteket",
        imagesHint: "Bilder på Bloggers servrar hämtas en gång och inläggen visar kopian. Bilder som inte går att hämta behåller sin länk.",
        start: "Importera",
        running: "Importerar …",
        stalled: "Importen har stannat (servern startades om?). Starta den igen: det som redan är importerat hoppas över.",
        restart: "Fortsätt importen",
        doneTitle: "Importen är klar",
        failedTitle: "Importen misslyckades",
        labelsCreated: (count) => (count === 1 ? "1 ny etikett" : `${count} nya etiketter`),
        imagesCopied: (copied, failed) => `${copied} bilder kopierade, ${failed} gick inte att hämta`,
        elapsed: (seconds) => `Tog ${seconds} s.`,
        another: "Importera en annan fil",
      },
      tokens: {
        title: "API-nycklar",
        intro: "Nycklar låter skript och andra program skriva i bloggen genom API:t (se @crestwood/client). En nyckel visas bara en gång.",
        name: "Namn (vad ska använda nyckeln?)",
        role: "Roll",
        expiresInDays: "Giltig i antal dagar (valfritt)",
        expiresHint: "Lämna tomt för en nyckel som gäller tills du återkallar den.",
        create: "Skapa nyckel",
        created: "Nyckeln är skapad. Kopiera den nu – den visas inte igen:",
        copyHint: "Markera och kopiera nyckeln, och spara den där skriptet kan läsa den (t.ex. CRESTWOOD_TOKEN).",
        account: "Konto",
        createdAt: "Skapad",
        expires: "Upphör",
        lastUsed: "Senast använd",
        status: "Status",
        never: "aldrig",
        active: "aktiv",
        revoked: "återkallad",
        expired: "har upphört",
        revoke: "Återkalla",
        confirmRevoke: (name) => `Återkalla nyckeln ”${name}”? Skript som använder den slutar fungera.`,
        none: "Inga nycklar ännu.",
      },
    },
  },
  en: {
    ...readerMailMessages.en,
    postedBy: (author, time) => `Posted by ${author} at ${time}`,
    postedAt: (time) => `Posted at ${time}`,
    labels: "Labels:",
    comments: { one: "comment", other: "comments" },
    postComment: "Post a Comment",
    reply: "Reply",
    replyTo: (name) => `Reply to ${name}`,
    cancelReply: "Cancel reply",
    share: { title: "Share", email: "Email this", copyLink: "Copy link", copied: "Link copied." },
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
      honeypot: "Leave this field empty",
      errors: {
        authorName: { required: "Enter your name.", tooLong: (max) => `Your name can be at most ${max} characters.` },
        authorUrl: {
          invalid: "Enter a web address starting with http:// or https://.",
          tooLong: (max) => `The web address can be at most ${max} characters.`,
        },
        body: { required: "Write a comment.", tooLong: (max) => `A comment can be at most ${max} characters.` },
        tooMany: "You have sent many comments in a short time. Wait a minute and try again.",
        generic: "Your comment could not be saved. Please try again.",
        checkAndResend: "Please check your comment and send it again.",
        duplicate: "You have already posted this comment.",
        honeypot: "The form had a value in a hidden field. Empty it (your browser's autofill?) and send again.",
      },
    },
    commentAt: (date, time) => `${date} at ${time}`,
    commentPages: {
      label: "Comment pages",
      earlier: "« Earlier comments",
      later: "More comments »",
      showing: (from, to, total) => `Comments ${from}–${to} of ${total}`,
    },
    notFound: { title: "Page not found", text: "The page you are looking for is not on this blog." },
    gone: { title: "Page removed", text: "What was at this address has been removed from the blog." },
    blogNavigation: "Browse the blog",
    pagesWidget: { title: "Pages", home: "Home" },
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
      featuredImage: "Featured image",
      featuredHint: "Shown when the post is shared (link previews) and in the feed. Choose among the images uploaded here.",
      noFeaturedImage: "None",
      currentFeatured: (fileName) => `Current: ${fileName}`,
    },
    admin: {
      ...adminMailMessages.en,
      title: "Admin",
      skipToContent: "Skip to content",
      nav: { label: "Admin", posts: "Posts", newPost: "New post", pages: "Pages", comments: "Comments", labels: "Labels", settings: "Settings", authors: "Authors", tokens: "API tokens", importer: "Import", viewBlog: "View blog" },
      signedInAs: (name) => `Signed in as ${name}`,
      signOut: "Sign out",
      signOutEverywhere: "Sign out everywhere",
      setup: {
        title: "Create the blog's owner",
        intro: "This blog has no owner yet. The account you create here can do everything: write, moderate and change settings.",
        submit: "Create account",
        needsLink:
          "This blog has no owner yet. Open the setup link the server printed when it started (pnpm start), or print a new one with pnpm crestwood setup-link on the server.",
        badLink: "This link is not valid, already used or too old. Print a new one with pnpm crestwood setup-link on the server.",
      },
      signIn: {
        title: "Sign in",
        submit: "Sign in",
        wrong: "Wrong email or password.",
        throttled: (minutes) =>
          `Too many failed sign-ins. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}, or sign in from a browser you have signed in with before.`,
        signedOut: "You are signed out.",
      },
      fields: { email: "Email", name: "Name", password: "Password", passwordHint: (min) => `At least ${min} characters.` },
      errors: {
        fixErrors: "Please correct the fields below and try again.",
        generic: "That could not be saved. Please try again.",
        forbidden: "You may not change this.",
        byField: {
          title: "Enter a title.",
          slug: "Use lower-case letters a–z, digits and dashes.",
          slugTaken: "Another post already uses this address.",
          email: "Enter an email address.",
          emailTaken: "An account with that email already exists.",
          password: (min) => `The password needs at least ${min} characters.`,
          name: "Enter a name.",
          timezone: "Enter a timezone such as Europe/Stockholm.",
          publishedAt: "Choose a time in the future for scheduled posts.",
          labels: "Check the labels (at most 100 characters, no / ? #).",
          commentMaxLinks: "Enter a whole number from 0 to 100.",
          commentBlocklist: "The blocklist is at most 10,000 characters.",
          akismetKey: "An Akismet key is 8 to 64 letters and digits.",
          allowedOrigins: "Enter https:// origins without a path, one per line (at most 10).",
        },
      },
      status: { draft: "Draft", scheduled: "Scheduled", published: "Published" },
      posts: {
        title: "Posts",
        search: "Search titles",
        label: "Label",
        anyLabel: "All labels",
        status: "Status",
        anyStatus: "All",
        filter: "Show",
        columns: { title: "Title", status: "Status", labels: "Labels", date: "Date", author: "Author", comments: "Comments" },
        empty: "No posts match.",
        edit: "Edit",
        view: "View",
        pageOf: (page, pages) => `Page ${page} of ${pages}`,
        previous: "Previous",
        next: "Next",
        pagination: "Pages",
        deleted: "The post was deleted.",
      },
      editor: {
        newTitle: "New post",
        editTitle: "Edit post",
        title: "Title",
        slug: "Address (slug)",
        slugHint: "Made from the title. Part of the post's address.",
        body: "Text",
        modes: "Editing mode",
        visual: "Compose",
        html: "HTML",
        toolbar: {
          label: "Formatting",
          blockType: "Block type",
          paragraph: "Paragraph",
          headingLevel: (level) => `Heading ${level}`,
          bold: "Bold",
          italic: "Italic",
          underline: "Underline",
          strike: "Strikethrough",
          bulletList: "Bulleted list",
          orderedList: "Numbered list",
          quote: "Quote",
          codeBlock: "Code block",
          horizontalRule: "Horizontal line",
          link: "Link",
          linkPrompt: "Link address (empty removes the link):",
          align: { left: "Align left", center: "Center", right: "Align right", justify: "Justify" },
          video: "Video (YouTube, Vimeo)",
          videoPrompt: "Address of the video on YouTube or Vimeo:",
          videoTitlePrompt: "Title of the video (read out to those who cannot see it):",
          videoRefused: "Only videos from YouTube and Vimeo can be embedded. Check the address.",
          table: "Insert table",
          addRow: "Add row",
          addColumn: "Add column",
          deleteRow: "Delete row",
          deleteColumn: "Delete column",
          deleteTable: "Delete table",
          undo: "Undo",
          redo: "Redo",
        },
        fidelity: {
          title: "This post is shown in HTML mode",
          intro: "The visual editor would change parts of this post, so it opened in HTML mode. Nothing has been changed. First difference:",
          line: (line) => `line ${line}`,
          written: "Written",
          visual: "Visual",
          switchAnyway: "Switch to the visual editor anyway (the part above changes)",
        },
        labels: "Labels",
        newLabel: "New label",
        addLabel: "Add",
        removeLabel: (name) => `Remove the label ${name}`,
        publishAt: "Publish time",
        publishAtHint: (timeZone) => `In the blog's timezone (${timeZone}). Empty means now. A future time schedules the post.`,
        saveDraft: "Save draft",
        publish: "Publish",
        schedule: "Schedule",
        update: "Update",
        unpublish: "Unpublish",
        preview: "Preview",
        previewHint: "The preview shows the saved version.",
        delete: "Delete",
        confirmDelete: "Move this post to the trash? You can restore it, with its comments, for 30 days.",
        saved: "Saved.",
        savedWithRemovals: (removed) => `Saved. What posts may not contain was removed, first: ${removed}`,
        unsaved: "Unsaved changes",
        leaveWarning: "You have unsaved changes. Leave anyway?",
        statusNow: (status) => `Status: ${status}`,
        readOnly: "This is another author's post: you can read it but not change it.",
      },
      forbiddenPage: { title: "Only for the blog's owner", back: "Back to posts" },
      pages: {
        title: "Pages",
        newPage: "New page",
        newTitle: "New page",
        editTitle: "Edit page",
        empty: "No pages yet.",
        deleted: "The page has been deleted.",
        intro: "Standalone pages (such as About or Contact) at /p/address.html, listed in the sidebar under Pages.",
      },
      preview: { title: "Preview", notice: "This is how readers will see the post once it is published.", back: "Back to editing" },
      comments: {
        title: "Comments",
        tabs: "Comments by status",
        statuses: { pending: "Pending", published: "Published", spam: "Spam" },
        empty: "No comments here.",
        onPost: "on",
        inReplyTo: (name) => `reply to ${name}`,
        approve: "Approve",
        markSpam: "Spam",
        notSpam: "Not spam",
        delete: "Delete",
        confirmDelete: "Move this comment to the trash? You can restore it for 30 days.",
        reply: "Reply",
        replyLabel: "Your reply",
        sendReply: "Send reply",
        authorReply: "Author's reply",
      },
      labels: {
        title: "Labels",
        name: "Label",
        posts: "Posts",
        rename: "Rename",
        newName: (name) => `New name for ${name}`,
        merge: "Merge",
        mergeInto: (name) => `Merge ${name} into`,
        confirmMerge: (name, into) => `Merge ${name} into ${into}? Posts labelled ${name} get ${into}, and ${name} goes away.`,
        delete: "Delete",
        confirmDelete: (name) => `Remove the label ${name} from every post?`,
        empty: "No labels yet.",
        exists: "A label with that name exists. Merge them instead.",
      },
      settings: {
        title: "Settings",
        blogTitle: "Blog title",
        description: "Description",
        language: "Language",
        languages: { sv: "Swedish", en: "English" },
        timezone: "Timezone",
        timezoneHint: "A name from the IANA timezone database, such as Europe/Stockholm.",
        postsPerPage: "Posts per page",
        commentPolicy: "Comments",
        policies: { open: "Open to everyone", moderated: "Moderated (shown after approval)", closed: "Closed" },
        allowedOrigins: "Allowed origins for gadgets and analytics",
        allowedOriginsHint: "One https:// origin per line (for example https://stats.example.com): reader pages may load scripts, frames and images from there. Empty: the blog alone.",
        save: "Save settings",
        saved: "Settings saved.",
        favicon: {
          title: "Blog icon",
          hint: "The icon (favicon) shown in the browser's tab. Choose an image from the media library, square if possible.",
          choose: "Icon",
          builtIn: "Crestwood's own",
          save: "Save icon",
          saved: "Icon saved.",
        },
        spam: {
          title: "Comment spam",
          intro: "Comments held here wait for your approval under Comments.",
          maxLinks: "Most links in a comment",
          maxLinksHint: "A comment with more links than this waits for approval.",
          blocklist: "Blocked words",
          blocklistHint: "One word or phrase per line. A comment containing one of them (in its name, web address or text) waits for approval.",
          akismetKey: "Akismet key (optional)",
          akismetHint: "With a key from akismet.com, new comments are also checked by Akismet; what Akismet calls spam goes to Spam. Leave empty to do without.",
          save: "Save",
          saved: "Spam settings saved.",
        },
      },
      authors: {
        title: "Authors",
        add: "Add author",
        role: "Role",
        roles: { owner: "Owner", author: "Author" },
        posts: "Posts",
        remove: "Remove",
        confirmRemove: (name) => `Remove ${name}'s account? Their posts stay.`,
        cannotSignIn: "cannot sign in",
        you: "you",
        added: "The author was added.",
      },
      importer: {
        title: "Import from Blogger",
        intro: "Move a Blogger blog here: posts, pages, drafts, labels, threaded comments and the old addresses. Importing the same file again changes nothing.",
        file: "Export file",
        fileHint: "Blogger's export (.xml from Settings → Back up content), Google Takeout's feed.atom, or the whole Takeout zip.",
        upload: "Upload and check",
        recent: "Earlier imports",
        statuses: { checking: "checking", ready: "ready to import", importing: "importing", done: "done", failed: "failed" },
        previewTitle: "Check",
        previewIntro: "Nothing has changed yet. This is what the import will do:",
        kinds: { posts: "Posts", pages: "Pages", comments: "Comments", accounts: "Accounts", media: "Images" },
        columns: { kind: "Kind", found: "In the file", imported: "Imported", existing: "Already imported", skipped: "Skipped" },
        problems: "What needed a decision",
        noProblems: "Nothing in the file needed a decision.",
        more: (count) => `… and ${count} more`,
        images: "Copy Blogger's images into the media library",
        imagesHint: "Images on Blogger's servers are fetched once and the posts show the copy. Images that cannot be fetched keep their link.",
        start: "Import",
        running: "Importing …",
        stalled: "The import stopped (was the server restarted?). Start it again: what is already imported is skipped.",
        restart: "Continue the import",
        doneTitle: "The import is done",
        failedTitle: "The import failed",
        labelsCreated: (count) => (count === 1 ? "1 new label" : `${count} new labels`),
        imagesCopied: (copied, failed) => `${copied} images copied, ${failed} could not be fetched`,
        elapsed: (seconds) => `Took ${seconds} s.`,
        another: "Import another file",
      },
      tokens: {
        title: "API tokens",
        intro: "Tokens let scripts and other apps write to the blog through its API (see @crestwood/client). A token is shown only once.",
        name: "Name (what will use it?)",
        role: "Role",
        expiresInDays: "Valid for days (optional)",
        expiresHint: "Leave empty for a token that works until you revoke it.",
        create: "Create token",
        created: "The token was created. Copy it now – it will not be shown again:",
        copyHint: "Select and copy the token, and keep it where the script can read it (e.g. CRESTWOOD_TOKEN).",
        account: "Account",
        createdAt: "Created",
        expires: "Expires",
        lastUsed: "Last used",
        status: "Status",
        never: "never",
        active: "active",
        revoked: "revoked",
        expired: "expired",
        revoke: "Revoke",
        confirmRevoke: (name) => `Revoke the token “${name}”? Scripts using it stop working.`,
        none: "No tokens yet.",
      },
    },
  },
};
