// Every benchmark `npm run bench` runs, in order. Add new ones here.
import { importBenchmark } from './import';
import { compareBenchmark } from './compare';
import { chartBenchmark } from './chart';
import type { Benchmark } from './types';
import { exportPdfBenchmark } from './exportPdf.bench';

export const BENCHMARKS: Benchmark[] = [importBenchmark, exportPdfBenchmark, chartBenchmark, compareBenchmark];
