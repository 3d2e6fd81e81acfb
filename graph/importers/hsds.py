"""Open Referral / HSDS: service directories in, organisations and what they do out.

Reads HSDS 3 (and the older 1.x/2.x) tabular packages: a folder of CSV files, with or
without datapackage.json, and JSON API dumps (Open Referral UK and HSDS 3 API shapes:
one service, a list of services, a page {"contents": [...]}, or organisations with nested
services).

* organizations -> organisations. The id is the organisation's registered identifier
  (organization_identifiers, e.g. GB-CHC-/GB-COH-) when it has one, so it merges with the
  same charity from a register or a funder; otherwise "HSDS-" + the publisher's own id.
* taxonomy terms on services -> our services and communities through
  seed/crosswalks/hsds_taxonomy.csv. A term with no crosswalk entry is *kept*: it becomes a
  Service under the `other.` code (`other.<slug>`, labelled with the original term, parent
  `other`), so the original vocabulary stays visible and filterable, and a later crosswalk
  entry can re-home it.
* whom a service is for -> communities: Open Referral UK `eligibilitys`, HSDS 2
  `eligibility`, the `pc_targetAudience` extension, through the same crosswalk; age limits
  (minimum_age / maximum_age) give children, young people or older people. Wordings with no
  crosswalk entry are warned about once each.
* a service that names no organisation, or one that is not in the input, is skipped with
  its row and the reason: it never becomes an organisation named after the service. So is a
  location naming an organisation that is not in the input (an error with --strict).
* sector from evidence (graph.importers.evidence): councils, NHS bodies and universities
  are not VCSE just because a directory lists them.
* locations -> lat/lon and postcode (the first valid physical location).

Personal data is not imported: contacts, phones and every e-mail address are ignored,
and files holding them (contacts.csv, phones.csv) are not read at all.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from graph.importers.batch import Batch
from graph.importers.crosswalk import hsds_terms, norm
from graph.importers.evidence import infer_sector
from graph.importers.identifiers import read_identifier
from graph.importers.records import build_org
from graph.importers.report import ImportReport
from graph.importers.sources import InputError, cell_str, load_json, open_inputs, read_table
from graph.importers.values import clean_cell
from graph.model import ModelError, Service, generated_org_id

__all__ = ["import_hsds", "OTHER_SERVICE"]

SOURCE = "hsds"
OTHER_SERVICE = Service("other", "Other (terms from imported directories)")

# Table name -> the file names publishers use for it (HSDS 3 plural, 1.x singular...).
_TABLES = {
    "organizations": ("organizations", "organization"),
    "services": ("services", "service"),
    "locations": ("locations", "location"),
    "service_at_locations": ("service_at_locations", "services_at_location", "service_at_location",
                             "services_at_locations"),
    "taxonomy_terms": ("taxonomy_terms", "taxonomy_term", "taxonomy"),
    "service_taxonomies": ("service_taxonomy", "services_taxonomy", "service_taxonomies"),
    "attributes": ("attributes", "attribute"),
    "organization_identifiers": ("organization_identifiers", "organization_identifier"),
    "addresses": ("addresses", "address", "physical_addresses", "physical_address"),
    "eligibility": ("eligibility", "eligibilitys", "eligibilities"),
}
_PERSONAL = ("contacts", "contact", "phones", "phone")
_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$")


class _Rec(dict):
    """A row or JSON object, remembering where it came from for error messages."""
    origin: tuple[str, int] = ("", 0)
    prefix: str = ""


def _rec(values: dict, file: str, row: int, prefix: str = "") -> _Rec:
    r = _Rec((k, v) for k, v in values.items())
    r.origin, r.prefix = (file, row), prefix
    return r


def import_hsds(store, path_or_files, dry_run: bool = False, *, skip_bad: bool = False,
                progress: Callable[[int], None] | None = None) -> ImportReport:
    """Import an HSDS / Open Referral folder, datapackage or JSON dump."""
    report, inputs = open_inputs("hsds", path_or_files)
    if inputs is None:
        return report
    batch = Batch(store, report, mode="enrich", source=SOURCE)
    try:
        orgs = _read(inputs, report)
    except InputError as e:
        report.error(e.file, e.row, e.field, e.reason)
        return report
    if not orgs and not report.errors and not report.skipped:
        report.error(report.source, 0, "", "no organizations found (expected organizations.csv, "
                                          "datapackage.json or an HSDS JSON dump)")
    audiences = _AudienceLog()
    for i, org in enumerate(orgs, start=1):
        _organisation(batch, org, audiences)
        if progress and i % 100 == 0:
            progress(100)
    audiences.flush(report)
    return batch.finish(dry_run=dry_run, skip_bad=skip_bad)


class _AudienceLog:
    """Target-audience wordings with no crosswalk entry: one warning per wording, with how
    many services used it, so a person can extend seed/crosswalks/hsds_taxonomy.csv."""

    def __init__(self):
        self.count: Counter = Counter()
        self.first: dict[str, tuple[str, int]] = {}

    def note(self, label: str, origin: tuple[str, int]) -> None:
        self.count[label] += 1
        self.first.setdefault(label, origin)

    def flush(self, report) -> None:
        for label, n in self.count.most_common():
            file, row = self.first[label]
            report.warn(file, row, "eligibility", f"target audience {label!r} has no crosswalk entry "
                                                  f"(used by {n} services)")


# ---- reading ------------------------------------------------------------------------------
def _read(inputs, report) -> list[_Rec]:
    names = {n.rsplit(".", 1)[0].lower(): n for n in inputs}
    for stem in _PERSONAL:
        if stem in names:
            report.warn(names[stem], 0, "", "not imported: personal contact data")
    if "datapackage" in names:
        dp = load_json(inputs[names["datapackage"]], report)
        missing = []
        for res in (dp.get("resources") or []) if isinstance(dp, dict) else []:
            path = str(res.get("path") or "") if isinstance(res, dict) else ""
            base = path.rsplit("/", 1)[-1]
            if base and base not in inputs and base.rsplit(".", 1)[0].lower() not in _PERSONAL:
                missing.append(base)
        if missing:
            report.warn(names["datapackage"], 0, "resources",
                        f"{len(missing)} resources listed but not present: {', '.join(missing[:8])}"
                        + (" ..." if len(missing) > 8 else ""))
    tables = {}
    for table, stems in _TABLES.items():
        for stem in stems:
            if stem in names and names[stem].lower().endswith((".csv", ".xlsx")):
                tables[table] = _rows(inputs[names[stem]], report)
                break
    orgs = _from_tables(tables, report) if "organizations" in tables else []
    for stem, name in names.items():
        if name.lower().endswith(".json") and stem != "datapackage":
            orgs.extend(_from_json(inputs[name], report))
    return orgs


def _rows(f, report) -> list[_Rec]:
    header, rows = read_table(f, report)
    out = []
    for row, values in rows:
        report.rows_read += 1
        out.append(_rec({k: cell_str(clean_cell(v)).strip() for k, v in values.items()}, f.name, row))
    return out


def _from_tables(t: dict, report) -> list[_Rec]:
    orgs = {o.get("id", ""): o for o in t["organizations"]}
    for o in orgs.values():
        o["services"], o["locations"], o["organization_identifiers"] = [], [], []
    terms = {r.get("id", ""): r for r in t.get("taxonomy_terms", [])}
    locations = {r.get("id", ""): r for r in t.get("locations", [])}
    for a in t.get("addresses", []):
        loc = locations.get(a.get("location_id", ""))
        if loc is not None:
            loc.setdefault("addresses", []).append(a)
    services = {}
    for s in t.get("services", []):
        org = orgs.get(s.get("organization_id", ""))
        if org is None:
            # Never an organisation named after the service: skipped, with the row and why.
            oid, name = s.get("organization_id", ""), s.get("name") or "(unnamed)"
            report.skip(*s.origin, f"service {name!r} names organization {oid!r}, which is not in the input"
                        if oid else f"service {name!r} names no organization", "organization_id")
            continue
        s["taxonomy_terms"] = []
        s["audiences"] = [s["eligibility"]] if s.get("eligibility") and len(s["eligibility"]) <= 80 else []
        services[s.get("id", "")] = s
        org["services"].append(s)
    for e in t.get("eligibility", []):
        service = services.get(e.get("service_id", ""))
        if service is not None and e.get("eligibility"):
            service["audiences"].append(e["eligibility"])
    # HSDS 1.x/2.x link services to terms in service_taxonomy; HSDS 3 uses attributes,
    # whose link_id points at the service.
    for link in t.get("service_taxonomies", []) + t.get("attributes", []):
        service = services.get(link.get("service_id") or link.get("link_id", ""))
        term = terms.get(link.get("taxonomy_id") or link.get("taxonomy_term_id", ""))
        if service is not None and term is not None:
            service["taxonomy_terms"].append(term)
    served_at = set()
    for sal in t.get("service_at_locations", []):
        service, loc = services.get(sal.get("service_id", "")), locations.get(sal.get("location_id", ""))
        if service is not None and loc is not None:
            orgs[service["organization_id"]]["locations"].append(loc)
            served_at.add(id(loc))
    for loc in locations.values():
        oid = loc.get("organization_id", "")
        if oid:
            if oid in orgs:
                orgs[oid]["locations"].append(loc)
            elif id(loc) in served_at:
                # Named after an organization the files leave out (Miami's 211 export names a
                # provider's sites after sub-providers it does not export), but a service of a
                # known organization is given there: the location lands with that one.
                continue
            elif report.strict:
                report.error(*loc.origin, "organization_id", f"unknown organization {oid!r}")
            else:   # a dangling location is lost on its own; the organisations still land
                report.skip(*loc.origin, f"location names organization {oid!r}, which is not in the input",
                            "organization_id")
    for ident in t.get("organization_identifiers", []):
        org = orgs.get(ident.get("organization_id", ""))
        if org is not None:
            org["organization_identifiers"].append(ident)
    return list(orgs.values())


# Keys only a service record carries (HSDS 1-3, Open Referral UK and its vendor extensions):
# a record with any of them is a service, even when it names no organization.
_SERVICE_KEYS = frozenset({
    "status", "organization", "organization_id", "eligibility", "eligibilitys", "eligibility_description",
    "service_taxonomys", "service_taxonomies", "service_at_locations", "pc_targetAudience", "fees",
    "fees_description", "attending_type", "attending_access", "deliverable_type", "accreditations",
    "minimum_age", "maximum_age", "service_areas", "cost_options", "regular_schedules",
    "application_process", "interpretation_services", "program_id"})


def _is_service(item: dict) -> bool:
    return not isinstance(item.get("services"), list) and bool(_SERVICE_KEYS & item.keys())


def _from_json(f, report) -> list[_Rec]:
    doc = load_json(f, report)
    items = doc
    if isinstance(doc, dict):
        for key in ("contents", "content", "items", "services", "organizations"):
            if isinstance(doc.get(key), list) and not ("name" in doc and key == "services"):
                items = doc[key]
                break
        else:
            items = [doc]
    if not isinstance(items, list):
        raise InputError(f.name, "not an HSDS JSON document", 1)
    orgs: dict[str, _Rec] = {}
    orphans: list[tuple[int, dict]] = []
    for i, item in enumerate(items, start=1):
        report.rows_read += 1
        if not isinstance(item, dict):
            report.error(f.name, i, "", "expected a JSON object")
            continue
        if isinstance(item.get("organization"), dict):        # a service with its organisation
            org_doc, services = item["organization"], [item]
        elif _is_service(item):                               # a service naming no organisation here
            orphans.append((i, item))
            continue
        else:                                                 # an organisation with its services
            org_doc, services = item, [s for s in item.get("services") or [] if isinstance(s, dict)]
        org = _json_org(orgs, org_doc, f.name, i)
        for s in services:
            _attach_service(org, s, f.name, i)
    by_own_id = {cell_str(o.get("id")).strip(): o for o in orgs.values() if cell_str(o.get("id")).strip()}
    for i, item in orphans:
        # A service is never turned into an organisation named after itself: it joins the
        # organisation it names, or is skipped with the reason.
        oid = cell_str(item.get("organization_id")).strip()
        name = cell_str(item.get("name")).strip() or "(unnamed)"
        if oid and oid in by_own_id:
            _attach_service(by_own_id[oid], item, f.name, i)
        elif oid:
            report.skip(f.name, i, f"service {name!r} names organization {oid!r}, which is not in the "
                                   "input", "organization_id")
        else:
            report.skip(f.name, i, f"service {name!r} names no organization", "organization")
    return list(orgs.values())


def _json_org(orgs: dict, org_doc: dict, file: str, row: int) -> _Rec:
    key = str(org_doc.get("id") or org_doc.get("name") or f"row-{row}")
    org = orgs.get(key)
    if org is None:
        org = _rec(org_doc, file, row, "organization/")
        org["services"], org["locations"] = [], list(_json_locations(org_doc, file, row, "organization/"))
        org["organization_identifiers"] = list(org_doc.get("organization_identifiers") or [])
        orgs[key] = org
    return org


def _attach_service(org: _Rec, s: dict, file: str, row: int) -> None:
    s2 = _rec(s, file, row)
    s2["taxonomy_terms"] = _json_terms(s)
    s2["audiences"] = _audiences(s)
    org["services"].append(s2)
    org["locations"].extend(_json_locations(s, file, row, ""))


def _audiences(service: dict) -> list[str]:
    """Whom a service is for, as the publisher words it: Open Referral UK eligibility records
    (`eligibilitys[].eligibility`), HSDS 2 `eligibility`, the PlaceCube `pc_targetAudience`
    extension (`audienceType`) and short target-audience lists. Free-text eligibility
    descriptions are left to the text classifier."""
    out = []
    for key, field in (("eligibilitys", "eligibility"), ("eligibility", "eligibility"),
                       ("pc_targetAudience", "audienceType"), ("target_audience", "name"),
                       ("targetAudience", "name"), ("target_audiences", "name")):
        value = service.get(key)
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, dict):
                v = v.get(field) or v.get("name") or v.get("audienceType")
            text = cell_str(v).strip()
            if text and len(text) <= 80:
                out.append(text)
    return out


def _json_terms(service: dict) -> list[dict]:
    terms = [t for t in service.get("taxonomy_terms") or [] if isinstance(t, dict)]
    for a in service.get("attributes") or []:
        if isinstance(a, dict) and isinstance(a.get("taxonomy_term"), dict):
            terms.append(a["taxonomy_term"])
    for t in service.get("service_taxonomys") or service.get("service_taxonomies") or []:
        if isinstance(t, dict) and isinstance(t.get("taxonomy"), dict):     # Open Referral UK v1
            terms.append(t["taxonomy"])
    return terms


def _json_locations(doc: dict, file, row, prefix):
    for j, loc in enumerate(doc.get("locations") or []):
        if isinstance(loc, dict):
            yield _rec(loc, file, row, f"{prefix}locations/{j}/")
    for j, sal in enumerate(doc.get("service_at_locations") or []):
        if isinstance(sal, dict) and isinstance(sal.get("location"), dict):
            yield _rec(sal["location"], file, row, f"{prefix}service_at_locations/{j}/location/")


# ---- building -----------------------------------------------------------------------------
def _organisation(batch: Batch, org: _Rec, audiences: _AudienceLog) -> None:
    rep, (file, row) = batch.report, org.origin
    name = cell_str(org.get("name")).strip()
    if not name:
        rep.error(file, row, f"{org.prefix}name", "an organization must have a name")
        return
    registered = []
    for ident in org.get("organization_identifiers") or []:
        scheme = cell_str(ident.get("identifier_scheme")).strip().upper()
        value = cell_str(ident.get("identifier")).strip()
        rid = f"{scheme}-{value}" if scheme and value and not value.upper().startswith(scheme) else value
        published = read_identifier(rid)
        if published is not None:
            registered.extend(r for r in published.registered if r not in registered)
    own_id = cell_str(org.get("id")).strip()
    services, communities = set(), set()
    for s in org.get("services") or []:
        if cell_str(s.get("status")).strip().lower() in ("inactive", "defunct"):
            continue
        for term in s.get("taxonomy_terms") or []:
            svc, com = _map_term(batch, term, s)
            services |= svc
            communities |= com
        for label in s.get("audiences") or []:
            m = hsds_terms().get(norm(label))
            if m is None:
                audiences.note(label, getattr(s, "origin", (file, row)))
                continue
            services |= set(m.services)
            communities |= set(m.communities)
        communities |= _age_communities(s)
    lat = lon = None
    postcode = ""
    for loc in org.get("locations") or []:
        coords = _coordinates(batch, loc)
        if coords and lat is None:
            lat, lon = coords
        if not postcode:
            postcode = _postcode(loc)
    own = read_identifier(own_id)
    if registered:
        oid = registered[0]
    elif own is not None:
        oid = read_identifier("HSDS-" + own.text).org_id   # the publisher's own id: stable across re-imports
    else:
        oid = generated_org_id(name, postcode)
    evidence = infer_sector([oid, *registered], name)
    labels = {f: f"{org.prefix}{f}" for f in ("id", "name", "description", "website", "postcode")}
    labels.update(lat=f"{org.prefix}latitude", lon=f"{org.prefix}longitude")
    o = build_org(rep, file, row, labels, id=oid, name=name, sector=evidence.sector if evidence else "vcse",
                  inferred=(evidence.inference(),) if evidence else (),
                  description=_unescaped_breaks(cell_str(clean_cell(org.get("description")))).strip()[:20_000],
                  registered_ids=tuple(registered), postcode=postcode, lat=lat, lon=lon,
                  website=cell_str(clean_cell(org.get("website") or org.get("url"))).strip(),
                  services=tuple(services), communities=tuple(communities), source=SOURCE)
    if o is None:
        return
    # A public body read from evidence corrects an earlier import's VCSE default.
    batch.add_org(o, file, row, authoritative=frozenset({"sector"}) if evidence and evidence.public else frozenset())


_ESCAPED_BREAK = re.compile(r"\\r\\n|\\n|\\r")


def _unescaped_breaks(text: str) -> str:
    """Line breaks a CSV export wrote escaped, as the two characters '\\n' (Miami 211's
    descriptions end '...self-worth.\\n\\n'), as line breaks."""
    return _ESCAPED_BREAK.sub("\n", text) if "\\" in text else text


def _age(value) -> int | None:
    try:
        age = int(float(cell_str(value)))
    except ValueError:
        return None
    return age if 0 <= age <= 120 else None       # ORUK writes -1 for "no limit"


def _age_communities(service: dict) -> set[str]:
    """Communities from a service's age limits (HSDS 3 minimum_age/maximum_age, or Open
    Referral UK eligibility records): an upper limit of 12 or less serves children, 13-25
    young people; a lower limit of 50 or more serves older people."""
    limits = [(service.get("minimum_age"), service.get("maximum_age"))]
    for e in service.get("eligibilitys") or []:
        if isinstance(e, dict):
            limits.append((e.get("minimum_age"), e.get("maximum_age")))
    out = set()
    for lo, hi in limits:
        lo, hi = _age(lo), _age(hi)
        if hi is not None and hi <= 12:
            out.add("children")
        elif hi is not None and 13 <= hi <= 25:
            out.add("young_people")
        if lo is not None and lo >= 50:
            out.add("older_people")
    return out


def _map_term(batch: Batch, term: dict, service) -> tuple[set, set]:
    crosswalk = hsds_terms()
    name = cell_str(term.get("name")).strip()
    code = cell_str(term.get("code")).strip()
    m = crosswalk.get(norm(name)) or crosswalk.get(norm(code))
    if m is not None:
        return set(m.services), set(m.communities)
    label = name or code
    if not label:
        return set(), set()
    slug = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:80] or "term"
    file, row = getattr(service, "origin", ("", 0))
    if not batch.has_service(OTHER_SERVICE.code):
        batch.add_service(OTHER_SERVICE, file, row)
    detail = term.get("taxonomy_detail")
    vocabulary = cell_str(term.get("taxonomy") or (detail.get("name") if isinstance(detail, dict) else "")).strip()
    try:
        svc = Service(f"other.{slug}", f"{label} ({vocabulary})" if vocabulary and vocabulary != label else label,
                      OTHER_SERVICE.code)
    except ModelError:
        return set(), set()
    if not batch.has_service(svc.code):
        batch.add_service(svc, file, row)
        batch.report.warn(file, row, "taxonomy_terms", f"term {label!r} has no crosswalk entry; "
                                                       f"kept as service {svc.code}")
    return {svc.code}, set()


def _coordinates(batch: Batch, loc: _Rec):
    lat, lon = loc.get("latitude"), loc.get("longitude")
    if lat in (None, "") or lon in (None, ""):
        return None
    file, row = loc.origin
    try:
        lat_f, lon_f = float(cell_str(lat)), float(cell_str(lon))
    except ValueError:
        batch.report.dropped(file, row, f"{loc.prefix}latitude", f"{lat!r}, {lon!r} are not coordinates")
        return None
    for field, value, limit in (("latitude", lat_f, 90), ("longitude", lon_f, 180)):
        if not -limit <= value <= limit:
            batch.report.dropped(file, row, f"{loc.prefix}{field}", f"{value:g} is outside -{limit}..{limit}")
            return None
    return lat_f, lon_f


def _postcode(loc: dict) -> str:
    for a in loc.get("addresses") or loc.get("physical_addresses") or []:
        if isinstance(a, dict):
            pc = cell_str(a.get("postal_code")).strip().upper()
            if _POSTCODE.match(pc):
                return pc
    return ""
