-- wrk script for bench/login-flood.sh: wrong passwords posted to /login at a paced rate, each from its own client
-- address (X-Forwarded-For from a trusted proxy) with the login form's real CSRF token, as a botnet would; counts the
-- answers: evaluated (302 to ?error: a password was hashed), backed off (302 to ?locked), busy (429), other.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  token, xsrf, pause, user = args[1], args[2], tonumber(args[3]), args[4]
  seq = 0
  evaluated, backed_off, busy, other = 0, 0, 0, 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Cookie"] = "XSRF-TOKEN=" .. xsrf
end

-- milliseconds before this connection's next attempt: connections x 1000 / pause = the offered attempts per second
function delay()
  return pause
end

function request()
  seq = seq + 1
  local n = seq * 64 + id
  wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
  local username = user
  if username == "random" then username = "guess" .. n end
  return wrk.format(nil, "/login", nil, "_csrf=" .. token .. "&username=" .. username .. "&password=wrong-" .. n)
end

function response(status, headers, body)
  local location = headers["Location"] or ""
  if status == 302 and string.find(location, "?error", 1, true) then evaluated = evaluated + 1
  elseif status == 302 and string.find(location, "?locked", 1, true) then backed_off = backed_off + 1
  elseif status == 429 then busy = busy + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local e, l, b, o = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    e = e + thread:get("evaluated"); l = l + thread:get("backed_off"); b = b + thread:get("busy"); o = o + thread:get("other")
  end
  io.write(string.format("FLOOD attempts=%d evaluated=%d backed_off=%d busy=%d other=%d rps=%.1f p99=%.2fms\n",
    summary.requests, e, l, b, o, summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000))
end
