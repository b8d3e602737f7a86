import type { LanguageCode } from "./languages";

/**
 * The text of every mail the blog sends, in the blog's language. Each mail is built from these
 * lines into a plain-text and an HTML part (packages/api/src/mail/compose.ts).
 */
export interface MailMessages {
  /** Under every mail: who sent it and why the reader gets it. */
  footer: (blogTitle: string) => string;
  passwordReset: {
    subject: (blogTitle: string) => string;
    intro: (name: string, blogTitle: string) => string;
    byOwner: (ownerName: string, blogTitle: string) => string;
    action: string;
    expires: (hours: number) => string;
    ignore: string;
  };
  passwordChanged: {
    subject: (blogTitle: string) => string;
    text: (name: string, blogTitle: string) => string;
    notYou: string;
  };
  emailChange: {
    subject: (blogTitle: string) => string;
    intro: (name: string, blogTitle: string) => string;
    action: string;
    expires: (hours: number) => string;
    ignore: string;
  };
  emailChanged: {
    subject: (blogTitle: string) => string;
    text: (name: string, newEmail: string) => string;
    notYou: string;
  };
  commentNotice: {
    subjectPending: (postTitle: string) => string;
    subjectPublished: (postTitle: string) => string;
    introPending: (authorName: string, postTitle: string) => string;
    introPublished: (authorName: string, postTitle: string) => string;
    approve: string;
    spam: string;
    view: string;
    moderate: string;
    linksExpire: (days: number) => string;
  };
  replyNotice: {
    subject: (postTitle: string) => string;
    intro: (replierName: string, postTitle: string) => string;
    yourComment: string;
    theReply: string;
    view: string;
    why: string;
    unsubscribe: string;
  };
  subscribeConfirm: {
    subject: (blogTitle: string) => string;
    intro: (blogTitle: string) => string;
    action: string;
    ignore: string;
  };
  digest: {
    subjectDaily: (blogTitle: string, count: number) => string;
    introDaily: (blogTitle: string) => string;
    introPost: (blogTitle: string) => string;
    readMore: string;
    why: (blogTitle: string) => string;
    unsubscribe: string;
  };
}

