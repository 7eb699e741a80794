// Preloaded (node --require) into a command the bench runs as a whole process: when the process
// exits it writes its peak resident memory, worker threads included, and the processor time it
// used (which, unlike the time it took, does not grow when other work shares the machine) to the
// file named by ESTABLISH_BENCH_PEAK.
const fs = require('node:fs');

process.on('exit', () => {
  const out = process.env.ESTABLISH_BENCH_PEAK;
  // maxRSS is in kilobytes.
  const cpu = process.cpuUsage();
  if (out) fs.writeFileSync(out, JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024, cpuMs: (cpu.user + cpu.system) / 1000 }));
});
