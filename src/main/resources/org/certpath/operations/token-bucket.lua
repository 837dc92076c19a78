-- Takes up to WANTED tokens from a client's token bucket, atomically (Redis runs a script alone).
-- The same policy as Bucket4j's greedy refill in memory: CAPACITY requests, one coming back every
-- PERIOD / CAPACITY. Kept as GCRA: the bucket is one number, the time at which it is full again
-- ("full at"), in microseconds of Redis's own clock, so that instances with skewed clocks agree.
-- KEYS[1]: the bucket; ARGV[1]: capacity; ARGV[2]: period in microseconds; ARGV[3]: tokens wanted.
-- Returns {tokens taken (0 when none is left), tokens remaining, microseconds until the next token,
-- microseconds until full}; fewer tokens than wanted are taken when fewer are left.
local capacity = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local wanted = tonumber(ARGV[3])
local interval = period / capacity
-- Absorbs the rounding of fractional intervals (60 s / 7) in doubles: a thousandth of a token.
local tolerance = interval / 1000

local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local full_at = tonumber(redis.call('GET', KEYS[1])) or now
if full_at < now then
  full_at = now
end

local available = math.floor((period - (full_at - now) + tolerance) / interval)
if available < 1 then
  return {0, 0, math.ceil(full_at + interval - now - period), math.ceil(full_at - now)}
end
local taken = math.min(wanted, available)
local after = full_at + taken * interval
local lacking = after - now
-- Forgotten exactly when full again: a full bucket is what a new client gets anyway.
redis.call('SET', KEYS[1], string.format('%.3f', after), 'PX', math.max(1, math.ceil(lacking / 1000)))
return {taken, math.floor((period - lacking + tolerance) / interval), 0, math.ceil(lacking)}
