-- wrk script for tests/benchmark/run.sh.
-- With BENCH_BUST=1 in the environment every request gets its own "_b=RUN-N" query value (unique across runs), so an output cache keyed by
-- the query string cannot answer it (the "uncached" variant). At the end it prints one line:
-- RESULT {json} with requests, req/s, latency percentiles (ms), non-2xx/3xx responses and socket errors.
local bust = os.getenv("BENCH_BUST") == "1"
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
   thread_id = thread_id + 1
   thread:set("tid", thread_id)
   table.insert(threads, thread)
end

function init(args)
   -- Unique across runs too: the portal stores a page at its second request (CacheAdmission), so a value a previous
   -- run (the warm-up, an earlier round) sent would be stored and then answered from the cache.
   counter = (tid or 1) * 100000000
   math.randomseed(os.time() * 100 + (tid or 1))
   run_id = string.format("%x%04x", os.time(), math.random(0, 65535))
end

function request()
   if not bust then
      return wrk.format()
   end
   counter = counter + 1
   local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
   return wrk.format(nil, wrk.path .. separator .. "_b=" .. run_id .. "-" .. counter)
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      'RESULT {"requests":%d,"seconds":%.3f,"rps":%.1f,"bytes":%d,"p50_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,"non2xx":%d,"socket_errors":%d}\n',
      summary.requests, seconds, summary.requests / seconds, summary.bytes,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      e.status, e.connect + e.read + e.write + e.timeout))
end
