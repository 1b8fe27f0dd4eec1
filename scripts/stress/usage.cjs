// Preloaded (node --require) into each stress child: prints the process's own peak memory and
// CPU time on exit, so the parent reports figures of exactly that run (workers included).
process.on('exit', () => {
  const u = process.resourceUsage();
  require('node:fs').writeSync(2, `\nSTRESS_USAGE ${JSON.stringify({ maxRSSMB: Math.round(u.maxRSS / 1024), cpuMs: Math.round((u.userCPUTime + u.systemCPUTime) / 1000) })}\n`);
});
