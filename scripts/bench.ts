// `npm run bench [filter]`: runs the benchmarks in bench/ (see bench/run.ts).
import { runBenchmarks } from '../bench/run';

await runBenchmarks(process.argv[2]);
