// Every benchmark `npm run bench` runs, in order. Add new ones here.
import { chartBenchmark } from './chart';
import { cliStartBenchmark } from './cliStart';
import { compareBenchmark } from './compare';
import { editLatencyBenchmark } from './editLatency';
import { importBenchmark } from './import';
import { import50kBenchmark } from './import50k';
import type { Benchmark } from './types';
import { exportPdfBenchmark } from './exportPdf.bench';
import { postTableBenchmark } from './postTable';

export const BENCHMARKS: Benchmark[] = [chartBenchmark, importBenchmark, import50kBenchmark, exportPdfBenchmark, compareBenchmark, editLatencyBenchmark, postTableBenchmark, cliStartBenchmark];
