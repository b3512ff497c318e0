-- The request and the accounting of one load test of bench/run, for wrk.
--
-- bench/run passes everything through the environment, because wrk's main Lua state (the one
-- that runs done()) never sees the script arguments that init() gets:
--   BENCH_METHOD  GET or POST
--   BENCH_BODY    a file whose bytes are the request body (empty: no body)
--   BENCH_EXPECT  a Lua pattern for the Location of a successful redirect (empty: a redirect
--                 is a failure); every other answer counts as success only when it is 2xx
--   BENCH_OUT     where done() writes its JSON summary
-- Headers (cookies, the CSRF token, the content type) come from wrk's -H options.
--
-- Answers are counted by status, and redirects also by whether they went where the endpoint's
-- success goes: a 303 to the sign-in form is a failure even though it is not an error status.

wrk.method = os.getenv("BENCH_METHOD") or "GET"
local body_file = os.getenv("BENCH_BODY") or ""
if body_file ~= "" then
   local f = assert(io.open(body_file, "rb"))
   wrk.body = f:read("*a")
   f:close()
end
local expect = os.getenv("BENCH_EXPECT") or ""

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

-- Per thread: answers by kind ("200", "303 ok", "303 /login?next=...").
counts = {}

function response(status, headers, body)
   local key = tostring(status)
   if status >= 300 and status < 400 then
      local location = headers["location"] or headers["Location"] or ""
      if expect ~= "" and string.find(location, expect) then
         key = key .. " ok"
      else
         key = key .. " " .. string.sub(location, 1, 80)
      end
   end
   counts[key] = (counts[key] or 0) + 1
end

-- JSON string literal for a key (statuses and locations: printable ASCII in practice).
local function quote(s)
   return '"' .. string.gsub(s, '[%c"\\]', function(c)
      return string.format("\\u%04x", string.byte(c))
   end) .. '"'
end

function done(summary, latency, requests)
   local merged = {}
   for _, thread in ipairs(threads) do
      local c = thread:get("counts") or {}
      for k, v in pairs(c) do
         merged[k] = (merged[k] or 0) + v
      end
   end
   local statuses = {}
   for k, v in pairs(merged) do
      table.insert(statuses, quote(k) .. ": " .. v)
   end
   local e = summary.errors
   local out = assert(io.open(os.getenv("BENCH_OUT"), "w"))
   out:write("{\n")
   out:write(string.format('  "requests": %d,\n', summary.requests))
   out:write(string.format('  "duration_us": %d,\n', summary.duration))
   out:write(string.format('  "bytes": %d,\n', summary.bytes))
   out:write(string.format(
      '  "socket_errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d},\n',
      e.connect, e.read, e.write, e.timeout))
   out:write(string.format('  "status_errors": %d,\n', e.status))
   -- Latencies in microseconds.
   out:write(string.format(
      '  "latency_us": {"mean": %.1f, "stdev": %.1f, "p50": %d, "p90": %d, "p99": %d, "p999": %d, "max": %d},\n',
      latency.mean, latency.stdev, latency:percentile(50), latency:percentile(90),
      latency:percentile(99), latency:percentile(99.9), latency.max))
   out:write('  "statuses": {' .. table.concat(statuses, ", ") .. "}\n")
   out:write("}\n")
   out:close()
end
