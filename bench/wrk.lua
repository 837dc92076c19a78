-- Cycles through the requests listed in the file BENCH_PATHS, one per line: a path, optionally followed by
-- a tab and an Accept header value. The BENCH_THREADS threads take turns from line BENCH_START on (thread i
-- sends lines BENCH_START + i, + i + BENCH_THREADS, ...), so that no line is sent twice until all have been, in this run or in
-- the runs before it that BENCH_START counts. BENCH_IF_NONE_MATCH, when set, is sent as If-None-Match. At the
-- end prints one JSON line with the counts and latency percentiles (microseconds) for bench/run.sh.
local requests = {}
local next_index = 1
local stride = 1
local threads_set_up = 0

-- Runs in wrk's own Lua state before each thread's init.
function setup(thread)
    thread:set("thread_index", threads_set_up)
    threads_set_up = threads_set_up + 1
end

function init(args)
    local headers = {}
    local tag = os.getenv("BENCH_IF_NONE_MATCH")
    if tag and tag ~= "" then
        headers["If-None-Match"] = tag
    end
    for line in io.lines(os.getenv("BENCH_PATHS")) do
        local path, accept = line:match("^([^\t]+)\t?(.*)$")
        if path then
            headers["Accept"] = accept ~= "" and accept or nil
            requests[#requests + 1] = wrk.format("GET", path, headers)
        end
    end
    stride = tonumber(os.getenv("BENCH_THREADS") or "1")
    next_index = (tonumber(os.getenv("BENCH_START") or "0") + thread_index) % #requests + 1
end

function request()
    local r = requests[next_index]
    next_index = (next_index - 1 + stride) % #requests + 1
    return r
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        '{"requests":%d,"duration_us":%d,"bytes":%d,"socket_errors":%d,"status_errors":%d,'
            .. '"p50_us":%d,"p90_us":%d,"p99_us":%d,"mean_us":%.1f,"max_us":%d}\n',
        summary.requests, summary.duration, summary.bytes, e.connect + e.read + e.write + e.timeout, e.status,
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max))
end
