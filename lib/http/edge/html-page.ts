/** The edge's own small pages (403, 400, 404), answered before anything renders. */
import { NextResponse } from "next/server";

export function htmlPage(status: number, title: string, text: string): NextResponse {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} · StagePass</title></head>
<body style="font-family:system-ui,sans-serif;background:#f8fafc;color:#0f172a;display:grid;place-items:center;min-height:100vh;margin:0">
<main style="max-width:32rem;padding:2rem;text-align:center"><p style="color:#b91c1c;font-weight:600">${status}</p><h1>${title}</h1>
<p style="color:#475569">${text}</p>
<p><a href="/" style="color:#3b4ff0">Back to concerts</a></p></main></body></html>`;
  return new NextResponse(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
