# GovMedia — one entry point for running, testing and checking the whole stack.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

MVNW := cd backend && ./mvnw -B --no-transfer-progress -Dstyle.color=never
APP_JAR := backend/app/target/govmedia-app.jar
IDENTITY_JAR := backend/identity/target/govmedia-identity.jar
LOCAL_DB_JAR := backend/local-db/target/govmedia-local-db.jar
BACKEND_SOURCES := $(shell find backend -path '*/target' -prune -o -path '*/.local' -prune -o -type f \( -name '*.java' -o -name '*.yml' -o -name '*.json' -o -name '*.sql' -o -name '*.properties' -o -name '*.css' -o -name 'pom.xml' \) -print)
FRONTEND_SOURCES := $(shell find frontend -path frontend/node_modules -prune -o -path frontend/dist -prune -o -path frontend/test-results -prune -o -type f \( -name '*.ts' -o -name '*.tsx' -o -name '*.css' -o -name '*.html' -o -name 'package*.json' \) -print 2>/dev/null)

.PHONY: help
help: ## show this help
	@echo "GovMedia 政务新媒体管理平台"
	@echo
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'
	@echo
	@echo "  DATABASE_URL=postgresql://user:pass@host:5432/db  use that PostgreSQL instead of the embedded one"

$(APP_JAR) $(IDENTITY_JAR) $(LOCAL_DB_JAR) &: $(BACKEND_SOURCES)
	$(MVNW) -q package -DskipTests
	@touch $(APP_JAR) $(IDENTITY_JAR) $(LOCAL_DB_JAR)

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund

frontend/dist/index.html: frontend/node_modules/.package-lock.json openapi/openapi.yaml $(FRONTEND_SOURCES)
	cd frontend && npm run build

.PHONY: build
build: $(APP_JAR) frontend/dist/index.html ## build the backend jars and the admin app

.PHONY: run
run: build ## start identity (9000), API (8080) and the admin app (5173); Ctrl-C stops all
	@backend/scripts/stack.sh run

.PHONY: test
test: test-backend test-frontend test-e2e ## everything CI runs: backend, frontend, contract, browser tests

.PHONY: test-backend
test-backend: ## backend unit + integration tests (incl. OpenAPI drift and modularity); Redis and scale-out tests where Redis and nginx are there
	@excluded=(); \
	if [[ -z "$${GOVMEDIA_TEST_REDIS_URL:-}" ]] && ! (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then \
	  echo "no Redis on 127.0.0.1:6379: the tests tagged redis and cluster are left out (.ci/run starts one)"; excluded+=(redis cluster); \
	elif [[ ! -x /usr/sbin/nginx ]]; then \
	  echo "no nginx (/usr/sbin/nginx): the scale-out test (tag cluster) is left out (.ci/run installs it)"; excluded+=(cluster); \
	fi; \
	$(MVNW) spotless:check verify $${excluded[*]:+-DexcludedGroups=$$(IFS=,; echo "$${excluded[*]}")}

.PHONY: test-frontend
test-frontend: frontend/node_modules/.package-lock.json ## frontend lint, type check, unit tests, OpenAPI lint
	cd frontend && npm run generate && npm run lint && npm run typecheck && npm test && npm run lint:openapi
	cd frontend && npx spectral lint ../openapi/provincial-filing-check.yaml --ruleset ../openapi/.spectral.yaml --fail-severity=warn

.PHONY: test-e2e
test-e2e: build ## Playwright in Debian's Chromium against the real identity server and API
	@backend/scripts/stack.sh e2e

.PHONY: architecture
architecture: ## the module diagrams (Spring Modulith's Documenter, PlantUML) into docs/architecture/
	$(MVNW) -q -pl app test -Dtest=ModularityTest -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true
	rm -rf docs/architecture && mkdir -p docs/architecture
	cp backend/app/target/spring-modulith-docs/*.puml backend/app/target/spring-modulith-docs/*.adoc docs/architecture/

FUZZ_REQUESTS ?= 50000

.PHONY: soak
soak: ## the API fuzzer with FUZZ_REQUESTS (default 50,000) requests against the real app and PostgreSQL
	$(MVNW) -pl app test-compile surefire:test@default-test -Dtest=ApiFuzzIT -Dfuzz.requests=$(FUZZ_REQUESTS)

SCALE ?= 1

.PHONY: bench
bench: ## JMH, supervision metrics and HTTP load (app vs floor vs pgbench) on generated data (SCALE=0.01 quick); writes backend/app/target/bench/results.md and its SCALE block in docs/performance.md
	@SCALE=$(SCALE) backend/scripts/bench.sh

.PHONY: admin-user
admin-user: $(IDENTITY_JAR) ## create the first CITY_ADMIN: make admin-user NAME=<login> [ORG=NT-GOV-OFFICE] [DISPLAY=<name>]; prints a one-time password (DATABASE_URL)
	@test -n "$(NAME)" || { echo "usage: make admin-user NAME=<login> [ORG=<organization code>] [DISPLAY=<display name>]" >&2; exit 2; }
	@java -jar $(IDENTITY_JAR) --govmedia.identity.admin-user.username='$(NAME)' \
	  --govmedia.identity.admin-user.organization='$(or $(ORG),NT-GOV-OFFICE)' \
	  $(if $(DISPLAY),--govmedia.identity.admin-user.display-name='$(DISPLAY)') --logging.level.root=WARN

IDENTITY_KEY_FILE ?= backend/.local/identity-signing-key.json

.PHONY: rotate-signing-key
rotate-signing-key: $(IDENTITY_JAR) ## put a new token signing key first in IDENTITY_KEY_FILE (the previous one keeps verifying); restart identity
	@java -jar $(IDENTITY_JAR) rotate-signing-key $(IDENTITY_KEY_FILE)

.PHONY: audit-verify
audit-verify: ## check the audit log: every event hash, the Merkle root and the signed tree head (DATABASE_URL, default the local database)
	@backend/scripts/audit-verify.sh

.PHONY: backup
backup: ## pg_dump the database (DATABASE_URL) into BACKUP_FILE (default govmedia-<time>.dump)
	@backend/scripts/backup.sh

.PHONY: restore
restore: ## restore BACKUP_FILE into the new database RESTORE_DATABASE on DATABASE_URL's server, then verify the audit log
	@backend/scripts/restore.sh

.PHONY: openapi
openapi: ## rewrite openapi/openapi.yaml from the running code
	$(MVNW) -q -pl app -am test -Dtest=OpenApiContractIT -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.update=true

.PHONY: regulation
regulation: ## rewrite docs/regulation.md (article → rule → code → test) from docs/regulation/rules.yaml and the tests' rule tags
	$(MVNW) -q -pl app test -Dtest=RegulationTraceTest -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true -Dregulation.update=true

.PHONY: lint
lint: frontend/node_modules/.package-lock.json ## Java sources (Spotless), front-end lint and OpenAPI lint
	$(MVNW) -q spotless:check
	cd frontend && npm run generate && npm run lint && npm run lint:openapi

.PHONY: format
format: frontend/node_modules/.package-lock.json ## rewrite Java sources (Spotless) and the admin app (Prettier) into shape
	$(MVNW) -q spotless:apply
	cd frontend && npm run format

.PHONY: clean
clean: ## remove build output (keeps the local database)
	$(MVNW) -q clean
	rm -rf frontend/dist
