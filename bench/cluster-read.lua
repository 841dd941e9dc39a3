-- wrk script for bench/cluster.sh (a): readers through nginx. Each request is one of the paths in the file given as
-- the first argument (articles, the home page, the site feed), at random; every other one carries a query string of
-- its own, which nginx has never cached, so it goes to a node (and the nodes keep working while nginx's cache holds
-- the rest). Ends with the REPORT line of bench/lib.sh; nginx's access log says what each answer was.
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do table.insert(paths, line) end
  n = 0
  math.randomseed(id * 7919)
  wrk.headers["Accept-Encoding"] = "gzip"
end

function request()
  n = n + 1
  local path = paths[math.random(#paths)]
  if n % 2 == 0 then path = path .. "?reader=" .. id .. "-" .. n end
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  io.write(string.format("REPORT requests=%d bytes=%d non2xx=%d socket_errors=%d rps=%.1f p50=%.2fms p95=%.2fms p99=%.2fms\n",
    summary.requests, summary.bytes, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
