-- wrk script of `make bench`: ENDPOINT picks the request; the parameters are drawn uniformly from the samples that
-- httpbench.sh exported to BENCH_PARAMS (the pgbench scripts draw from the same samples, as tables bench_sample_*).
-- done() prints one line "RESULT {json}" that httpbench.sh collects.
local bit = require("bit")
local endpoint = os.getenv("ENDPOINT")
local params = os.getenv("BENCH_PARAMS")
local threads = {}
local samples, counter = {}, 0

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

local function load(name)
  local rows = {}
  for line in io.lines(params .. "/" .. name .. ".tsv") do
    local fields = {}
    for field in line:gmatch("[^\t]+") do fields[#fields + 1] = field end
    rows[#rows + 1] = fields
  end
  return rows
end

local function pick(name)
  local rows = samples[name]
  return rows[math.random(#rows)]
end

local function urlencode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function base64(text) -- URL-safe, unpadded, as the app's cursors
  local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
  local out = {}
  for i = 1, #text, 3 do
    local b1, b2, b3 = text:byte(i, i + 2)
    local n = bit.bor(bit.lshift(b1, 16), bit.lshift(b2 or 0, 8), b3 or 0)
    for j = 0, math.min(3, #text - i + 1) do
      local index = bit.band(bit.rshift(n, 18 - 6 * j), 63)
      out[#out + 1] = alphabet:sub(index + 1, index + 1)
    end
  end
  return table.concat(out)
end

function init(args)
  math.randomseed(tid * 7919 + os.time())
  for _, name in ipairs({"rebuttals", "names", "complaints", "accounts", "platforms"}) do samples[name] = load(name) end
  changes = tonumber(os.getenv("BENCH_CHANGES") or "0")
  run = os.getenv("BENCH_RUN") or tostring(os.time())
  admin = { ["Authorization"] = "Bearer " .. (os.getenv("BENCH_ADMIN_TOKEN") or "") }
  sync = { ["Authorization"] = "Bearer " .. (os.getenv("BENCH_SYNC_TOKEN") or "") }
end

local feed = "/api/public/v1/rumour-rebuttals/feed?size=20"

-- The public limits key on the client's address and device: each public request comes from one of 10,000 citizens
-- (behind the trusted proxy 127.0.0.1, as nginx would forward them), so the limiter sees many buckets as in service.
local function citizen(headers)
  local n = math.random(0, 9999)
  headers = headers or {}
  headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", 100 + n % 7, math.floor(n / 100), n % 100)
  headers["X-Device-Id"] = "bench-device-" .. n
  return headers
end

function request()
  if endpoint == "feed-first" then
    return wrk.format("GET", feed, citizen())
  elseif endpoint == "feed-deep" then
    return wrk.format("GET", feed .. "&after=" .. os.getenv("BENCH_DEEP_CURSOR"), citizen())
  elseif endpoint == "feed-paged" then
    return wrk.format("GET", "/api/public/v1/rumour-rebuttals?size=20&page=1", citizen())
  elseif endpoint == "rebuttal" then
    return wrk.format("GET", "/api/public/v1/rumour-rebuttals/" .. pick("rebuttals")[1], citizen())
  elseif endpoint == "verify" then
    return wrk.format("GET", "/api/public/v1/accounts/verify?name=" .. urlencode(pick("names")[1]), citizen())
  elseif endpoint == "status" then
    local row = pick("complaints")
    return wrk.format("GET", "/api/public/v1/complaints/" .. row[1], citizen({ ["X-Query-Token"] = row[2] }))
  elseif endpoint == "submit" then
    counter = counter + 1
    local key = "wrk-" .. run .. "-" .. tid .. "-" .. counter
    local body = string.format('{"kind":"CONSULTATION","accountId":%s,"title":"压测咨询 %s",'
      .. '"content":"请问办理居住证需要准备哪些材料？编号 %s"}', pick("accounts")[1], key, key)
    return wrk.format("POST", "/api/public/v1/complaints",
      citizen({ ["Content-Type"] = "application/json", ["Idempotency-Key"] = key }), body)
  elseif endpoint == "accounts" then
    return wrk.format("GET", "/api/v1/accounts?status=ACTIVE&page=1&size=20&platform=" .. pick("platforms")[1], admin)
  elseif endpoint == "changes" then
    local cursor = base64("seq:" .. math.random(0, math.max(changes - 100, 0)))
    return wrk.format("GET", "/api/sync/v1/filings/changes?limit=100&cursor=" .. cursor, sync)
  end
  error("unknown ENDPOINT " .. tostring(endpoint))
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('RESULT {"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.2f,"p99_ms":%.2f,'
    .. '"non2xx":%d,"socket_errors":%d}\n', summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
