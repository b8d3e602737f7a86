import { describe, expect, it } from "vitest";
import { canonicalFromParse5 } from "./canonical-parse5";
import { firstDifference } from "./canonical";

const same = (a: string, b: string) => expect(canonicalFromParse5(b)).toBe(canonicalFromParse5(a));
const differs = (a: string, b: string) => expect(canonicalFromParse5(b)).not.toBe(canonicalFromParse5(a));

describe("canonicalHtml", () => {
  it("ignores attribute order, style order, spacing and collapsible whitespace", () => {
    same(`<p style="color: red; text-align: center" class="b a">x  y</p>`, `<p class="a b" style="text-align:center;color:red">x y</p>`);
    same(`<p>a</p>\n\n<p>b</p>`, `<p>a</p><p>b</p>`);
    same(`text<br />\n more`, `text<br>more`);
  });

  it("ignores how inline formatting is nested or split", () => {
    same(`<b><i>x</i></b>`, `<em><strong>x</strong></em>`);
    same(`<a href="/a">one <b>two</b></a>`, `<a href="/a">one </a><a href="/a"><strong>two</strong></a>`);
    same(`<strike>gone</strike>`, `<s>gone</s>`);
  });

  it("treats table row groups as the browser does", () => {
    same(`<table><tr><td>1</td></tr></table>`, `<table><tbody><tr><td>1</td></tr></tbody></table>`);
    same(`<table><thead><tr><th>h</th></tr></thead><tr><td>1</td></tr></table>`, `<table><tbody><tr><th>h</th></tr><tr><td>1</td></tr></tbody></table>`);
  });

  it("sees ids with and without the server's prefix as the same", () => {
    same(`<p id="a"><a href="#a" name="n">x</a></p>`, `<p id="user-content-a"><a href="#user-content-a" name="user-content-n">x</a></p>`);
  });

  it("sees any address of an allowed video as its player", () => {
    same(`<iframe src="https://youtu.be/dQw4w9WgXcQ"></iframe>`, `<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allow="fullscreen; picture-in-picture; encrypted-media" allowfullscreen="" sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"></iframe>`);
    differs(`<iframe src="https://youtu.be/dQw4w9WgXcQ" title="Film"></iframe>`, `<iframe src="https://youtu.be/dQw4w9WgXcQ"></iframe>`);
    differs(`<iframe src="https://evil.example/x"></iframe>`, ``);
  });

  it("sees every lost element, attribute, value and character", () => {
    differs(`<table><tr><th>År</th><td>12</td></tr></table>`, `<p>ÅrAntal12</p>`);
    differs(`<a href="big.jpg"><img src="small.jpg"></a>`, `<img src="small.jpg">`);
    differs(`<p style="text-align: center">x</p>`, `<p>x</p>`);
    differs(`<p>x</p>`, `<p>x </p><p></p>`);
    differs(`<p>a<br>b</p>`, `<p>ab</p>`);
    differs(`<pre>a  b</pre>`, `<pre>a b</pre>`);
    differs(`<ul><li>a<ul><li>b</li></ul></li></ul>`, `<ul><li>a</li><li>b</li></ul>`);
    differs(`<img src="a.jpg" alt="A">`, `<img src="a.jpg" alt="">`);
  });

  it("points at the first difference", () => {
    expect(firstDifference(canonicalFromParse5("<p>a</p><p>b</p>"), canonicalFromParse5("<p>a</p><p>c</p>"))).toEqual({ line: 5, expected: "b", actual: "c" });
  });
});