export const mailMessages: Record<LanguageCode, MailMessages> = {
  sv: {
    footer: (blogTitle) => `Skickat av bloggen ${blogTitle}.`,
    passwordReset: {
      subject: (blogTitle) => `Nytt lösenord för ${blogTitle}`,
      intro: (name, blogTitle) => `Hej ${name}! Någon (förhoppningsvis du) bad om ett nytt lösenord för ditt konto på ${blogTitle}.`,
      byOwner: (ownerName, blogTitle) => `${ownerName} har skickat dig en länk för att välja ett lösenord till ditt konto på ${blogTitle}.`,
      action: "Välj ett nytt lösenord",
      expires: (hours) => `Länken fungerar en gång och slutar gälla om ${hours} ${hours === 1 ? "timme" : "timmar"}.`,
      ignore: "Bad du inte om det här kan du strunta i brevet: ditt lösenord ändras inte.",
    },
    passwordChanged: {
      subject: (blogTitle) => `Ditt lösenord för ${blogTitle} är ändrat`,
      text: (name, blogTitle) => `Hej ${name}! Lösenordet till ditt konto på ${blogTitle} har just ändrats, och alla andra inloggningar har loggats ut.`,
      notYou: "Var det inte du? Välj ett nytt lösenord med ”Glömt lösenordet?” på inloggningssidan och kontakta bloggens ägare.",
    },
    emailChange: {
      subject: (blogTitle) => `Bekräfta din nya e-postadress för ${blogTitle}`,
      intro: (name, blogTitle) => `Hej ${name}! Bekräfta att du vill använda den här adressen för ditt konto på ${blogTitle}.`,
      action: "Bekräfta adressen",
      expires: (hours) => `Länken slutar gälla om ${hours} ${hours === 1 ? "timme" : "timmar"}.`,
      ignore: "Bad du inte om det här kan du strunta i brevet: inget ändras.",
    },
    emailChanged: {
      subject: (blogTitle) => `Din e-postadress för ${blogTitle} är ändrad`,
      text: (name, newEmail) => `Hej ${name}! Ditt konto använder nu adressen ${newEmail}. Brev från bloggen går dit från och med nu.`,
      notYou: "Var det inte du? Kontakta bloggens ägare.",
    },
    commentNotice: {
      subjectPending: (postTitle) => `Kommentar väntar på godkännande: ${postTitle}`,
      subjectPublished: (postTitle) => `Ny kommentar: ${postTitle}`,
      introPending: (authorName, postTitle) => `${authorName} har kommenterat ”${postTitle}”. Kommentaren visas när den är godkänd.`,
      introPublished: (authorName, postTitle) => `${authorName} har kommenterat ”${postTitle}”.`,
      approve: "Godkänn",
      spam: "Markera som skräppost",
      view: "Visa kommentaren",
      moderate: "Alla kommentarer som väntar",
      linksExpire: (days) => `Knapparna i brevet fungerar bara för dig och i ${days} dagar.`,
    },
    replyNotice: {
      subject: (postTitle) => `Nytt svar på din kommentar: ${postTitle}`,
      intro: (replierName, postTitle) => `${replierName} har svarat på din kommentar till ”${postTitle}”.`,
      yourComment: "Din kommentar:",
      theReply: "Svaret:",
      view: "Läs svaret",
      why: "Du får det här brevet för att du bad om att få veta när någon svarar på din kommentar.",
      unsubscribe: "Sluta skicka svar till mig",
    },
    subscribeConfirm: {
      subject: (blogTitle) => `Bekräfta att du vill följa ${blogTitle}`,
      intro: (blogTitle) => `Någon (förhoppningsvis du) vill få nya inlägg från ${blogTitle} med e-post.`,
      action: "Ja, jag vill följa bloggen",
      ignore: "Bad du inte om det här kan du strunta i brevet: du får inga fler brev.",
    },
    digest: {
      subjectDaily: (blogTitle, count) => `${blogTitle}: ${count} ${count === 1 ? "nytt inlägg" : "nya inlägg"}`,
      introDaily: (blogTitle) => `Nytt på ${blogTitle}:`,
      introPost: (blogTitle) => `Ett nytt inlägg på ${blogTitle}:`,
      readMore: "Läs hela inlägget",
      why: (blogTitle) => `Du får det här brevet för att du följer ${blogTitle} med e-post.`,
      unsubscribe: "Sluta följa",
    },
  },
  en: {
    footer: (blogTitle) => `Sent by the blog ${blogTitle}.`,
    passwordReset: {
      subject: (blogTitle) => `Reset your password for ${blogTitle}`,
      intro: (name, blogTitle) => `Hi ${name}! Someone (hopefully you) asked for a new password for your account on ${blogTitle}.`,
      byOwner: (ownerName, blogTitle) => `${ownerName} sent you a link to choose a password for your account on ${blogTitle}.`,
      action: "Choose a new password",
      expires: (hours) => `The link works once and expires in ${hours} ${hours === 1 ? "hour" : "hours"}.`,
      ignore: "If you did not ask for this, ignore this mail: your password stays as it is.",
    },
    passwordChanged: {
      subject: (blogTitle) => `Your password for ${blogTitle} was changed`,
      text: (name, blogTitle) => `Hi ${name}! The password of your account on ${blogTitle} was just changed, and every other session was signed out.`,
      notYou: "Not you? Choose a new password with “Forgot your password?” on the sign-in page and contact the blog's owner.",
    },
    emailChange: {
      subject: (blogTitle) => `Confirm your new e-mail address for ${blogTitle}`,
      intro: (name, blogTitle) => `Hi ${name}! Confirm that you want to use this address for your account on ${blogTitle}.`,
      action: "Confirm the address",
      expires: (hours) => `The link expires in ${hours} ${hours === 1 ? "hour" : "hours"}.`,
      ignore: "If you did not ask for this, ignore this mail: nothing changes.",
    },
    emailChanged: {
      subject: (blogTitle) => `Your e-mail address for ${blogTitle} was changed`,
      text: (name, newEmail) => `Hi ${name}! Your account now uses the address ${newEmail}. Mail from the blog goes there from now on.`,
      notYou: "Not you? Contact the blog's owner.",
    },
    commentNotice: {
      subjectPending: (postTitle) => `Comment awaiting approval: ${postTitle}`,
      subjectPublished: (postTitle) => `New comment: ${postTitle}`,
      introPending: (authorName, postTitle) => `${authorName} commented on “${postTitle}”. The comment shows once approved.`,
      introPublished: (authorName, postTitle) => `${authorName} commented on “${postTitle}”.`,
      approve: "Approve",
      spam: "Mark as spam",
      view: "View the comment",
      moderate: "All comments awaiting approval",
      linksExpire: (days) => `The buttons in this mail work only for you, for ${days} days.`,
    },
    replyNotice: {
      subject: (postTitle) => `New reply to your comment: ${postTitle}`,
      intro: (replierName, postTitle) => `${replierName} replied to your comment on “${postTitle}”.`,
      yourComment: "Your comment:",
      theReply: "The reply:",
      view: "Read the reply",
      why: "You get this mail because you asked to hear when someone replies to your comment.",
      unsubscribe: "Stop sending me replies",
    },
    subscribeConfirm: {
      subject: (blogTitle) => `Confirm that you want to follow ${blogTitle}`,
      intro: (blogTitle) => `Someone (hopefully you) wants to get new posts from ${blogTitle} by e-mail.`,
      action: "Yes, I want to follow the blog",
      ignore: "If you did not ask for this, ignore this mail: you will get no more mail.",
    },
    digest: {
      subjectDaily: (blogTitle, count) => `${blogTitle}: ${count} new ${count === 1 ? "post" : "posts"}`,
      introDaily: (blogTitle) => `New on ${blogTitle}:`,
      introPost: (blogTitle) => `A new post on ${blogTitle}:`,
      readMore: "Read the whole post",
      why: (blogTitle) => `You get this mail because you follow ${blogTitle} by e-mail.`,
      unsubscribe: "Unfollow",
    },
  },
};
