// One gateway WebSocket: sends JSON text frames, or a zlib-stream (one deflate context per connection,
// each payload flushed with Z_SYNC_FLUSH) when the client connected with `compress=zlib-stream`.
import { constants as zlib, createDeflate, type Deflate } from 'node:zlib';
import { WebSocket } from 'ws';

export class GatewayConnection {
  private readonly deflate: Deflate | null;
  /** Compressed sends must leave in order; each waits for the previous flush. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly socket: WebSocket,
    compress: boolean,
  ) {
    this.deflate = compress ? createDeflate() : null;
  }

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  send(payload: object): void {
    if (!this.open) return;
    const text = JSON.stringify(payload);
    const deflate = this.deflate;
    if (deflate === null) {
      this.socket.send(text);
      return;
    }
    this.queue = this.queue.then(() => this.sendCompressed(deflate, text)).catch(() => undefined);
  }

  private sendCompressed(deflate: Deflate, text: string): Promise<void> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      const collect = (chunk: Buffer): void => {
        chunks.push(chunk);
      };
      deflate.on('data', collect);
      deflate.write(text);
      deflate.flush(zlib.Z_SYNC_FLUSH, () => {
        deflate.off('data', collect);
        if (this.open) this.socket.send(Buffer.concat(chunks));
        resolve();
      });
    });
  }

  close(code: number, reason = ''): void {
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) {
      this.socket.close(code, reason);
    }
    this.deflate?.close();
  }

  terminate(): void {
    this.socket.terminate();
    this.deflate?.close();
  }
}
