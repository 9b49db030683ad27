import Link from "next/link";

export default function AdminNotFound() {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 className="font-semibold">Not found</h2>
      <p className="mt-1 text-sm text-slate-600">That concert, date or booking does not exist.</p>
      <Link href="/admin" className="mt-3 inline-block text-sm text-brand-600 underline">
        Back to the overview
      </Link>
    </div>
  );
}
