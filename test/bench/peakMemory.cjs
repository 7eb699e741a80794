// Preloaded (node --require) into a command the bench runs as a whole process: when the process
// exits it writes its peak resident memory, worker threads included, to the file named by
// ESTABLISH_BENCH_PEAK.
const fs = require('node:fs');

process.on('exit', () => {
  const out = process.env.ESTABLISH_BENCH_PEAK;
  // maxRSS is in kilobytes.
  if (out) fs.writeFileSync(out, JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024 }));
});
