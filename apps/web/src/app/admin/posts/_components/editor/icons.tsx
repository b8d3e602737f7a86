/**
 * Toolbar icons as inline SVG (a font may lack a glyph such as 🔗, which then shows as an empty
 * box). Drawn with the button's text colour; hidden from screen readers (buttons have labels).
 */
const PATHS = {
  link: "M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7",
  bulletList: "M9 6h12M9 12h12M9 18h12M4 6h.01M4 12h.01M4 18h.01",
  orderedList: "M10 6h11M10 12h11M10 18h11M4 4h1v4M4 8h2M3.5 14h2.5l-2.5 4h2.5",
  quote: "M5 17h3l2-4V7H4v6h3zM14 17h3l2-4V7h-6v6h3z",
  codeBlock: "M8 6l-6 6 6 6M16 6l6 6-6 6",
  horizontalRule: "M3 12h18",
  alignLeft: "M3 6h18M3 10h12M3 14h18M3 18h12",
  alignCenter: "M3 6h18M6 10h12M3 14h18M6 18h12",
  alignRight: "M3 6h18M9 10h12M3 14h18M9 18h12",
  alignJustify: "M3 6h18M3 10h18M3 14h18M3 18h18",
  video: "M3 5h18v14H3zM10 9l5 3-5 3z",
  table: "M3 4h18v16H3zM3 10h18M3 15h18M9 4v16M15 4v16",
  addRow: "M3 4h18v7H3zM12 14v7M8.5 17.5h7",
  addColumn: "M3 3h7v18H3zM14 12h7M17.5 8.5v7",
  deleteRow: "M3 4h18v7H3zM8.5 17.5h7",
  deleteColumn: "M3 3h7v18H3zM14 12h7",
  deleteTable: "M3 4h18v16H3zM8 9l8 8M16 9l-8 8",
  undo: "M9 14L4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3",
  redo: "M15 14l5-5-5-5M20 9H9a5 5 0 0 0 0 10h3",
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[name]} />
    </svg>
  );
}
