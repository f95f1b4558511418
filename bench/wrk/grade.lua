-- POST a grade, as the review screen does: wrk -s grade.lua URL -- <pairs file>
-- Each line of the pairs file is "<session cookie> <card id>": a user and a card that user has studied.
-- Every request is a new review (a fresh idempotency key), rating Hard, Good or Easy.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua"
require "common"

local pairs_, i

function init(args)
  pairs_ = read_lines(args[1])
  i = (offset or 0)
  math.randomseed(os.time() + (offset or 0))
end

local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

function request()
  i = i + 1
  local line = pairs_[(i % #pairs_) + 1]
  local cookie, card = line:match("^(%S+)%s+(%S+)$")
  local body = string.format('{"rating":%d,"idempotencyKey":"%s","answerMs":%d}',
    math.random(2, 4), uuid(), math.random(800, 9000))
  return wrk.format("POST", "/api/study/cards/" .. card .. "/grade", {
    ["Cookie"] = "prepdeck-session=" .. cookie,
    ["Content-Type"] = "application/json",
    ["Accept-Language"] = "en",
  }, body)
end
