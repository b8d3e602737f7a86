export default function Page() {
  return (
    <main>
      <h1>Ett statiskt inlägg</h1>
      <p>Next renderar den här sidan en gång, när den byggs, och skickar sedan samma bytes till alla.</p>
    </main>
  );
}
