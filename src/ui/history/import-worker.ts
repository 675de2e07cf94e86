import '../../zod-config';
import { importJob, runImportJob } from './import-jobs';

// The options page's import worker: zip reading, version import and backup restore run here, off the page's main
// thread, so the page keeps drawing its progress bar. One job per message; every reply goes back to the page.

const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  const job = importJob.safeParse(event.data);
  if (!job.success) {
    scope.postMessage({ kind: 'failed', reason: 'error', detail: 'not an import job' });
    return;
  }
  void runImportJob(job.data, (reply) => scope.postMessage(reply));
};
