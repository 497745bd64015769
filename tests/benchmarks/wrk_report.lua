-- Read by tests/benchmarks/http_load.py: one machine-readable line after wrk's own summary,
-- latencies in microseconds, errors by kind (status counts answers of 400 and above).
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "museum-benchmark requests=%d duration_us=%d p50_us=%d p99_us=%d " ..
    "connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end
