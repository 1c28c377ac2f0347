#!/usr/bin/env bash
# The README's "Five minutes with curl", step by step, against a running hub. From the repository root, with the hub
# started there as the README says:
#
#   docs/walkthrough.sh
#
# Elsewhere: HUB_URL=http://127.0.0.1:9090 API_KEY=demo-key HUB_DIR=/srv/hub docs/walkthrough.sh
#   HUB_URL   where the hub answers (default http://localhost:8080)
#   API_KEY   the tenant's key (default demo-key, the demo credential of config/application.yaml)
#   HUB_DIR   the directory the hub was started in, whose ./data/inbox step 5 drops a file into (default .)
#   REPO_DIR  the repository, for the samples (default: the one this script is in)
#
# Each step prints what it sends and the answer, and the script stops with a non-zero status at the first answer that
# is not the one the README promises. The acceptance suite (acceptance/, WalkthroughIT) runs it against the jar.
set -euo pipefail

HUB_URL=${HUB_URL:-http://localhost:8080}
API_KEY=${API_KEY:-demo-key}
HUB_DIR=${HUB_DIR:-.}
REPO_DIR=${REPO_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
SAMPLES=$REPO_DIR/connectors/src/test/resources/samples
TOMORROW=$(date -d tomorrow +%F)
HEADERS=$(mktemp)
BODY=$(mktemp)
trap 'rm -f "$HEADERS" "$BODY"' EXIT

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

# call EXPECTED METHOD PATH [curl arguments]: the request with the key; prints the body. EXPECTED is one status or
# several as 200|202. The response headers stay in $HEADERS.
call() {
  local expected=$1 method=$2 path=$3
  shift 3
  local status
  status=$(curl -s -D "$HEADERS" -o "$BODY" -w '%{http_code}' -X "$method" -H "X-Api-Key: $API_KEY" "$@" \
    "$HUB_URL$path") || fail "$method $path: curl could not reach $HUB_URL"
  echo "  $method $path -> $status $(head -c 200 "$BODY")" >&2
  [[ "|$expected|" == *"|$status|"* ]] || fail "$method $path answered $status, expected $expected"
  cat "$BODY"
}

# expect TEXT FRAGMENT: fails unless the answer contains the fragment.
expect() {
  [[ "$1" == *"$2"* ]] || fail "expected $2 in: ${1:0:300}"
}

# json_string TEXT FIELD: the first string value of the field in a JSON answer.
json_string() {
  grep -o "\"$2\":\"[^\"]*\"" <<<"$1" | head -n 1 | cut -d '"' -f 4
}

# 1. A Shopify order exactly as Shopify sends it (the real sample from the Shopify API fixtures):
#    202 {"messageId":"msg-…","orders":["ord-…"],"duplicate":false}. Sent again: the same ids, "duplicate":true.
step_1_send_an_order() {
  echo "1. A Shopify order, sent twice" >&2
  local first again
  first=$(call 202 POST /api/v1/inbound/shopify -H 'Content-Type: application/json' \
    --data-binary @"$SAMPLES/ecommerce/shopify-order.json")
  ORDER=$(grep -o '"orders":\["[^"]*"' <<<"$first" | cut -d '"' -f 4)
  [[ $ORDER == ord-* ]] || fail "no order id in $first"
  again=$(call 202 POST /api/v1/inbound/shopify -H 'Content-Type: application/json' \
    --data-binary @"$SAMPLES/ecommerce/shopify-order.json")
  expect "$again" '"duplicate":true'
  expect "$again" "\"$ORDER\""
}

# 2. The canonical order, and the orders by status.
step_2_read_orders() {
  echo "2. The canonical order, and the orders by status" >&2
  expect "$(call 200 GET "/api/v1/orders/$ORDER")" "\"id\":\"$ORDER\""
  call 200 GET '/api/v1/orders?status=RECEIVED' >/dev/null
}

# 3. Plan depot ottawa for tomorrow: 202 with the request and its Location, followed until 200 (the plan); then the
#    same, waiting for the plan (?wait=60s): 201 with the plan. Read it back, and its map.
step_3_plan() {
  echo "3. Plan depot ottawa for $TOMORROW" >&2
  local queued location plan id
  queued=$(call 202 POST /api/v1/plans -H 'Content-Type: application/json' \
    -d "{\"depotId\":\"ottawa\",\"date\":\"$TOMORROW\"}")
  expect "$queued" '"state":"QUEUED"'
  location=$(grep -i '^location:' "$HEADERS" | tr -d '\r' | cut -d ' ' -f 2)
  [[ $location == /api/v1/plans/plan-* ]] || fail "no Location of the plan request"
  for _ in $(seq 1 120); do
    call '200|202' GET "$location" >/dev/null
    grep -q '^HTTP/[0-9.]* 200' "$HEADERS" && break
    sleep 1
  done
  grep -q '^HTTP/[0-9.]* 200' "$HEADERS" || fail "the plan was not made within 120 s"
  expect "$(cat "$BODY")" '"routes"'

  plan=$(call 201 POST '/api/v1/plans?wait=60s' -H 'Content-Type: application/json' \
    -d "{\"depotId\":\"ottawa\",\"date\":\"$TOMORROW\"}")
  id=$(json_string "$plan" id)
  expect "$(call 200 GET "/api/v1/plans/$id")" "\"id\":\"$id\""
  expect "$(call 200 GET "/api/v1/plans/$id/map.svg")" '<svg'
}

# 4. Something broken: 400 naming the missing field, kept as a dead letter; list the dead letters, replay it.
step_4_dead_letter() {
  echo "4. A broken order, its dead letter and its replay" >&2
  local refused letter replayed
  refused=$(call 400 POST /api/v1/inbound/shopify -H 'Content-Type: application/json' -d '{"order":{"id":1,
       "line_items":[{"id":1,"quantity":1,"grams":500,"requires_shipping":true}]}}')
  expect "$refused" '"field":"order.shipping_address"'
  letter=$(json_string "$refused" deadLetter)
  [[ $letter == dl-* ]] || fail "no dead letter in $refused"
  expect "$(call 200 GET /api/v1/dead-letters)" "\"id\":\"$letter\""
  replayed=$(call 200 POST "/api/v1/dead-letters/$letter/replay")
  expect "$replayed" '"replayCount":'
}

# 5. A file in the inbox of config/routes/inboxes.camel.yaml; the hub takes it (moves it to .done/) and the orders
#    are listed again. It is the order of step 1, so it is a duplicate: nothing new.
step_5_file_inbox() {
  echo "5. The Shopify order as a file in $HUB_DIR/data/inbox/demo/shopify/" >&2
  cp "$SAMPLES/ecommerce/shopify-order.json" "$HUB_DIR/data/inbox/demo/shopify/"
  for _ in $(seq 1 60); do
    [ -e "$HUB_DIR/data/inbox/demo/shopify/shopify-order.json" ] || break
    sleep 1
  done
  [ ! -e "$HUB_DIR/data/inbox/demo/shopify/shopify-order.json" ] || fail "the inbox did not take the file in 60 s"
  expect "$(call 200 GET "/api/v1/orders/$ORDER")" "\"id\":\"$ORDER\""
}

# 6. Status and cost go out on the broker's topics lastmile.status and lastmile.cost: a JMS client's job, not curl's
#    (the acceptance suite subscribes to them in PlanningIT).
step_6_topics() {
  echo "6. Status and cost: subscribe to lastmile.status and lastmile.cost with a JMS client" >&2
}

step_1_send_an_order
step_2_read_orders
step_3_plan
step_4_dead_letter
step_5_file_inbox
step_6_topics
echo "The walkthrough worked." >&2
