// The baseline `pnpm bench` compares with: a minimal page Next prerenders at build time and
// serves from its own cache (`next start`), with no request-time rendering at all.
export default function RootLayout({ children }) {
  return (
    <html lang="sv">
      <body>{children}</body>
    </html>
  );
}
