## serve: `samnet serve`, the what-if workbench's HTTP server on libmicrohttpd (issue 21).
# The API (serve/api.c) is socket-free so tests drive it directly; serve/http.c holds the
# security rules.  Part of CLI_SHARED_SOURCES (cli/local.mk), so samnet and the option
# fuzzer link it; tests/check_serve links it too.
SERVE_API_SOURCES = serve/serve.h serve/api.c serve/api_coalition.c serve/api_ties.c serve/json.c
SERVE_SOURCES = $(SERVE_API_SOURCES) serve/http.c serve/assets.c
EXTRA_DIST += serve/assets
