"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "../ui/button";

/** The body of every error.tsx: plain words, a retry, and a way home. */
export function RouteError({
  error,
  reset,
  title = "Something went wrong",
}: {
  error: Error & { digest?: string };
  reset: () => void;
  title?: string;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-2xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-bold">{title}</h1>
      <p className="mt-2 text-sm text-slate-600">
        This page could not load. Nothing was charged. Try again, or come back in a moment.
        {error.digest ? <span className="mt-2 block text-xs text-slate-400">Reference: {error.digest}</span> : null}
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <Button onClick={reset}>Try again</Button>
        <ButtonLink href="/" variant="secondary">
          All concerts
        </ButtonLink>
      </div>
    </div>
  );
}
