// Loaded into the bulk invite's server (node --import): how long its event loop went without a
// turn, measured inside the process (perf_hooks' event-loop delay), unlike a /healthz probe from
// another process, whose answers also wait for that process (and the server) to get a core.
// SIGUSR2 writes the longest delay since the previous report to stderr and starts over.
import { monitorEventLoopDelay } from "node:perf_hooks";

const delay = monitorEventLoopDelay({ resolution: 2 });
delay.enable();
let report = 0;
process.on("SIGUSR2", () => {
  report += 1;
  process.stderr.write(`event-loop report ${report}: longest ${(delay.max / 1e6).toFixed(1)} ms\n`);
  delay.reset();
});
