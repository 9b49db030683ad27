/**
 * One CSV line (RFC 4180). Cells that a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR) are prefixed with a quote: fans choose their own
 * names, and staff open exports in Excel.
 */
export function csvRow(cells: (string | number | null)[]): string {
  return (
    cells
      .map((cell) => {
        if (cell === null) return "";
        if (typeof cell === "number") return String(cell);
        const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
        return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
      })
      .join(",") + "\r\n"
  );
}
