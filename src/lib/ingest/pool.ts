import { parentPort, Worker, type TransferListItem } from 'node:worker_threads';

/**
 * Worker threads that each run one module answering tasks with `serveTasks`,
 * and `ordered`, which shares a list of tasks between them and the calling
 * thread and hands the results back in order.
 */

export interface Pool<T, R> {
  /** A worker can take a task now. */
  hasRoom(): boolean;
  run(task: T): Promise<R>;
  /** Stops the workers; tasks not yet answered are rejected. */
  close(): Promise<void>;
}

/**
 * Tasks a worker holds at once: enough to keep it busy while the calling thread
 * is busy converting a file of its own (see `ordered`), writing, or collecting
 * garbage, and cannot hand out more. With 4, an ingest worker sat idle 5 % of
 * the time; with 16, under 1 %, and the last tasks keep this thread waiting
 * a tenth of a second at most.
 */
const PER_WORKER = 16;

interface Job<R> {
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

type Reply<R> = { id: number; result: R } | { id: number; error: unknown };

export function workerPool<T, R>(module: URL, size: number): Pool<T, R> {
  const slots = Array.from({ length: size }, () => ({ worker: new Worker(module), jobs: new Map<number, Job<R>>() }));
  let nextId = 0;
  let failure: unknown = null;

  const fail = (error: unknown) => {
    failure ??= error;
    for (const slot of slots) {
      for (const job of slot.jobs.values()) job.reject(failure);
      slot.jobs.clear();
    }
  };
  for (const slot of slots) {
    slot.worker.on('message', (reply: Reply<R>) => {
      const job = slot.jobs.get(reply.id);
      slot.jobs.delete(reply.id);
      if ('error' in reply) job?.reject(reply.error);
      else job?.resolve(reply.result);
    });
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (slot.jobs.size) fail(new Error(`Ingest worker stopped (exit code ${code}).`));
    });
  }
  const freest = () => slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));

  return {
    hasRoom: () => failure === null && freest().jobs.size < PER_WORKER,
    run(task) {
      if (failure) return Promise.reject(failure);
      const slot = freest();
      const id = nextId++;
      return new Promise<R>((resolve, reject) => {
        slot.jobs.set(id, { resolve, reject });
        slot.worker.postMessage({ id, task });
      });
    },
    async close() {
      fail(new Error('Ingest worker pool closed.'));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** The worker's side: answers every task with `handle`, moving the buffers `transfer` names instead of copying them. */
export function serveTasks<T, R>(handle: (task: T) => R, transfer: (result: R) => TransferListItem[]): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread.');
  port.on('message', ({ id, task }: { id: number; task: T }) => {
    let result: R;
    try {
      result = handle(task);
    } catch (error) {
      port.postMessage({ id, error });
      return;
    }
    port.postMessage({ id, result }, transfer(result));
  });
}

type Slot<R> = { done: true; value: R } | { done: false; promise: Promise<R> };

/**
 * `handle(task(i))` for i = 0 … count − 1, yielded in that order. Tasks are
 * made as they go out, to the pool's workers whenever one has room; while the
 * result due next is still out, this thread handles the next task itself
 * instead of waiting, as one more worker.
 */
export async function* ordered<T, R>(count: number, task: (i: number) => T, handle: (task: T) => R, pool: Pool<T, R> | null): AsyncGenerator<R> {
  const slots = new Map<number, Slot<R>>();
  let next = 0;
  for (let i = 0; i < count; i++) {
    for (;;) {
      while (pool?.hasRoom() && next < count) {
        const k = next++;
        const promise = pool.run(task(k));
        slots.set(k, { done: false, promise });
        // Also marks a failure as handled: it surfaces when its turn comes.
        promise.then(
          (value) => slots.set(k, { done: true, value }),
          () => {},
        );
      }
      const slot = slots.get(i);
      if (slot?.done) break;
      if (next < count) {
        const k = next++;
        slots.set(k, { done: true, value: handle(task(k)) });
        // Lets the workers' replies in, so that they get their next task.
        if (pool) await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      slots.set(i, { done: true, value: await slot!.promise });
    }
    const slot = slots.get(i) as { value: R };
    slots.delete(i);
    yield slot.value;
  }
}
