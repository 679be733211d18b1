# linkchart: the two commands a new machine needs are `make demo` and `make test`.
# Both install the C libraries linkchart links (Graphviz, tcmalloc) first when they are missing.

SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
CORPUS ?= seeds
OUT ?= Output

.PHONY: demo test deps test-deps build release clean score bench query-bench render-bench curation-bench ingest-bench ingest-bench-large serve serve-bench

## demo: build linkchart (release) and run the main job on seeds/ into Output/
demo: deps
	$(SWIFT) build -c release --product linkchart
	$$($(SWIFT) build -c release --show-bin-path)/linkchart build $(CORPUS) --out $(OUT)

## test: run the whole test suite (unit, CLI and end-to-end tests; the export tests read
## linkchart's GraphML and GEXF with Python's networkx, installed here when missing)
test: deps test-deps
	$(SWIFT) build --product linkchart
	$(SWIFT) test

deps:
	@sh scripts/ensure-system-libraries.sh

test-deps:
	@sh scripts/ensure-networkx.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product linkchart

clean:
	rm -rf .build

## score: score extraction on the seeds, the three development sets and the held-out reports (needs python3 and ../shared)
score: demo
	$$($(SWIFT) build -c release --show-bin-path)/linkchart export --corpus Tests/ExtractionTests/Fixtures/dev -o .build/dev-graph.json
	python3 ../shared/eval/score.py Output/graph.json ../shared/eval/gold-seeds
	python3 ../shared/eval/score.py .build/dev-graph.json Tests/ExtractionTests/Fixtures/dev/gold
	$$($(SWIFT) build -c release --show-bin-path)/linkchart export --corpus Tests/ExtractionTests/Fixtures/dev2 -o .build/dev2-graph.json
	python3 ../shared/eval/score.py .build/dev2-graph.json Tests/ExtractionTests/Fixtures/dev2/gold
	$$($(SWIFT) build -c release --show-bin-path)/linkchart export --corpus Tests/ExtractionTests/Fixtures/dev3 -o .build/dev3-graph.json
	python3 ../shared/eval/score.py .build/dev3-graph.json Tests/ExtractionTests/Fixtures/dev3/gold
	$$($(SWIFT) build -c release --show-bin-path)/linkchart export --corpus Tests/ExtractionTests/Fixtures/heldout -o .build/heldout-graph.json
	python3 ../shared/eval/score.py .build/heldout-graph.json Tests/ExtractionTests/Fixtures/heldout/gold

## bench: extraction speed and peak memory (dev reports repeated to 50 MB, one core; median of 5 runs)
bench: deps
	$(SWIFT) build -c release --product linkchart-benchmark
	$$($(SWIFT) build -c release --show-bin-path)/linkchart-benchmark --megabytes 50 --runs 5

## query-bench: time every query on an in-memory graph of 10,000 reports (median of 7 runs)
query-bench:
	$(SWIFT) build -c release --product linkchart-query-benchmark
	$$($(SWIFT) build -c release --show-bin-path)/linkchart-query-benchmark --reports 10000 --runs 7

## ingest-bench: ingest 10,000 varied reports into a fresh store (3 runs): reports/s, MB/s,
## peak memory, store size, against extraction alone on one core and on all cores
ingest-bench:
	$(SWIFT) build -c release --product linkchart
	$(SWIFT) build -c release --product linkchart-ingest-benchmark
	$$($(SWIFT) build -c release --show-bin-path)/linkchart-ingest-benchmark --reports 10000 --runs 3

## ingest-bench-large: peak memory of one ingest of 100,000 varied reports (several minutes)
ingest-bench-large:
	$(SWIFT) build -c release --product linkchart
	$(SWIFT) build -c release --product linkchart-ingest-benchmark
	$$($(SWIFT) build -c release --show-bin-path)/linkchart-ingest-benchmark --reports 100000 --runs 1 --no-extraction

## render-bench: diagram render times (overviews of 100, 1,000 and 10,000 reports; a dense 200-node graph)
render-bench: deps
	$(SWIFT) build -c release --product linkchart-render-benchmark
	$$($(SWIFT) build -c release --show-bin-path)/linkchart-render-benchmark --runs 3

## curation-bench: what applying 20 curation decisions adds to building the graph of 10,000 reports (median of 5 runs)
curation-bench:
	$(SWIFT) build -c release --product linkchart-curation-benchmark
	$$($(SWIFT) build -c release --show-bin-path)/linkchart-curation-benchmark --reports 10000 --decisions 20 --runs 5
## serve: explore the seeds in a browser at http://127.0.0.1:8080/ (Ctrl-C stops)
serve: deps
	$(SWIFT) build -c release --product linkchart
	$$($(SWIFT) build -c release --show-bin-path)/linkchart serve --corpus $(CORPUS)

## serve-bench: 8 concurrent clients (wrk) on an ego page of the seeds, loopback only
serve-bench: deps
	$(SWIFT) build --product linkchart
	sh scripts/serve-load.sh $$($(SWIFT) build --show-bin-path)/linkchart
