-- Shared by the benchmark's wrk scripts: reading a list file and printing one machine-readable result line.

function read_lines(path)
  local lines = {}
  local file = assert(io.open(path, "r"), "cannot open " .. path)
  for line in file:lines() do
    if #line > 0 then lines[#lines + 1] = line end
  end
  file:close()
  assert(#lines > 0, path .. " is empty")
  return lines
end

-- Each thread starts at its own place in the list, so connections spread over all sessions.
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
