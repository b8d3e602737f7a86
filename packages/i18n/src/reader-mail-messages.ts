import type { LanguageCode } from "./languages";

/** Reader pages' strings for following by e-mail, reply notices, the profile widget and privacy. */
export interface ReaderMailMessages {
  follow: {
    widgetTitle: string;
    intro: string;
    email: string;
    submit: string;
    privacy: string;
    pageTitle: string;
    checkMail: string;
    invalid: string;
    tooMany: string;
    confirmTitle: string;
    confirmText: string;
    confirmButton: string;
    confirmed: string;
    unsubscribeTitle: string;
    unsubscribeText: string;
    unsubscribeButton: string;
    unsubscribed: string;
    badLink: string;
    expiredLink: string;
    backToBlog: string;
  };
  commentNotify: {
    email: string;
    emailHint: string;
    notifyReplies: string;
    errors: { invalid: string; tooLong: (max: number) => string; required: string };
    unsubscribeTitle: string;
    unsubscribeText: string;
    unsubscribeButton: string;
    unsubscribed: string;
  };
  profile: {
    widgetTitle: string;
    website: string;
  };
  privacy: {
    title: string;
    link: string;
    /** Paragraphs of the privacy page. */
    paragraphs: string[];
    /** The name an erased commenter's comments are signed with. */
    anonymous: string;
  };
}

export const readerMailMessages: Record<LanguageCode, ReaderMailMessages> = {
  sv: {
    follow: {
      widgetTitle: "Följ via e-post",
      intro: "Få nya inlägg med e-post.",
      email: "Din e-postadress",
      submit: "Följ",
      privacy: "Vi skickar först ett brev där du bekräftar. Adressen används bara till det här, och du kan sluta följa med ett klick.",
      pageTitle: "Följ via e-post",
      checkMail: "Tack! Titta i din inkorg: klicka på länken i brevet vi skickade för att börja följa bloggen.",
      invalid: "Skriv en e-postadress, till exempel namn@example.com.",
      tooMany: "För många försök. Vänta en stund och försök igen.",
      confirmTitle: "Bekräfta att du vill följa bloggen",
      confirmText: "Klicka på knappen för att få nya inlägg med e-post.",
      confirmButton: "Ja, jag vill följa bloggen",
      confirmed: "Klart! Du får nya inlägg med e-post. Varje brev har en länk för att sluta följa.",
      unsubscribeTitle: "Sluta följa bloggen",
      unsubscribeText: "Klicka på knappen så skickar vi inga fler inlägg till dig.",
      unsubscribeButton: "Sluta följa",
      unsubscribed: "Du följer inte längre bloggen och får inga fler brev om nya inlägg.",
      badLink: "Länken fungerar inte. Kopiera hela adressen från brevet.",
      expiredLink: "Länken har slutat gälla. Be om ett nytt brev med formuläret ”Följ via e-post”.",
      backToBlog: "Tillbaka till bloggen",
    },
    commentNotify: {
      email: "E-post (valfritt, visas aldrig)",
      emailHint: "Bara för svar på din kommentar, om du vill ha dem.",
      notifyReplies: "Meddela mig med e-post när någon svarar",
      errors: {
        invalid: "Skriv en e-postadress, eller lämna fältet tomt.",
        tooLong: (max) => `E-postadressen får vara högst ${max} tecken.`,
        required: "Skriv din e-postadress för att få svar med e-post.",
      },
      unsubscribeTitle: "Sluta skicka svar till mig",
      unsubscribeText: "Klicka på knappen så skickar vi inga fler brev om svar på dina kommentarer.",
      unsubscribeButton: "Sluta skicka svar",
      unsubscribed: "Klart. Du får inga fler brev om svar på dina kommentarer.",
    },
    profile: {
      widgetTitle: "Om mig",
      website: "Min webbplats",
    },
    privacy: {
      title: "Integritet",
      link: "Så hanterar vi dina uppgifter",
      paragraphs: [
        "När du kommenterar sparas namnet, webbadressen och texten du skriver, och visas med kommentaren. Din e-postadress, om du anger den, visas aldrig: den används bara för att meddela dig om svar när du har bett om det.",
        "Vi sparar också en saltad kontrollsumma av din IP-adress (aldrig själva adressen) för att stoppa översvämning av kommentarer.",
        "Följer du bloggen med e-post sparas din adress och när du började följa. Den används bara för att skicka nya inlägg, och varje brev har en länk för att sluta följa.",
        "Vill du se eller få raderat det vi har om dig? Kontakta bloggens ägare: vi kan exportera eller radera allt som hör till din e-postadress.",
      ],
      anonymous: "Anonym",
    },
  },
  en: {
    follow: {
      widgetTitle: "Follow by Email",
      intro: "Get new posts by e-mail.",
      email: "Your e-mail address",
      submit: "Follow",
      privacy: "We first send a mail for you to confirm. The address is used for nothing else, and you can stop with one click.",
      pageTitle: "Follow by Email",
      checkMail: "Thank you! Check your inbox: click the link in the mail we sent to start following the blog.",
      invalid: "Enter an e-mail address, such as name@example.com.",
      tooMany: "Too many attempts. Wait a while and try again.",
      confirmTitle: "Confirm that you want to follow the blog",
      confirmText: "Click the button to get new posts by e-mail.",
      confirmButton: "Yes, I want to follow the blog",
      confirmed: "Done! You will get new posts by e-mail. Every mail has a link to stop.",
      unsubscribeTitle: "Stop following the blog",
      unsubscribeText: "Click the button and we will send you no more posts.",
      unsubscribeButton: "Unfollow",
      unsubscribed: "You no longer follow the blog and will get no more mail about new posts.",
      badLink: "This link does not work. Copy the whole address from the mail.",
      expiredLink: "This link has expired. Ask for a new mail with the “Follow by Email” form.",
      backToBlog: "Back to the blog",
    },
    commentNotify: {
      email: "E-mail (optional, never shown)",
      emailHint: "Only for replies to your comment, if you want them.",
      notifyReplies: "Notify me of replies by e-mail",
      errors: {
        invalid: "Enter an e-mail address, or leave the field empty.",
        tooLong: (max) => `The e-mail address can be at most ${max} characters.`,
        required: "Enter your e-mail address to get replies by mail.",
      },
      unsubscribeTitle: "Stop sending me replies",
      unsubscribeText: "Click the button and we will send no more mail about replies to your comments.",
      unsubscribeButton: "Stop sending replies",
      unsubscribed: "Done. You will get no more mail about replies to your comments.",
    },
    profile: {
      widgetTitle: "About Me",
      website: "My website",
    },
    privacy: {
      title: "Privacy",
      link: "How we handle your data",
      paragraphs: [
        "When you comment, the name, web address and text you write are stored and shown with the comment. Your e-mail address, if you give it, is never shown: it is used only to tell you about replies when you ask for that.",
        "We also keep a salted checksum of your IP address (never the address itself) to stop comment floods.",
        "If you follow the blog by e-mail, your address and when you started following are kept. They are used only to send new posts, and every mail has a link to stop.",
        "Want to see or erase what we keep about you? Contact the blog's owner: everything that belongs to your e-mail address can be exported or erased.",
      ],
      anonymous: "Anonymous",
    },
  },
};
