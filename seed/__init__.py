"""Data shipped with the product: the service and community taxonomies, and the demo
and synthetic data generators."""
from __future__ import annotations

import csv
from pathlib import Path

from graph.model import Community, Service

SEED_DIR = Path(__file__).resolve().parent

__all__ = ["SEED_DIR", "load_services", "load_communities"]


def load_services() -> list[Service]:
    """The service taxonomy: Charity Commission 'what' classes refined for matching."""
    with open(SEED_DIR / "services.csv", newline="", encoding="utf-8") as f:
        return [Service(r["code"], r["label"], r["parent"]) for r in csv.DictReader(f)]


def load_communities() -> list[Community]:
    """Who organisations serve: Charity Commission 'who' classes refined for matching."""
    with open(SEED_DIR / "communities.csv", newline="", encoding="utf-8") as f:
        return [Community(r["code"], r["label"], r["parent"]) for r in csv.DictReader(f)]
