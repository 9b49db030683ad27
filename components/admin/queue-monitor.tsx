"use client";

import type { QueueMonitor as QueueMonitorData } from "@/lib/validations/admin";
import { formatDuration, formatTime } from "./format";
import { useQueueMonitor } from "./use-queue-monitor";

/** Live queue numbers per concert. */
export function QueueMonitor({ initial }: { initial: QueueMonitorData }) {
  const { data, isError } = useQueueMonitor(initial);
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-left text-sm">
          <caption className="px-3 py-2 text-left text-slate-600">Waiting rooms per concert, refreshed every 3 seconds</caption>
          <thead className="bg-slate-50 text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2">
                Concert
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Waiting
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Active
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Admitted / min (last 5 min)
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Claimed / lapsed (last 5 min)
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Oldest waiting
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Clears in about
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.concerts.map((c) => {
              const clears = c.admissionPerMinute > 0 ? Math.round((c.waiting / c.admissionPerMinute) * 60) : null;
              return (
                <tr key={c.concertId}>
                  <th scope="row" className="px-3 py-2 font-medium">
                    {c.title}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{c.waiting.toLocaleString()}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{c.active.toLocaleString()}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{c.admissionPerMinute}</td>
                  <td className="px-3 py-2 text-right tabular-nums" data-testid="queue-claims">
                    {c.claimed} / {c.lapsed}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatDuration(c.oldestWaitingSeconds)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {c.waiting === 0 ? "—" : clears === null ? "stalled" : formatDuration(clears)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500" aria-live="polite">
        {isError ? "Could not refresh; showing the last numbers." : `As of ${formatTime(data.generatedAt)} KST`}
      </p>
    </div>
  );
}
