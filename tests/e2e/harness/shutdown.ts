import type { Server, Socket } from 'node:net';

// Closing a test browser or server must never hang a run. A Node server's close() waits for every open socket
// (keep-alive connections, CONNECT tunnels, TLS sockets the browser keeps for reuse), and a browser's close() waits
// for the process to exit; either can take minutes on a loaded machine, long enough to time out a whole file's
// afterAll. So sockets are tracked and destroyed, and every step of a shutdown has a deadline.

/** Wait for `work` at most `ms`; true when it settled in time (its rejection counts as settled, and is dropped). */
export async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((done) => {
    timer = setTimeout(() => done(false), ms);
  });
  const settled = work.then(
    () => true,
    () => true,
  );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A close() for `server` that destroys every socket it ever accepted, so that it returns at once. */
export function closerDestroyingSockets(server: Server): () => Promise<void> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return () =>
    new Promise<void>((done) => {
      server.close(() => done());
      for (const socket of sockets) socket.destroy();
    });
}
