import type { ReactNode } from "react";
import { cn } from "../ui/cn";
import { ScrollRegion } from "../ui/scroll-region";

export interface StaffColumn {
  /** The header's text (or a visually hidden one, for a column of buttons). */
  label: ReactNode;
  /** Numbers are right-aligned, header and cells alike. */
  numeric?: boolean;
}

/**
 * The shell every staff list shares: a region that scrolls sideways on a
 * phone, named by the table's caption; the header row; the rows the caller
 * renders; and one full-width line when there are none.
 */
export function StaffTable({
  caption,
  columns,
  empty,
  children,
}: {
  caption: string;
  columns: StaffColumn[];
  /** Shown instead of rows: pass it only when there are none. */
  empty?: ReactNode;
  children: ReactNode;
}) {
  return (
    <ScrollRegion label={caption} className="rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="px-3 py-2 text-left text-slate-600">{caption}</caption>
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={cn("px-3 py-2", column.numeric && "text-right")}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {children}
          {empty ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-6 text-center text-slate-500">
                {empty}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
