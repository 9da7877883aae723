-- Takes one token from each bucket KEYS[i] of ARGV[i] tokens a minute (refilled continuously), atomically, on Redis's
-- own clock. A bucket is a hash {tokens, at (µs)} that expires when it would be full again. Answers, per bucket:
-- consumed (1/0), whole tokens left, µs until the next token.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local answer = {}
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[i])
  local interval = 60000000 / capacity
  local state = redis.call('HMGET', key, 'tokens', 'at')
  local tokens = capacity
  if state[1] then
    tokens = math.min(capacity, tonumber(state[1]) + math.max(0, now - tonumber(state[2])) / interval)
  end
  local consumed, wait = 0, 0
  if tokens >= 1 then
    tokens = tokens - 1
    consumed = 1
  else
    wait = math.ceil((1 - tokens) * interval)
  end
  redis.call('HSET', key, 'tokens', tostring(tokens), 'at', string.format('%.0f', now))
  redis.call('PEXPIRE', key, math.ceil((capacity - tokens) * interval / 1000) + 1000)
  answer[#answer + 1] = consumed
  answer[#answer + 1] = math.floor(tokens)
  answer[#answer + 1] = wait
end
return answer
