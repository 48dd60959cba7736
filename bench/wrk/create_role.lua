-- wrk: POST /roles with a new name each time (a write with its audit event).
-- ZC_TOKEN: the bearer token (a main account). Names are unique per thread and
-- per run (the table address and the clock), so no request meets a taken name.
local counter = 0
local tag = string.sub(tostring({}):match("0x(%x+)"), -6) .. "-" .. (os.time() % 100000)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("ZC_TOKEN")
request = function()
    counter = counter + 1
    local body = string.format('{"name":"压测%s-%d","remark":"bench","permissions":["basic.roles"]}', tag, counter)
    return wrk.format("POST", "/api/v1/roles", nil, body)
end
