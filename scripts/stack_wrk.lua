-- wrk script of scripts/stack_test.py: a list of paths, an optional header, and a JSON summary.
--   wrk ... -s scripts/stack_wrk.lua http://127.0.0.1:8080 -- <paths file> [<header: value>]
-- Each thread walks the paths from its own offset; every response's status and X-Cache-Status is
-- counted, and done() prints one line "WRK_JSON {...}" with the totals of all threads.
local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("offset", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(paths, line) end
  end
  headers = {}
  if args[2] then
    local name, value = args[2]:match("^([^:]+):%s*(.*)$")
    headers[name] = value
  end
  index = (offset or 0) * 7919
  statuses = {}
  cache = {}
end

function request()
  index = index + 1
  return wrk.format("GET", paths[(index % #paths) + 1], headers)
end

function response(status, response_headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  local state = response_headers["X-Cache-Status"] or response_headers["x-cache-status"] or "none"
  cache[state] = (cache[state] or 0) + 1
end

local function object(t)
  local parts = {}
  for key, value in pairs(t) do
    table.insert(parts, string.format('"%s":%d', tostring(key), value))
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

function done(summary, latency, requests)
  local all_statuses, all_cache = {}, {}
  for _, thread in ipairs(threads) do
    for key, value in pairs(thread:get("statuses")) do all_statuses[key] = (all_statuses[key] or 0) + value end
    for key, value in pairs(thread:get("cache")) do all_cache[key] = (all_cache[key] or 0) + value end
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d},"statuses":%s,"cache":%s}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.timeout, e.status,
    object(all_statuses), object(all_cache)))
end
