// Every benchmark `npm run bench` runs, in order. Add new ones here.
import { chartBenchmark } from './chart';
import { chart50kBenchmark } from './chart50k';
import { cliStartBenchmark } from './cliStart';
import { compareBenchmark } from './compare';
import { editLatencyBenchmark } from './editLatency';
import { importBenchmark } from './import';
import { import50kBenchmark } from './import50k';
import type { Benchmark } from './types';
import { exportPdfBenchmark } from './exportPdf.bench';
import { postTable50kBenchmark, postTableBenchmark } from './postTable';

export const BENCHMARKS: Benchmark[] = [
  chartBenchmark,
  postTableBenchmark,
  chart50kBenchmark,
  postTable50kBenchmark,
  importBenchmark,
  import50kBenchmark,
  exportPdfBenchmark,
  compareBenchmark,
  editLatencyBenchmark,
  cliStartBenchmark,
];
