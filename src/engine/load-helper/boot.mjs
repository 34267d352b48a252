// Entry point of a loading helper thread. The engine is TypeScript that tsx runs, and a worker thread does not
// inherit tsx's loader from the main thread, so the helper registers it before it loads its own code.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
