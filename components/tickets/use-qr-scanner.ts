"use client";

import { useEffect, useRef, type RefObject } from "react";

/**
 * Reads QR codes from the device camera into `onScan` while `on`, with
 * @zxing/browser (loaded only when the camera is switched on); `onFail` when
 * the camera could not be started (no camera, permission refused). The
 * latest callbacks are used without restarting the camera.
 */
export function useQrScanner(
  on: boolean,
  video: RefObject<HTMLVideoElement | null>,
  onScan: (text: string) => void,
  onFail: () => void,
): void {
  const callbacks = useRef({ onScan, onFail });
  useEffect(() => {
    callbacks.current = { onScan, onFail };
  });
  useEffect(() => {
    if (!on) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void (async () => {
      try {
        const { BrowserQRCodeReader } = await import("@zxing/browser");
        if (cancelled || !video.current) return;
        const controls = await new BrowserQRCodeReader().decodeFromVideoDevice(undefined, video.current, (result) => {
          if (result) callbacks.current.onScan(result.getText());
        });
        if (cancelled) controls.stop();
        else stop = () => controls.stop();
      } catch {
        if (!cancelled) callbacks.current.onFail();
      }
    })();
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [on, video]);
}
