// The page's side of the worker: one request, one job number; the answers of a job go to its handler.
import type { FromWorker, ToWorker } from "../protocol.js";
import CheckWorker from "./worker.ts?worker&inline";

type Request = ToWorker extends infer T ? (T extends { job: number } ? Omit<T, "job"> : never) : never;

/** A worker that reads and checks, and the jobs it runs. */
export class WorkerClient {
  private readonly worker: Worker = new CheckWorker();
  private job = 0;
  private readonly handlers = new Map<number, (message: FromWorker) => void>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.handlers.get(event.data.job)?.(event.data);
  }

  /**
   * Start a job.
   *
   * @param request - what to do
   * @param onMessage - every message of the job (progress, then the answer)
   * @returns the job's number (to cancel it)
   */
  start(request: Request, onMessage: (message: FromWorker) => void): number {
    const job = ++this.job;
    this.handlers.set(job, onMessage);
    this.worker.postMessage({ ...request, job } as ToWorker);
    return job;
  }

  /** A job with one answer, as a promise. */
  ask(request: Request): Promise<FromWorker> {
    return new Promise((resolve) => {
      const job = this.start(request, (message) => {
        if (message.type === "progress") return;
        this.handlers.delete(job);
        resolve(message);
      });
    });
  }

  /** Stop listening to a job, and stop it. */
  cancel(job: number): void {
    this.worker.postMessage({ type: "cancel", job } satisfies ToWorker);
  }

  /** Forget a job's handler (it ended). */
  done(job: number): void {
    this.handlers.delete(job);
  }
}
