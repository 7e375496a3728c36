-- wrk script for tests/benchmark/run.sh: a crawler walking distinct pages (issue 19).
-- CRAWL_LIST names a file of URL paths, one a line; CRAWL_THREADS is wrk's -t. Thread i of n requests lines i, i+n,
-- i+2n, … once each, in order, so no page is requested twice and the output cache cannot answer (CRAWL_SUFFIX, e.g.
-- "?crawl=2", keeps a second round from hitting pages the first one stored). wrk runs for its -d duration whatever the
-- script does, so the list must be longer than the run can get through: a thread that reaches the end of its share
-- stops sending (thread:stop()) and the run's req/s is then only a lower bound; "exhausted" in the result counts such
-- threads. At the end it prints one line like report.lua: RESULT {json}.
local list_file = os.getenv("CRAWL_LIST")
local suffix = os.getenv("CRAWL_SUFFIX") or ""
local thread_count = 0
local threads = {}

function setup(thread)
   thread_count = thread_count + 1
   thread:set("tid", thread_count)
   table.insert(threads, thread)
end

function init(args)
   local n = tonumber(os.getenv("CRAWL_THREADS") or "1")
   paths = {}
   local i = 0
   for line in io.lines(list_file) do
      if line ~= "" then
         if (i % n) == ((tid or 1) - 1) then
            table.insert(paths, line .. suffix)
         end
         i = i + 1
      end
   end
   sent = 0
   received = 0
   extra = 0
   exhausted = 0
end

function request()
   sent = sent + 1
   if sent > #paths then
      -- Asked for more than the list holds: repeat the last page (counted) until the stop below takes effect.
      extra = extra + 1
      return wrk.format(nil, paths[#paths])
   end
   return wrk.format(nil, paths[sent])
end

function response(status, headers, body)
   received = received + 1
   if received >= #paths then
      exhausted = 1
      wrk.thread:stop()
   end
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   local extras = 0
   local exhausted_threads = 0
   for _, thread in ipairs(threads) do
      extras = extras + (thread:get("extra") or 0)
      exhausted_threads = exhausted_threads + (thread:get("exhausted") or 0)
   end
   io.write(string.format(
      'RESULT {"requests":%d,"seconds":%.3f,"rps":%.1f,"bytes":%d,"p50_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,"non2xx":%d,"socket_errors":%d,"extra":%d,"exhausted":%d}\n',
      summary.requests, seconds, summary.requests / seconds, summary.bytes,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      e.status, e.connect + e.read + e.write + e.timeout, extras, exhausted_threads))
end
