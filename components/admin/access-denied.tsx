import Link from "next/link";

/** What a signed-in fan sees on a staff page. */
export function AccessDenied() {
  return (
    <main className="mx-auto max-w-xl p-10 text-center">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-2 text-2xl font-bold">Staff only</h1>
      <p className="mt-2 text-slate-600">
        Your account cannot open the staff console. If you work on this sale, ask an admin to give you access.
      </p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">
        Back to concerts
      </Link>
    </main>
  );
}
