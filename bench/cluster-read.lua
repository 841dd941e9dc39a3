-- wrk script for bench/cluster.sh (a): readers through nginx. Each request is one of the paths in the file given as
-- the first argument (articles, the home page, the site feed), at random; every other one carries a query string of
-- its own, which nginx has never cached, so it goes to a node (and the nodes keep working while nginx's cache holds
-- the rest). cluster.sh appends bench/lib.sh's REPORT line; nginx's access log says what each answer was.
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
