-- wrk: assigns and unassigns roles to handlers, each pair alternately, so that
-- every request changes something (a write with its audit event and change
-- stamps). ZC_TOKEN: the bearer token; ZC_ROLES, ZC_ACCOUNTS: comma-separated ids.
local function split(s)
    local out = {}
    for id in string.gmatch(s, "[^,]+") do out[#out + 1] = id end
    return out
end
local roles = split(os.getenv("ZC_ROLES"))
local accounts = split(os.getenv("ZC_ACCOUNTS"))
local step = math.random(0, #roles * #accounts - 1)
wrk.headers["Authorization"] = "Bearer " .. os.getenv("ZC_TOKEN")
request = function()
    step = step + 1
    local pair = step % (#roles * #accounts)
    local role = roles[(pair % #roles) + 1]
    local account = accounts[math.floor(pair / #roles) % #accounts + 1]
    local method = math.floor(step / (#roles * #accounts)) % 2 == 0 and "PUT" or "DELETE"
    return wrk.format(method, "/api/v1/roles/" .. role .. "/accounts/" .. account)
end
