import { BrowserQRCodeReader } from "@zxing/browser";
import { ChecksumException, FormatException, NotFoundException, type Result } from "@zxing/library";

/**
 * The scales a camera frame is decoded at, one per scan tick, in turn.
 * @zxing's QR detector fails on some codes at some module sizes however often
 * it sees the same frame: of 600 signed ticket codes on Chromium's fake camera,
 * 46 never decoded at the frame's own scale; cycling 1×, 0.75× and 0.5× left 4.
 * Replayed in Node on e2e/fixtures/qr-video.ts's frames (2026-12-02, 300
 * codes): 28 never at 1×, 7 with the three scales on one frame, 0 with the
 * three scales over frames that move a few pixels, as a hand-held ticket does.
 */
export const DECODE_SCALES = [1, 0.75, 0.5] as const;

/** The scale for the `tick`-th decode attempt. */
export function decodeScale(tick: number): number {
  return DECODE_SCALES[tick % DECODE_SCALES.length]!;
}

/** True for the errors of a frame without a readable code, after which the scan loop simply tries the next frame. */
export function isNoCodeError(error: unknown): boolean {
  return error instanceof NotFoundException || error instanceof ChecksumException || error instanceof FormatException;
}

/**
 * A QR reader that decodes each frame at the next of DECODE_SCALES. The
 * library's scan loop draws every frame on its capture canvas and calls
 * `decodeFromCanvas`, so this is the one place to rescale it.
 */
export class VaryingQrReader extends BrowserQRCodeReader {
  private tick = 0;
  private scratch?: HTMLCanvasElement;

  override decodeFromCanvas(canvas: HTMLCanvasElement): Result {
    const scale = decodeScale(this.tick++);
    if (scale === 1) return super.decodeFromCanvas(canvas);
    this.scratch ??= document.createElement("canvas");
    const scratch = this.scratch;
    scratch.width = Math.round(canvas.width * scale);
    scratch.height = Math.round(canvas.height * scale);
    const context = scratch.getContext("2d", { willReadFrequently: true });
    if (!context) return super.decodeFromCanvas(canvas);
    context.drawImage(canvas, 0, 0, scratch.width, scratch.height);
    return super.decodeFromCanvas(scratch);
  }
}
