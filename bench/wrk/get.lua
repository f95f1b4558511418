-- GET one path with a rotating session cookie: wrk -s get.lua URL -- <path> <sessions file or "-">
-- Every request carries another user's session, like many people studying at once.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua"
require "common"

local path, sessions, i

function init(args)
  path = args[1] or "/"
  if args[2] and args[2] ~= "-" then sessions = read_lines(args[2]) end
  i = (offset or 0)
end

function request()
  local headers = { ["Accept-Language"] = "en" }
  if sessions then
    i = i + 1
    headers["Cookie"] = "prepdeck-session=" .. sessions[(i % #sessions) + 1]
  end
  return wrk.format("GET", path, headers)
end
