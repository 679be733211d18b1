-- wrk script for `make serve-bench`: prints latency percentiles (ms) and the status counts.
-- With PAGES set (space-separated paths), each request takes the next path in turn.
local paths = {}
for p in string.gmatch(os.getenv("PAGES") or "", "%S+") do paths[#paths + 1] = p end
local counter = 0

request = function()
  if #paths == 0 then return wrk.format(nil) end
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

local statuses = {}
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, %.1f req/s\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
