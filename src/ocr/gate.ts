// Stopping a thread while ONNX Runtime runs a model in it aborts the whole process: onnxruntime-node
// throws a C++ Napi::Error ("terminate called after throwing an instance of 'Napi::Error'") as the
// thread's environment goes away, and one slow scan would end every dossier of a batch. So a thread that
// may be stopped from outside (the pool's workers, the PDF reader thread) shares one cell with whoever
// stops it: each model run enters the gate first, and the stopper waits until no run is under way, then
// shuts the gate so that no new run starts. Kept apart from the engine so that installing a gate never
// loads it.

/** Asked around every model run (src/ocr/engine.ts). enter() is false once the thread is being stopped. */
export interface ModelRunGate {
  enter(): boolean;
  leave(): void;
}

const IDLE = 0n;
const RUNNING = 1n;
const STOPPING = 2n;

let installed: ModelRunGate | undefined;

/** The gate of this thread, if it may be stopped from outside. */
export const modelRunGate = (): ModelRunGate | undefined => installed;

/** Installs the gate kept in `cell[index]` (shared memory) for the model runs of this thread. */
export function installModelRunGate(cell: BigInt64Array, index: number): void {
  installed = {
    enter: () => Atomics.compareExchange(cell, index, IDLE, RUNNING) === IDLE,
    leave: () => void Atomics.compareExchange(cell, index, RUNNING, IDLE),
  };
}

/** Waits this long at most for a model run to end; a run that never ends is stopped anyway. */
const MAX_WAIT_MS = 30_000;
const POLL_MS = 10;

/** Calls `stop` once no model run is under way in the thread whose gate is `cell[index]` (at once when none
 * is), with the gate shut so that none starts meanwhile. */
export function stopWhenIdle(cell: BigInt64Array, index: number, stop: () => void): void {
  const until = Date.now() + MAX_WAIT_MS;
  const attempt = (): void => {
    const was = Atomics.compareExchange(cell, index, IDLE, STOPPING);
    if (was === IDLE || was === STOPPING || Date.now() > until) stop();
    else setTimeout(attempt, POLL_MS);
  };
  attempt();
}

/** Thrown by a model run that the gate refused: the thread is being stopped. */
export class ModelRunRefused extends Error {
  constructor() {
    super('OCR stopped: the read ran out of time');
  }
}
