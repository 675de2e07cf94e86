import { type ImportJob, type ImportReply, importReply, runImportJob } from './import-jobs';

// The page's side of the import worker: one worker per job (it ends with its job, so a closed page or a second
// import leaves nothing running), progress passed on, the final reply returned. Where no worker can start, the job
// runs in place by the same code (import-jobs.ts).

type Final = Exclude<ImportReply, { kind: 'progress' }>;

export function startImportWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export async function runImport(job: ImportJob, onProgress: (done: number, total: number) => void): Promise<Final> {
  const worker = startImportWorker();
  if (!worker) return runInPlace(job, onProgress);
  try {
    return await new Promise<Final>((resolve) => {
      worker.onmessage = (event: MessageEvent) => {
        const reply = importReply.safeParse(event.data);
        if (!reply.success) return resolve({ kind: 'failed', reason: 'error', detail: 'unexpected reply' });
        if (reply.data.kind === 'progress') onProgress(reply.data.done, reply.data.total);
        else resolve(reply.data);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        resolve({ kind: 'failed', reason: 'error', detail: event.message || 'the import worker failed' });
      };
      // The zip's bytes are moved, not copied.
      worker.postMessage(job, job.kind === 'zip' ? [job.bytes.buffer] : []);
    });
  } finally {
    worker.terminate();
  }
}

async function runInPlace(job: ImportJob, onProgress: (done: number, total: number) => void): Promise<Final> {
  let final: Final = { kind: 'failed', reason: 'error', detail: 'no reply' };
  await runImportJob(job, (reply) => {
    if (reply.kind === 'progress') onProgress(reply.done, reply.total);
    else final = reply;
  });
  return final;
}
