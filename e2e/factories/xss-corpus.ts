// A corpus of XSS vectors (after OWASP's XSS Filter Evasion Cheat Sheet, with SVG/MathML,
// `javascript:` spellings and broken tags) for the comment form and the editor's HTML mode.
// Every one that ran would open a dialog or leave an element or attribute the page must not have.

export const XSS_CORPUS: string[] = [
  // Plain and obfuscated script tags
  `<script>alert(1)</script>`,
  `<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>`,
  `<SCRIPT/XSS SRC="https://xss.example/xss.js"></SCRIPT>`,
  `<<SCRIPT>alert("XSS");//\\<</SCRIPT>`,
  `<SCRIPT SRC=https://xss.example/xss.js?< B >`,
  `</TITLE><SCRIPT>alert("XSS");</SCRIPT>`,
  `"><script>alert(1)</script>`,
  `</textarea><script>alert(1)</script>`,
  `'-alert(1)-'`,
  // Event handlers and broken tags
  `<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>`,
  `<IMG SRC=# onmouseover="alert('xxs')">`,
  `<IMG SRC= onmouseover="alert('xxs')">`,
  `<IMG onmouseover="alert('xxs')">`,
  `<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
  `<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
  `<img src=x onerror=alert(1)//`,
  `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=alert("XSS")>`,
  `<a onmouseover="alert(document.cookie)">xxs link</a>`,
  `<details open ontoggle=alert(1)>`,
  `<iframe src=https://xss.example/scriptlet.html <`,
  `<iframe srcdoc="<script>alert(1)</script>">`,
  `<form><button formaction=javascript:alert(1)>X</button></form>`,
  `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`,
  // javascript: spelled every way
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  `<IMG SRC=\`javascript:alert("RSnake says, 'XSS'")\`>`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>`,
  `<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>`,
  `<IMG SRC="jav\tascript:alert('XSS');">`,
  `<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
  `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`,
  `<IMG SRC=" &#14;  javascript:alert('XSS');">`,
  `<a href="jAvAsCrIpT&colon;alert&lpar;1&rpar;">X1</a>`,
  `<a href="&#x6A;avascript:alert(1)">X2</a>`,
  `<a href="java&#0000115;cript:alert(1)">X3</a>`,
  `<a href="\u0001javascript:alert(1)">X4</a>`,
  `<a href=" javascript:alert(1)">X5</a>`,
  `<a href="vbscript:msgbox(1)">X6</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">X7</a>`,
  `<BODY BACKGROUND="javascript:alert('XSS')">`,
  `<IMG DYNSRC="javascript:alert('XSS')">`,
  `<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">`,
  `<base href="javascript:alert(1)//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
  // Styles
  `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`,
  `<div style="background:url(javascript:alert(1))">styled</div>`,
  `<a href="https://ok.example" style="position:fixed;top:0;left:0;width:100%;height:100%">cover</a>`,
  // SVG and MathML
  `<svg/onload=alert('XSS')>`,
  `<svg><script>alert(1)</script></svg>`,
  `<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>`,
  `<svg><animate onbegin=alert(1) attributeName=x dur=1s>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>`,
  `<math href="javascript:alert(1)">CLICKME</math>`,
  `<math><maction actiontype="statusline#http://x.example" xlink:href="javascript:alert(1)">CLICKME</maction></math>`,
  // Parser differentials (mutation XSS) and comments
  `<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
  `<!--<img src="--><img src=x onerror=alert(1)//">`,
  `<p title="<img src=x onerror=alert(1)>">attr</p>`,
  // DOM clobbering of the page's own names (ids and names are the editor's allowlist's to prefix)
  `<a id="__next" name="documentElement">clobber</a><form name="getElementById"></form>`,
];

/** The corpus in pieces of at most `max` characters (a comment holds 4,096). */
export function corpusChunks(max: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const vector of XSS_CORPUS) {
    if (current && current.length + vector.length + 1 > max) {
      chunks.push(current);
      current = "";
    }
    current += `${vector}\n`;
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * Run in the page: every element and attribute under `selector` that reader content must never
 * carry (scripts, frames, SVG/MathML, forms, event handlers, script URLs). Empty is good.
 */
export function injectedIn(selector: string): string[] {
  const banned = new Set(["SCRIPT", "IFRAME", "FRAME", "OBJECT", "EMBED", "SVG", "MATH", "STYLE", "LINK", "META", "BASE", "FORM", "INPUT", "BUTTON", "TEXTAREA", "DETAILS", "NOSCRIPT", "BODY", "APPLET"]);
  const problems: string[] = [];
  for (const root of Array.from(document.querySelectorAll(selector))) {
    for (const element of Array.from(root.querySelectorAll("*"))) {
      if (banned.has(element.tagName.toUpperCase())) problems.push(`<${element.tagName.toLowerCase()}>`);
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        // eslint-disable-next-line no-control-regex
        const value = attribute.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
        if (name.startsWith("on")) problems.push(`${element.tagName.toLowerCase()}[${name}]`);
        if (/^(javascript|vbscript|data:text\/html)/.test(value) && ["href", "src", "action", "formaction", "xlink:href", "background", "dynsrc", "data"].includes(name)) {
          problems.push(`${element.tagName.toLowerCase()}[${name}=${attribute.value.slice(0, 30)}]`);
        }
        if (name === "style" && /url\s*\(|expression|position\s*:\s*fixed/i.test(attribute.value)) problems.push(`${element.tagName.toLowerCase()}[style=${attribute.value.slice(0, 40)}]`);
      }
    }
  }
  return problems;
}
