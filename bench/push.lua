-- SPDX-License-Identifier: MIT
-- wrk script: POST /push with a 1 KB JSON payload ({"data": "<1000 chars>"}), same body every time.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"data": "' .. string.rep("0123456789", 100) .. '"}'
