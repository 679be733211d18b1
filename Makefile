# linkchart: the two commands a new machine needs are `make demo` and `make test`.
# Both install Graphviz's C library first when it is missing.

SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
CORPUS ?= seeds
OUT ?= Output

.PHONY: demo test deps build release clean

## demo: build linkchart (release) and run the main job on seeds/ into Output/
demo: deps
	$(SWIFT) build -c release --product linkchart
	$$($(SWIFT) build -c release --show-bin-path)/linkchart build $(CORPUS) --out $(OUT)

## test: run the whole test suite (unit, CLI and end-to-end tests)
test: deps
	$(SWIFT) build --product linkchart
	$(SWIFT) test

deps:
	@sh scripts/ensure-graphviz.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product linkchart

clean:
	rm -rf .build
