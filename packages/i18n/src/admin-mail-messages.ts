import type { LanguageCode } from "./languages";

/**
 * The admin's strings for the account page, password reset, the trash, mail and followers,
 * personal data, and a post's history (autosave, revisions, conflicts).
 */
export interface AdminMailMessages {
  forgot: {
    link: string;
    title: string;
    intro: string;
    submit: string;
    sent: string;
    tooMany: (minutes: number) => string;
  };
  reset: {
    title: string;
    intro: string;
    newPassword: string;
    submit: string;
    done: string;
    badLink: string;
    askAgain: string;
  };
  account: {
    title: string;
    nav: string;
    profile: string;
    profileHint: string;
    displayName: string;
    displayNameHint: string;
    bio: string;
    website: string;
    websiteInvalid: string;
    avatar: string;
    avatarNone: string;
    avatarHint: string;
    saveProfile: string;
    profileSaved: string;
    email: string;
    currentEmail: (email: string) => string;
    newEmail: string;
    pendingEmail: (email: string) => string;
    changeEmail: string;
    emailSent: (email: string) => string;
    currentPassword: string;
    wrongPassword: string;
    sameEmail: string;
    password: string;
    newPassword: string;
    changePassword: string;
    passwordChanged: (others: number) => string;
    sessions: string;
    sessionsHint: string;
    session: string;
    signedIn: string;
    lastSeen: string;
    thisSession: string;
    endSession: string;
    unknownBrowser: string;
    emailConfirmedTitle: string;
    emailConfirmed: (email: string) => string;
    emailConfirmFailed: string;
    confirmEmailButton: string;
  };
  authorsEdit: {
    edit: (name: string) => string;
    save: string;
    saved: string;
    lastOwner: string;
    sendReset: string;
    resetSent: (email: string) => string;
    confirmSendReset: (name: string) => string;
  };
  commentLink: {
    title: string;
    approveQuestion: string;
    spamQuestion: string;
    approveButton: string;
    spamButton: string;
    approved: string;
    markedSpam: string;
    on: (postTitle: string) => string;
    already: string;
    expired: string;
    invalid: string;
    notAllowed: string;
    gone: string;
    toQueue: string;
  };
  trash: {
    title: string;
    nav: string;
    intro: (days: number) => string;
    posts: string;
    comments: string;
    empty: string;
    titleColumn: string;
    address: string;
    deleted: string;
    purged: string;
    restore: string;
    deleteForever: string;
    confirmDeleteForever: string;
    restored: string;
    deletedForever: string;
    page: string;
    post: string;
    commentOn: (postTitle: string) => string;
    commentsCount: (count: number) => string;
  };
  mail: {
    title: string;
    nav: string;
    transport: string;
    files: (dir: string) => string;
    filesHint: string;
    smtp: (host: string, port: number) => string;
    noPublicUrl: string;
    queue: string;
    counts: (pending: number, sent: number, failed: number) => string;
    recent: string;
    columns: { when: string; to: string; subject: string; kind: string; status: string };
    statuses: { pending: string; sent: string; failed: string };
    retry: string;
    nothingSent: string;
    settings: string;
    digestFrequency: string;
    frequencies: { per_post: string; daily: string };
    revisionsToKeep: string;
    revisionsHint: string;
    saveSettings: string;
    settingsSaved: string;
    storage: (revisions: number, size: string) => string;
  };
  followers: {
    title: string;
    nav: string;
    intro: string;
    export: string;
    empty: string;
    columns: { email: string; status: string; since: string };
    statuses: { pending: string; confirmed: string; unsubscribed: string };
    filter: string;
    all: string;
    remove: string;
    confirmRemove: (email: string) => string;
    counts: (confirmed: number, pending: number) => string;
  };
  personalData: {
    title: string;
    intro: string;
    email: string;
    export: string;
    erase: string;
    confirmErase: (email: string) => string;
    erased: (comments: number, followers: number, mail: number) => string;
  };
  history: {
    title: string;
    kinds: { autosave: string; save: string; publish: string; restore: string };
    by: (name: string) => string;
    compare: string;
    from: string;
    to: string;
    show: string;
    restore: string;
    confirmRestore: string;
    restored: string;
    noChanges: string;
    textView: string;
    htmlView: string;
    titleLabel: string;
    slugLabel: string;
    labelsLabel: string;
    bodyLabel: string;
    added: string;
    removed: string;
    none: string;
  };
  autosave: {
    saving: string;
    savedAt: (time: string) => string;
    failed: string;
    restoredNotice: (time: string) => string;
    discard: string;
    stale: string;
    previewUnsaved: string;
  };
  conflict: {
    title: string;
    text: (name: string | null, time: string) => string;
    theirs: string;
    yours: string;
    reload: string;
    keepMine: string;
  };
}

