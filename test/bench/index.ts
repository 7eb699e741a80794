// Every benchmark `npm run bench` runs, in order. Add new ones here.
import { chartBenchmark } from './chart';
import type { Benchmark } from './types';

export const BENCHMARKS: Benchmark[] = [chartBenchmark];
