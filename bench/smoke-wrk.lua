-- wrk reporter for bench/smoke-watch.mjs: one JSON line with counts and latency percentiles in microseconds.
local non2xx = 0
response = function(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"errors":%d,"non2xx":%d,"p50Us":%d,"p90Us":%d,"p95Us":%d,"p99Us":%d}\n',
    summary.requests, summary.duration, errors, non2xx,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99)))
end
