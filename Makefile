# The two commands a newcomer needs: `make run` and `make test`.
# Each first makes sure the system packages Sarap needs are present (Debian).

PACKAGES := libncurses-dev zlib1g-dev libxml2-dev pkg-config tmux libxml2-utils libxlsxwriter-dev librsvg2-bin python3
SWIFT_FLAGS := -Xswiftc -warnings-as-errors
# bash for `set -o pipefail`: the test log is teed, and a failing test must still fail make.
SHELL := /bin/bash
TEST_LOG := .build/test.log

.PHONY: run test deps

## Opens Sarap (release build) on the bundled project at the repository root.
run: deps
	swift build -c release --product sarap
	"$$(swift build -c release --show-bin-path)/sarap" --project .

## Lints the sources, builds everything warnings-as-errors and runs every test, end-to-end terminal
## tests included; then lists the reference checks skipped because material from outside the
## repository (the dissertation, the REFI-QDA schemas) is absent. Under CI=true it is required.
test: deps
	swift format lint --strict --recursive --parallel Package.swift Sources Tests
	swift build $(SWIFT_FLAGS)
	swift build --package-path Benchmarks $(SWIFT_FLAGS)
	@mkdir -p $(dir $(TEST_LOG))
	set -o pipefail; swift test $(SWIFT_FLAGS) 2>&1 | tee $(TEST_LOG); status=$$?; \
	  Tools/test/reference-summary.sh $(TEST_LOG); exit $$status

## Installs the Debian packages Sarap needs when one is missing (as root), or says how.
deps:
	@missing=""; \
	for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	  else \
	    echo "Sarap needs:$$missing. Run as root, then try again:"; \
	    echo "  sudo apt-get update && sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi
