import "server-only";
import QRCode from "qrcode";

/**
 * The ticket code as an SVG QR code, drawn on the server: no outside
 * service, nothing to fetch, so the page shows and prints it offline. The
 * code's base32 alphabet fits the QR alphanumeric mode (smaller symbol);
 * level M survives a scuffed phone screen.
 */
export function ticketQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } });
}
