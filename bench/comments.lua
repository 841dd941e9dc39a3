-- wrk script for bench/comments.sh: posts comments as JSON, each with its own pre-solved captcha and its own client
-- address (X-Forwarded-For from a trusted proxy), spread over the articles; counts the acknowledged 201s.
-- Arguments: pool file, article ids (comma-separated), wrk's thread count; then optionally PREFIX (bench/cluster.sh,
-- bench/spike.sh): each thread also writes the id of every comment answered 201 to PREFIX.N, one a line, as it is
-- answered, so a run that is cut short still has every acknowledgement; and a rate in comments/s for the whole run
-- (bench/spike.sh), for a steady rate instead of the most there can be.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  local pool, articles, nthreads = args[1], args[2], tonumber(args[3])
  solutions = {}
  local i = 0
  for line in io.lines(pool) do
    if i % nthreads == id - 1 then table.insert(solutions, line) end
    i = i + 1
  end
  ids = {}
  for a in string.gmatch(articles, "%d+") do table.insert(ids, a) end
  next_solution = 1
  acked = 0
  refused = 0
  if args[4] then acked_ids = io.open(args[4] .. "." .. id, "w"); acked_ids:setvbuf("line") end
  if args[5] then
    -- a steady rate: a thread ahead of its share of the schedule holds its connections back (os.time counts
    -- whole seconds, so the rate holds over seconds, not within one)
    local per_thread, started, sent = tonumber(args[5]) / nthreads, nil, 0
    delay = function()
      started = started or os.time()
      sent = sent + 1
      local ahead = sent / per_thread - (os.time() - started)
      return ahead > 0 and math.floor(ahead * 1000) or 0
    end
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
end

function request()
  local n = next_solution
  next_solution = n + 1
  local solution = solutions[n]
  if solution == nil then
    solution = "exhausted" -- refused as a failed captcha, so counted as refused, never as acknowledged
  end
  local seq = n * 64 + id
  wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(seq / 65536) % 256, math.floor(seq / 256) % 256, seq % 256)
  local body = string.format('{"name":"خواننده %d","text":"نظر شمارهٔ %d از رشتهٔ %d دربارهٔ این خبر؛ متنی به اندازهٔ یک نظر معمولی.","parentId":null,"altcha":"%s"}',
    seq, n, id, solution)
  return wrk.format(nil, "/api/v1/articles/" .. ids[(seq % #ids) + 1] .. "/comments", nil, body)
end

function response(status, headers, body)
  if status == 201 then
    acked = acked + 1
    if acked_ids then acked_ids:write(string.match(body, '"id":(%d+)') or "no-id", "\n") end
  else
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local total_acked, total_refused = 0, 0
  for _, thread in ipairs(threads) do
    total_acked = total_acked + thread:get("acked")
    total_refused = total_refused + thread:get("refused")
  end
  io.write(string.format("ACKED %d\nREFUSED %d\n", total_acked, total_refused))
end
