export function SiteFooter() {
  return (
    <footer className="border-t border-sand-200 bg-sand-100 text-sm text-night-800">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-4">
        <p>Dune Draft is a fan game, not affiliated with the Dakar Rally, A.S.O. or any team.</p>
        <p>Results come from public reports; prices are sample values set by the game&apos;s admins.</p>
      </div>
    </footer>
  );
}
