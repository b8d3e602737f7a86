// The reference post: a real Blogger post page from 2009 (shared/reference/seed-post.txt),
// kept with its ordered list of bold English headings and its Swedish text.
export const seedPost = {
  title: "Sociala medier på myndigheters intranät",
  slug: "sociala-medier-pa-myndigheters-intranat",
  publishedAt: new Date("2009-02-02T09:14:00Z"),
  labels: ["Enterprise 2.0", "intranät", "myndigheter", "offentlig sektor", "sociala medier"],
  bodyHtml: `<p>Hur skiljer sig villkoren för att anamma sociala medier som intranätsverktyg inom offentliga sektorn från privata företag? Steve Radick anför sex punkter, som i huvudsak kan sägas vara giltiga även i en svensk kontext:</p>
<ol>
<li><b>Risks</b><br>Accidentally exposing proprietary information is one thing - accidentally disclosing Top Secret military movements or taxpayer data is another.</li>
<li><b>Administration Changes</b><br>Every November, and especially every fourth November, every government agency has to prepare for the chance that tomorrow, they may have a new boss with a new vision for how things should work.</li>
<li><b>Intra-agency collaboration</b><br>Most government agencies do not operate in a vacuum - they have to not only collaborate amongst themselves, but must also collaborate with various partner agencies.</li>
<li><b>Bureaucracy</b><br>Combined with the various regulations and policies that have to be consulted and the administration issues mentioned above, there is often just not enough time available in the year to get these things done.</li>
<li><b>Demographics</b><br>Government employees fit into a very different demographic than those found in the private sector.</li>
<li><b>Available Resources</b><br>Every department is short-staffed and there’s never enough resources to accomplish everything, and as a result, innovative initiatives like social media tend to get dropped as the focus moves toward accomplishing the day-to-day work that makes up their organizational mission.</li>
</ol>
<p>[Listan är förkortad.] Myndigheter och offentliga förvaltningar har mer multidimensionella mål och fler variabler att förhålla sig till än privata företag, det komplicerar naturligtvis införandet av nya kommunikationsmetoder då fler hänsynstaganden måste göras.</p>
<p>Försiktighet är i regel en god strategi i en organisation som inte får fallera. Hellre komma eftersläntrande till den senaste tekniken än att ta stora risker. Risktagande är det privata näringslivets paradgren - och de bör ta vissa risker, medan en myndighet som Försäkringskassans som lyder under förvaltningslagen, måste fungera.</p>
<p>Likväl borde det idag finnas möjlighet att skynda lite snabbare än vad som sker, om inte annat genom att bryta ner införandet i mindre delmängder. Allt måste inte upp på högsta strategiska nivå för att kunna börja användas ute i organisationen. Åtminstone - sätt igång diskussionen.</p>`,
};
