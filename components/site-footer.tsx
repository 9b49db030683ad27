export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-6 text-xs text-slate-500 sm:px-6">
        <p>StagePass — fair queues, every seat sold exactly once.</p>
        <p>Prices in Korean won (KRW), taxes included.</p>
      </div>
    </footer>
  );
}
