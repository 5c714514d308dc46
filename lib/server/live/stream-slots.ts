import "server-only";

/**
 * Live streams open at once from one client address, per app instance. A stream holds a socket
 * and a listener for as long as the page is open: a few tabs need a few, a script opening
 * thousands would hold the server's sockets.
 */
export const MAX_STREAMS_PER_ADDRESS = 8;

const openStreams = new Map<string, number>();

/** Takes a slot for `address`; returns the function that gives it back, or null past the cap. */
export function takeStreamSlot(address: string): (() => void) | null {
  const open = openStreams.get(address) ?? 0;
  if (open >= MAX_STREAMS_PER_ADDRESS) return null;
  openStreams.set(address, open + 1);
  let isReleased = false;
  return () => {
    if (isReleased) return;
    isReleased = true;
    const left = (openStreams.get(address) ?? 1) - 1;
    if (left > 0) openStreams.set(address, left);
    else openStreams.delete(address);
  };
}
