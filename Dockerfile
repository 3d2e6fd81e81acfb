# partnermap web app. Used by docker-compose.yml (with Neo4j 5.26); alone it serves the
# embedded store in /data:  docker build -t partnermap . && docker run -p 8000:8000 -v pm:/data partnermap
#
# Stage 1: the pinned browser assets (GOV.UK Frontend compiled with a system font stack,
# cytoscape, fcose) from the npm registry, by the same script `make demo` runs.
FROM node:20-bookworm-slim AS frontend
WORKDIR /src
COPY scripts/fetch_frontend.sh scripts/fetch_frontend.sh
COPY web/frontend web/frontend
RUN mkdir -p web/static && bash scripts/fetch_frontend.sh

# Stage 2: the Python app, served by gunicorn through `partnermap serve`.
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    PARTNERMAP_STORE=sqlite:////data/partnermap.db PARTNERMAP_CACHE=/data/cache \
    PARTNERMAP_INSTANCE=/data/instance
WORKDIR /app
COPY pyproject.toml README.md ./
COPY graph graph
COPY matcher matcher
COPY seed seed
COPY web web
COPY --from=frontend /src/web/static/vendor web/static/vendor
RUN pip install . && useradd --system --home /data --create-home partnermap \
    && mkdir -p /data && chown partnermap /data
USER partnermap
VOLUME /data
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD \
    python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/health').status != 200)"
CMD ["partnermap", "serve", "--host", "0.0.0.0", "--port", "8000"]
