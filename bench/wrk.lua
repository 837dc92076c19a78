-- Cycles through the requests listed in the file BENCH_PATHS, one per line, each thread from its own
-- starting point: a path, optionally followed by a tab and an Accept header value. BENCH_IF_NONE_MATCH,
-- when set, is sent as If-None-Match. At the end prints one JSON line with the counts and latency
-- percentiles (microseconds) for bench/run.sh.
local requests = {}
local next_index = 1

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
    next_index = math.random(#requests)
end

function request()
    local r = requests[next_index]
    next_index = next_index % #requests + 1
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
