/**
 * The ticket's QR code (an SVG string drawn on the server by lib/tickets/ticket-qr.ts,
 * from our own code only, so it is safe to inline) and the code in text for typing at a gate.
 */
export function TicketQr({ svg, code, label, codeLabel }: { svg: string; code: string; label: string; codeLabel: string }) {
  return (
    <figure className="my-6 text-center">
      <div
        role="img"
        aria-label={label}
        className="mx-auto w-64 max-w-full bg-white [&>svg]:h-auto [&>svg]:w-full"
        data-testid="ticket-qr"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className="mt-3">
        <span className="block text-xs text-slate-500">{codeLabel}</span>
        <code className="block break-all font-mono text-[11px] leading-tight text-slate-700" data-testid="ticket-code">
          {code}
        </code>
      </figcaption>
    </figure>
  );
}
