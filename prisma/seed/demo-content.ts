import { seedPost } from "./seed-post";

export const demoBlog = {
  title: "Norman Rockwell: Crestwood Train Station",
  description: "Om intranät, sociala medier och kommunikation i offentlig sektor.",
  language: "sv",
  timezone: "Europe/Stockholm",
  postsPerPage: 7,
  commentPolicy: "open",
} as const;

export const demoAuthor = { email: "redaktionen@crestwood.invalid", name: "Redaktionen" };

export interface DemoComment {
  authorName: string;
  authorUrl?: string;
  bodyHtml: string;
  createdAt: Date;
  replies?: DemoComment[];
}

export interface DemoPost {
  title: string;
  slug: string;
  publishedAt: Date;
  labels: string[];
  bodyHtml: string;
  comments?: DemoComment[];
}

/** Newest first; the reference post is the newest, so it opens the home page. */
export const demoPosts: DemoPost[] = [
  seedPost,
  {
    title: "Wikin som ingen skrev i",
    slug: "wikin-som-ingen-skrev-i",
    publishedAt: new Date("2009-02-02T07:30:00Z"),
    labels: ["intranät", "wikis"],
    bodyHtml: `<p>En wiki på intranätet är lätt att starta och svår att få liv i. Det som brukar fungera är att börja med ett konkret behov – en gemensam ordlista, en rutin som ändras ofta – i stället för en tom startsida och en uppmaning att ”dela med sig”.</p>
<p>Utse någon som vårdar innehållet de första månaderna, och länka dit från de ställen där folk redan letar.</p>`,
  },
  {
    title: "Bloggar som internkommunikation",
    slug: "bloggar-som-internkommunikation",
    publishedAt: new Date("2009-01-29T13:05:00Z"),
    labels: ["bloggar", "internkommunikation"],
    bodyHtml: `<p>Allt fler chefer skriver interna bloggar. De bästa är korta, personliga och kommer ut regelbundet; de sämsta är pressmeddelanden med kommentarsfält.</p>
<p>Ett enkelt test: skulle du läsa inlägget om det inte kom från din chef?</p>`,
    comments: [
      {
        authorName: "Karin",
        bodyHtml: "Håller med om testet. Hos oss läses chefsbloggen mest när den handlar om <i>varför</i> något beslutats.",
        createdAt: new Date("2009-01-29T15:41:00Z"),
        replies: [
          {
            authorName: "Redaktionen",
            bodyHtml: "Bra poäng – motiveringen är ofta det som saknas i de formella kanalerna.",
            createdAt: new Date("2009-01-29T18:02:00Z"),
          },
        ],
      },
      {
        authorName: "Johan S",
        authorUrl: "https://example.org/johan",
        bodyHtml: "Vi har provat med en gemensam ledningsblogg i stället. Fungerar sådär.",
        createdAt: new Date("2009-01-30T08:15:00Z"),
      },
    ],
  },
  {
    title: "RSS på intranätet – fortfarande underskattat",
    slug: "rss-pa-intranatet",
    publishedAt: new Date("2009-01-27T10:20:00Z"),
    labels: ["intranät", "RSS"],
    bodyHtml: `<p>Flöden är det enklaste sättet att låta medarbetare välja själva vad de vill följa. Ändå är det få intranät som erbjuder flöden per avdelning eller ämne.</p>`,
  },
  {
    title: "Microbloggar i offentlig förvaltning",
    slug: "microbloggar-i-offentlig-forvaltning",
    publishedAt: new Date("2009-01-22T09:00:00Z"),
    labels: ["offentlig sektor", "sociala medier"],
    bodyHtml: `<p>Korta statusuppdateringar kan ersätta en del av mejltrafiken i projekt. Frågan är hur de förhåller sig till offentlighetsprincipen och diarieföringen.</p>`,
  },
  {
    title: "Sökfunktionen avgör",
    slug: "sokfunktionen-avgor",
    publishedAt: new Date("2009-01-20T14:45:00Z"),
    labels: ["intranät", "sök"],
    bodyHtml: `<p>Oavsett hur väl strukturen är genomtänkt hittar de flesta via sökrutan. Lägg tid på sökningen innan ni lägger tid på menyerna.</p>`,
  },
  {
    title: "Vem äger intranätet?",
    slug: "vem-ager-intranatet",
    publishedAt: new Date("2009-01-15T08:10:00Z"),
    labels: ["intranät", "styrning"],
    bodyHtml: `<p>IT, kommunikation eller verksamheten? Svaret avgör vilka frågor som får plats i budgeten. Ett delat ägarskap med tydliga roller fungerar bäst i de organisationer jag sett.</p>`,
  },
  {
    title: "Nyårslöften för intranätredaktören",
    slug: "nyarsloften-for-intranatredaktoren",
    publishedAt: new Date("2009-01-08T11:30:00Z"),
    labels: ["internkommunikation"],
    bodyHtml: `<ul><li>Rensa ut gamla sidor varje kvartal.</li><li>Skriv rubriker som säger något.</li><li>Fråga läsarna vad de saknar.</li></ul>`,
  },
  {
    title: "Välkommen till bloggen",
    slug: "valkommen-till-bloggen",
    publishedAt: new Date("2008-12-15T12:00:00Z"),
    labels: [],
    bodyHtml: `<p>Här skriver jag om intranät, sociala medier och kommunikation i offentlig sektor. Kommentera gärna!</p>`,
  },
];
