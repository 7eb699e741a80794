// Every benchmark `npm run bench` runs, in order. Add new ones here.
import { importBenchmark } from './import';
import type { Benchmark } from './types';

export const BENCHMARKS: Benchmark[] = [importBenchmark];