export const adminMailMessages: Record<LanguageCode, AdminMailMessages> = {
  sv: {
    forgot: {
      link: "Glömt lösenordet?",
      title: "Glömt lösenordet?",
      intro: "Skriv e-postadressen till ditt konto, så skickar vi en länk där du väljer ett nytt lösenord.",
      submit: "Skicka länken",
      sent: "Om adressen hör till ett konto har vi skickat en länk dit. Den fungerar en gång och i en timme.",
      tooMany: (minutes) => `För många försök. Försök igen om ${minutes} ${minutes === 1 ? "minut" : "minuter"}.`,
    },
    reset: {
      title: "Välj ett nytt lösenord",
      intro: "Alla inloggningar på kontot loggas ut när lösenordet är bytt.",
      newPassword: "Nytt lösenord",
      submit: "Spara lösenordet",
      done: "Lösenordet är bytt. Logga in med det nya.",
      badLink: "Länken har slutat gälla eller är redan använd.",
      askAgain: "Be om en ny länk",
    },
    account: {
      title: "Mitt konto",
      nav: "Mitt konto",
      profile: "Profil",
      profileHint: "Visas för läsarna: i inläggens byline, i flödena och i rutan ”Om mig”.",
      displayName: "Visningsnamn",
      displayNameHint: "Tomt betyder att namnet ovan visas.",
      bio: "Om mig",
      website: "Webbplats",
      websiteInvalid: "Skriv en webbadress som börjar med http:// eller https://.",
      avatar: "Profilbild",
      avatarNone: "Ingen bild",
      avatarHint: "Välj bland bilderna i bildbiblioteket.",
      saveProfile: "Spara profilen",
      profileSaved: "Profilen är sparad.",
      email: "E-postadress",
      currentEmail: (email) => `Nuvarande adress: ${email}`,
      newEmail: "Ny e-postadress",
      pendingEmail: (email) => `Väntar på bekräftelse: ${email}. Klicka på länken i brevet som skickats dit.`,
      changeEmail: "Byt adress",
      emailSent: (email) => `Vi har skickat en länk till ${email}. Adressen byts när du klickar på den.`,
      currentPassword: "Nuvarande lösenord",
      wrongPassword: "Det är inte ditt nuvarande lösenord.",
      sameEmail: "Det är redan din adress.",
      password: "Lösenord",
      newPassword: "Nytt lösenord",
      changePassword: "Byt lösenord",
      passwordChanged: (others) => (others > 0 ? `Lösenordet är bytt, och ${others} ${others === 1 ? "annan inloggning" : "andra inloggningar"} har loggats ut.` : "Lösenordet är bytt."),
      sessions: "Inloggningar",
      sessionsHint: "Webbläsare där du är inloggad. Avsluta en du inte känner igen, och byt lösenord.",
      session: "Webbläsare",
      signedIn: "Inloggad",
      lastSeen: "Senast använd",
      thisSession: "den här",
      endSession: "Logga ut",
      unknownBrowser: "Okänd webbläsare",
      emailConfirmedTitle: "Bekräfta ny e-postadress",
      emailConfirmed: (email) => `Klart! Ditt konto använder nu ${email}.`,
      emailConfirmFailed: "Länken har slutat gälla eller är redan använd. Byt adress igen under Mitt konto.",
      confirmEmailButton: "Bekräfta adressen",
    },
    authorsEdit: {
      edit: (name) => `Ändra ${name}`,
      save: "Spara",
      saved: "Ändringen är sparad.",
      lastOwner: "Bloggen behöver en ägare: gör någon annan till ägare först.",
      sendReset: "Skicka länk för nytt lösenord",
      resetSent: (email) => `En länk har skickats till ${email}. Den gäller i tre dygn.`,
      confirmSendReset: (name) => `Skicka en länk till ${name} för att välja ett nytt lösenord?`,
    },
    commentLink: {
      title: "Kommentar",
      approveQuestion: "Vill du godkänna den här kommentaren?",
      spamQuestion: "Vill du markera den här kommentaren som skräppost?",
      approveButton: "Godkänn",
      spamButton: "Markera som skräppost",
      approved: "Kommentaren är godkänd och syns nu på bloggen.",
      markedSpam: "Kommentaren är markerad som skräppost.",
      on: (postTitle) => `till ”${postTitle}”`,
      already: "Det här är redan gjort.",
      expired: "Länken har slutat gälla. Moderera kommentaren i administrationen.",
      invalid: "Länken fungerar inte. Kopiera hela adressen från brevet.",
      notAllowed: "Länken fungerar inte längre för dig.",
      gone: "Kommentaren finns inte längre.",
      toQueue: "Till kommentarerna",
    },
    trash: {
      title: "Papperskorg",
      nav: "Papperskorg",
      intro: (days) => `Det du tar bort hamnar här och kan återställas i ${days} dagar. Sedan raderas det för gott.`,
      posts: "Inlägg och sidor",
      comments: "Kommentarer",
      empty: "Papperskorgen är tom.",
      titleColumn: "Rubrik",
      address: "Adress",
      deleted: "Borttaget",
      purged: "Raderas",
      restore: "Återställ",
      deleteForever: "Radera för gott",
      confirmDeleteForever: "Radera för gott? Det går inte att ångra.",
      restored: "Återställt.",
      deletedForever: "Raderat för gott.",
      page: "Sida",
      post: "Inlägg",
      commentOn: (postTitle) => `på ”${postTitle}”`,
      commentsCount: (count) => `${count} ${count === 1 ? "kommentar" : "kommentarer"}`,
    },
    mail: {
      title: "E-post",
      nav: "E-post",
      transport: "Så skickas e-post",
      files: (dir) => `Ingen e-postserver är inställd (SMTP_URL), så breven skrivs som .eml-filer i ${dir}. Öppna dem i ett e-postprogram för att se vad bloggen skulle skicka.`,
      filesHint: "Sätt SMTP_URL (till exempel smtp://användare:lösenord@smtp.example.com:587) och MAIL_FROM för att skicka på riktigt.",
      smtp: (host, port) => `Breven skickas genom e-postservern ${host}:${port}.`,
      noPublicUrl: "PUBLIC_URL är inte satt: länkar i brev som skickas i bakgrunden (nya inlägg till följare) pekar på den här serverns egen adress.",
      queue: "Kö",
      counts: (pending, sent, failed) => `${pending} i kö, ${sent} skickade, ${failed} misslyckade.`,
      recent: "Senaste breven",
      columns: { when: "När", to: "Till", subject: "Ämne", kind: "Sort", status: "Status" },
      statuses: { pending: "i kö", sent: "skickat", failed: "misslyckades" },
      retry: "Försök igen",
      nothingSent: "Inga brev ännu.",
      settings: "Inställningar",
      digestFrequency: "Följare får nya inlägg",
      frequencies: { per_post: "ett brev per inlägg", daily: "en sammanfattning om dagen" },
      revisionsToKeep: "Versioner att spara per inlägg",
      revisionsHint: "Tomt sparar alla versioner.",
      saveSettings: "Spara inställningarna",
      settingsSaved: "Inställningarna är sparade.",
      storage: (revisions, size) => `Versionshistoriken har ${revisions} versioner och tar ${size}.`,
    },
    followers: {
      title: "Följare",
      nav: "Följare",
      intro: "Läsare som följer bloggen med e-post. Bara bekräftade adresser får brev.",
      export: "Exportera som CSV",
      empty: "Inga följare ännu.",
      columns: { email: "E-postadress", status: "Status", since: "Sedan" },
      statuses: { pending: "väntar på bekräftelse", confirmed: "bekräftad", unsubscribed: "har slutat följa" },
      filter: "Visa",
      all: "Alla",
      remove: "Ta bort",
      confirmRemove: (email) => `Ta bort ${email} från listan?`,
      counts: (confirmed, pending) => `${confirmed} bekräftade, ${pending} väntar på bekräftelse.`,
    },
    personalData: {
      title: "Personuppgifter",
      intro: "Exportera eller radera allt bloggen har om en person (kommentarer, följande, brev), efter e-postadress. Kommentarer blir kvar men anonyma.",
      email: "Personens e-postadress",
      export: "Exportera (JSON)",
      erase: "Radera",
      confirmErase: (email) => `Radera allt om ${email}? Kommentarerna blir anonyma. Det går inte att ångra.`,
      erased: (comments, followers, mail) => `Klart: ${comments} kommentarer anonymiserade, ${followers} följarrad borttagen, ${mail} brev borttagna.`,
    },
    history: {
      title: "Versioner",
      kinds: { autosave: "Autosparat", save: "Sparat", publish: "Publicerat", restore: "Återställt" },
      by: (name) => `av ${name}`,
      compare: "Jämför",
      from: "Från",
      to: "Till",
      show: "Visa skillnaderna",
      restore: "Återställ den här versionen",
      confirmRestore: "Återställa den här versionen? Den blir inläggets innehåll nu (som en ny version; inget försvinner).",
      restored: "Versionen är återställd.",
      noChanges: "Inga skillnader.",
      textView: "Text",
      htmlView: "HTML",
      titleLabel: "Rubrik",
      slugLabel: "Adress",
      labelsLabel: "Etiketter",
      bodyLabel: "Text",
      added: "tillagt",
      removed: "borttaget",
      none: "Inga versioner ännu.",
    },
    autosave: {
      saving: "Sparar utkast…",
      savedAt: (time) => `Utkastet autosparades ${time}.`,
      failed: "Autosparningen misslyckades. Dina ändringar finns kvar här; spara själv.",
      restoredNotice: (time) => `Osparade ändringar från ${time} är återställda i redigeraren. Spara eller publicera för att behålla dem.`,
      discard: "Släng dem",
      stale: "Någon annan har sparat inlägget sedan du öppnade det. Din nästa sparning kommer att nekas: ladda om först.",
      previewUnsaved: "Förhandsgranskningen visar ditt osparade utkast.",
    },
    conflict: {
      title: "Inlägget har ändrats av någon annan",
      text: (name, time) => `${name ?? "Någon"} sparade inlägget ${time}, efter att du öppnade det. Dina ändringar är inte sparade. Så här skiljer sig deras version från din:`,
      theirs: "Deras version",
      yours: "Din version",
      reload: "Ladda deras version (dina ändringar finns i autosparningen)",
      keepMine: "Spara min version ovanpå deras",
    },
  },
  en: {
    forgot: {
      link: "Forgot your password?",
      title: "Forgot your password?",
      intro: "Enter your account's e-mail address and we will send you a link to choose a new password.",
      submit: "Send the link",
      sent: "If the address belongs to an account, we have sent a link to it. It works once, for an hour.",
      tooMany: (minutes) => `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
    },
    reset: {
      title: "Choose a new password",
      intro: "Every session of the account is signed out once the password is changed.",
      newPassword: "New password",
      submit: "Save the password",
      done: "Your password was changed. Sign in with the new one.",
      badLink: "This link has expired or was already used.",
      askAgain: "Ask for a new link",
    },
    account: {
      title: "My account",
      nav: "My account",
      profile: "Profile",
      profileHint: "Shown to readers: in posts' bylines, in the feeds and in the “About Me” box.",
      displayName: "Display name",
      displayNameHint: "Empty shows the name above.",
      bio: "About me",
      website: "Website",
      websiteInvalid: "Enter a web address starting with http:// or https://.",
      avatar: "Profile picture",
      avatarNone: "No picture",
      avatarHint: "Choose among the images in the media library.",
      saveProfile: "Save profile",
      profileSaved: "Your profile is saved.",
      email: "E-mail address",
      currentEmail: (email) => `Current address: ${email}`,
      newEmail: "New e-mail address",
      pendingEmail: (email) => `Waiting for confirmation: ${email}. Click the link in the mail sent there.`,
      changeEmail: "Change address",
      emailSent: (email) => `We sent a link to ${email}. The address changes when you click it.`,
      currentPassword: "Current password",
      wrongPassword: "That is not your current password.",
      sameEmail: "That is already your address.",
      password: "Password",
      newPassword: "New password",
      changePassword: "Change password",
      passwordChanged: (others) => (others > 0 ? `Your password was changed, and ${others} other ${others === 1 ? "session was" : "sessions were"} signed out.` : "Your password was changed."),
      sessions: "Sessions",
      sessionsHint: "Browsers where you are signed in. End one you do not recognise, and change your password.",
      session: "Browser",
      signedIn: "Signed in",
      lastSeen: "Last used",
      thisSession: "this one",
      endSession: "Sign out",
      unknownBrowser: "Unknown browser",
      emailConfirmedTitle: "Confirm new e-mail address",
      emailConfirmed: (email) => `Done! Your account now uses ${email}.`,
      emailConfirmFailed: "This link has expired or was already used. Change the address again in My account.",
      confirmEmailButton: "Confirm the address",
    },
    authorsEdit: {
      edit: (name) => `Edit ${name}`,
      save: "Save",
      saved: "Saved.",
      lastOwner: "The blog needs an owner: make someone else owner first.",
      sendReset: "Send a password link",
      resetSent: (email) => `A link was sent to ${email}. It works for three days.`,
      confirmSendReset: (name) => `Send ${name} a link to choose a new password?`,
    },
    commentLink: {
      title: "Comment",
      approveQuestion: "Do you want to approve this comment?",
      spamQuestion: "Do you want to mark this comment as spam?",
      approveButton: "Approve",
      spamButton: "Mark as spam",
      approved: "The comment is approved and shows on the blog now.",
      markedSpam: "The comment is marked as spam.",
      on: (postTitle) => `on “${postTitle}”`,
      already: "This is already done.",
      expired: "This link has expired. Moderate the comment in the admin.",
      invalid: "This link does not work. Copy the whole address from the mail.",
      notAllowed: "This link no longer works for you.",
      gone: "This comment no longer exists.",
      toQueue: "To the comments",
    },
    trash: {
      title: "Trash",
      nav: "Trash",
      intro: (days) => `What you delete lands here and can be restored for ${days} days. Then it is deleted for good.`,
      posts: "Posts and pages",
      comments: "Comments",
      empty: "The trash is empty.",
      titleColumn: "Title",
      address: "Address",
      deleted: "Deleted",
      purged: "Deleted for good on",
      restore: "Restore",
      deleteForever: "Delete for good",
      confirmDeleteForever: "Delete for good? This cannot be undone.",
      restored: "Restored.",
      deletedForever: "Deleted for good.",
      page: "Page",
      post: "Post",
      commentOn: (postTitle) => `on “${postTitle}”`,
      commentsCount: (count) => `${count} ${count === 1 ? "comment" : "comments"}`,
    },
    mail: {
      title: "Mail",
      nav: "Mail",
      transport: "How mail is sent",
      files: (dir) => `No mail server is configured (SMTP_URL), so mail is written as .eml files to ${dir}. Open them in a mail program to see what the blog would send.`,
      filesHint: "Set SMTP_URL (for example smtp://user:password@smtp.example.com:587) and MAIL_FROM to send for real.",
      smtp: (host, port) => `Mail is sent through the mail server ${host}:${port}.`,
      noPublicUrl: "PUBLIC_URL is not set: links in mail sent in the background (new posts to followers) point to this server's own address.",
      queue: "Queue",
      counts: (pending, sent, failed) => `${pending} queued, ${sent} sent, ${failed} failed.`,
      recent: "Latest mail",
      columns: { when: "When", to: "To", subject: "Subject", kind: "Kind", status: "Status" },
      statuses: { pending: "queued", sent: "sent", failed: "failed" },
      retry: "Retry",
      nothingSent: "No mail yet.",
      settings: "Settings",
      digestFrequency: "Followers get new posts as",
      frequencies: { per_post: "one mail per post", daily: "a daily digest" },
      revisionsToKeep: "Revisions to keep per post",
      revisionsHint: "Empty keeps every revision.",
      saveSettings: "Save settings",
      settingsSaved: "Settings saved.",
      storage: (revisions, size) => `The revision history holds ${revisions} revisions in ${size}.`,
    },
    followers: {
      title: "Followers",
      nav: "Followers",
      intro: "Readers who follow the blog by e-mail. Only confirmed addresses get mail.",
      export: "Export as CSV",
      empty: "No followers yet.",
      columns: { email: "E-mail address", status: "Status", since: "Since" },
      statuses: { pending: "awaiting confirmation", confirmed: "confirmed", unsubscribed: "unfollowed" },
      filter: "Show",
      all: "All",
      remove: "Remove",
      confirmRemove: (email) => `Remove ${email} from the list?`,
      counts: (confirmed, pending) => `${confirmed} confirmed, ${pending} awaiting confirmation.`,
    },
    personalData: {
      title: "Personal data",
      intro: "Export or erase everything the blog keeps about one person (comments, following, mail), by e-mail address. Comments stay, made anonymous.",
      email: "The person's e-mail address",
      export: "Export (JSON)",
      erase: "Erase",
      confirmErase: (email) => `Erase everything about ${email}? Their comments become anonymous. This cannot be undone.`,
      erased: (comments, followers, mail) => `Done: ${comments} comments made anonymous, ${followers} follower row removed, ${mail} mails removed.`,
    },
    history: {
      title: "Revisions",
      kinds: { autosave: "Autosaved", save: "Saved", publish: "Published", restore: "Restored" },
      by: (name) => `by ${name}`,
      compare: "Compare",
      from: "From",
      to: "To",
      show: "Show the differences",
      restore: "Restore this revision",
      confirmRestore: "Restore this revision? It becomes the post's content now (as a new revision; nothing is lost).",
      restored: "The revision is restored.",
      noChanges: "No differences.",
      textView: "Text",
      htmlView: "HTML",
      titleLabel: "Title",
      slugLabel: "Address",
      labelsLabel: "Labels",
      bodyLabel: "Text",
      added: "added",
      removed: "removed",
      none: "No revisions yet.",
    },
    autosave: {
      saving: "Saving draft…",
      savedAt: (time) => `Draft autosaved at ${time}.`,
      failed: "Autosave failed. Your changes are still here; save them yourself.",
      restoredNotice: (time) => `Unsaved changes from ${time} were restored into the editor. Save or publish to keep them.`,
      discard: "Discard them",
      stale: "Someone else saved this post after you opened it. Your next save will be refused: reload first.",
      previewUnsaved: "The preview shows your unsaved draft.",
    },
    conflict: {
      title: "Someone else changed this post",
      text: (name, time) => `${name ?? "Someone"} saved the post at ${time}, after you opened it. Your changes are not saved. This is how their version differs from yours:`,
      theirs: "Their version",
      yours: "Your version",
      reload: "Load their version (your changes stay in the autosave)",
      keepMine: "Save my version over theirs",
    },
  },
};
