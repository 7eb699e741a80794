// Every benchmark `npm run bench` runs, in order. Add new ones here.
import { compareBenchmark } from './compare';
import type { Benchmark } from './types';

export const BENCHMARKS: Benchmark[] = [compareBenchmark];
