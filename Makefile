# quire: build, test and benchmark targets. `make help` lists them.

GO        ?= go
TOOLS     := $(CURDIR)/.tools
GETH      := $(TOOLS)/bin/geth
GETH_VERSION := v1.16.8
PKGS      := ./...
BENCHTIME ?= 1x

export PATH := $(TOOLS)/bin:$(PATH)

.PHONY: help build test test-short bench fuzz lint demo tools clean contracts contracts-check gas configdoc metrics-doc fp8 fp8-check

## help: list the targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed 's/^## /  /'

VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)

## build: build the quire binary into ./bin, its version stamped from git (VERSION=... overrides)
build:
	$(GO) build -ldflags "-X github.com/quire-da/quire/internal/version.Version=$(VERSION)" -o bin/quire ./cmd/quire

## demo: run the devnet demo (quire devnet --demo; default ports, free ones where taken; DEMO_FLAGS adds flags, e.g. --stay)
DEMO_FLAGS ?=
demo:
	$(GO) run ./cmd/quire devnet --demo --fallback-ports $(DEMO_FLAGS)

## tools: install what the tests need (Go modules, solc from npm, geth, chromium and promtool from apt)
tools:
	$(GO) mod download
	@if [ -f contracts/package.json ]; then cd contracts && npm ci --no-audit --no-fund --loglevel=error; fi
	@if [ ! -x $(GETH) ]; then \
		echo "building geth $(GETH_VERSION) (about 3 minutes, once)"; \
		GOBIN=$(TOOLS)/bin GOFLAGS= $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION); \
	fi
	@if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 && \
		! command -v google-chrome >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing Debian's chromium for the dashboard's headless-browser tests (about a minute, once)"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || \
				echo "chromium: apt-get install failed; the browser tests will fail under CI=true and skip otherwise"; \
		else \
			echo "chromium: not installed and not root (or no apt-get): the dashboard's browser tests will skip"; \
		fi; \
	fi
	@if ! command -v promtool >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing Debian's prometheus for promtool (alert rule checks)"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null || \
				echo "promtool: apt-get install failed; the alert rule tests will fail under CI=true and skip otherwise"; \
		else \
			echo "promtool: not installed and not root (or no apt-get): the alert rule tests will skip"; \
		fi; \
	fi

## test: install tools, check contract and kernel drift, vet, run every test with the race detector, and the kzg tests again without the AVX-512 lanes
test: tools contracts-check fp8-check
	$(GO) vet $(PKGS)
	$(GO) test -race -timeout 30m $(PKGS)
	QUIRE_KZG_AVX512=off $(GO) test -timeout 10m ./kzg

## test-short: the quick tests, without tools or the race detector
test-short:
	$(GO) test -short $(PKGS)

## bench: run the benchmarks (BENCHTIME=1x by default; try BENCHTIME=5x)
bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) $(PKGS)

## fuzz: run each fuzz target for FUZZTIME (default 10s)
FUZZTIME ?= 10s
fuzz:
	@for pkg in $$($(GO) list $(PKGS)); do \
		for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
			echo "fuzz $$pkg $$f"; \
			$(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
		done; \
	done

## lint: gofmt and go vet
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

## contracts: compile every contracts/*.sol with the pinned solc and regenerate ABI, bytecode and Go bindings (one per file)
contracts:
	@if [ ! -d contracts/node_modules/solc ]; then cd contracts && npm ci --no-audit --no-fund --loglevel=error; fi
	contracts/gen.sh

## contracts-check: fail when the committed ABI, bytecode or bindings differ from a fresh build
contracts-check:
	@if [ ! -d contracts/node_modules/solc ]; then cd contracts && npm ci --no-audit --no-fund --loglevel=error; fi
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
		contracts/gen.sh "$$tmp" >/dev/null && \
		diff -r contracts/build "$$tmp/build" && \
		for f in "$$tmp"/*_bindings.go contracts/*_bindings.go; do \
			b=$$(basename "$$f"); diff "contracts/$$b" "$$tmp/$$b" || exit 1; \
		done || \
		{ echo "contracts: committed artifacts are stale; run make contracts and commit"; exit 1; }

## configdoc: regenerate cmd/quire/configdoc.go (the field docs of config --init templates) after a config struct's doc comments change
configdoc:
	cd cmd/quire && $(GO) test -count=1 -run '^TestConfigDocUpToDate$$' . -update-configdoc

## fp8: regenerate kzg/fp8_amd64.s, the AVX-512 IFMA field kernels
fp8:
	$(GO) run ./internal/fp8gen

## fp8-check: fail when kzg/fp8_amd64.s differs from what internal/fp8gen writes
fp8-check:
	@tmp=$$(mktemp) && trap 'rm -f "$$tmp"' EXIT && \
		$(GO) run ./internal/fp8gen -o "$$tmp" && cmp -s "$$tmp" kzg/fp8_amd64.s || \
		{ echo "kzg/fp8_amd64.s is stale; run make fp8 and commit"; exit 1; }

## gas: measure the committee contract's gas and write docs/gas.md
gas:
	@mkdir -p docs
	QUIRE_GAS_TABLE=$(CURDIR)/docs/gas.md $(GO) test -count=1 -run '^TestGasTargets$$' -v ./bench

## metrics-doc: regenerate docs/metrics.md from the services' Prometheus instruments
metrics-doc:
	QUIRE_UPDATE_METRICS_DOC=1 $(GO) test -count=1 -run '^TestMetricsDocCurrent$$' ./cmd/quire

## clean: remove build output and installed tools
clean:
	rm -rf bin $(TOOLS)
