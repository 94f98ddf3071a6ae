# Binôme: `make serve` builds and serves the app, `make test` runs every test layer.
# Each installs what is missing first (pinned versions), so both work on a fresh machine.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

PORT ?= 8080
TRUNK_VERSION := 0.21.14
# The wasm-bindgen CLI must be the version of the crate in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"$$/\1/p}' Cargo.lock)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Trunk finds wasm-opt (npm binaryen) on PATH and never downloads anything.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_OFFLINE := true
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROME_PATH := /usr/bin/chromium

.PHONY: setup tools browser nginx npm build serve test test-native test-web test-e2e check-size bench fuzz lint clean

## setup: install everything the build and the tests need (skipped when present)
setup: tools browser nginx npm

tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -q ' $(TRUNK_VERSION)$$' \
	  || cargo install trunk --version $(TRUNK_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -q ' $(WASM_BINDGEN_VERSION)\b' \
	  || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

# Chromium and its driver for the browser tests; poppler-utils turns printed PDFs into
# pictures for the test artefacts.
browser:
	@if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ] || ! [ -x /usr/bin/pdftoppm ]; then \
	  $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y chromium chromium-driver poppler-utils; \
	fi

# Debian's nginx and its brotli_static module: `make serve`, the end-to-end tests and the bench
# run deploy/app.conf in it (tools/nginx.mjs), unprivileged, on a loopback port, from a
# temporary prefix. The service the package sets up is stopped and disabled: nothing of it
# stays running.
nginx:
	@if ! [ -x /usr/sbin/nginx ] || ! [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then \
	  $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y nginx libnginx-mod-http-brotli-static; \
	  if [ -d /run/systemd/system ]; then $(SUDO) systemctl disable --now nginx; \
	  elif [ -e /run/nginx.pid ]; then $(SUDO) /usr/sbin/nginx -s quit; fi; \
	fi

npm: node_modules/.package-lock.json

node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

## build: the release build in dist/
build: tools npm
	trunk build --release

## serve: build, then serve dist/ on http://127.0.0.1:$(PORT) with nginx and deploy/app.conf (Ctrl+C stops)
serve: build nginx
	node tools/nginx.mjs $(PORT) dist

## test: every layer — native, browser (wasm-bindgen-test), end-to-end — and the size budget
test: setup test-native test-web build test-e2e check-size

test-native:
	cargo test --locked

# In headless Chromium: the browser adapters (the library without the UI), then the
# components mounted (the whole app, one edit watched cell by cell).
test-web: tools browser
	cargo test --locked --target wasm32-unknown-unknown --no-default-features --test web
	cargo test --locked --target wasm32-unknown-unknown --test components

test-e2e: npm browser nginx
	node --test --test-concurrency=1 tests/e2e/

check-size: npm
	node tools/size.mjs --check

## bench: figures for the closing note, through nginx (sizes, first and repeat visits, load time, EcoIndex, Lighthouse, keys, thirty opinions gathered, link lengths, codec timings)
bench: build browser nginx
	node tools/bench.mjs
	node tools/bench-keys.mjs
	node tools/bench-opinions.mjs
	cargo run --locked --release --example link_bench

## fuzz: the link decoder under libFuzzer (not part of `make test`). FUZZ_RUNS=-1 runs until stopped.
# cargo-fuzz needs unstable compiler flags: RUSTC_BOOTSTRAP lets the stable toolchain accept them.
FUZZ_RUNS ?= 10000000
fuzz:
	@cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --version 0.13.2 --locked
	mkdir -p fuzz/corpus/decode_link && cp tests/fixtures/links/*.txt fuzz/corpus/decode_link/
	RUSTC_BOOTSTRAP=1 cargo fuzz run decode_link -- -runs=$(FUZZ_RUNS) -max_len=4096 -print_final_stats=1

lint:
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown -- -D warnings

clean:
	rm -rf dist target node_modules
