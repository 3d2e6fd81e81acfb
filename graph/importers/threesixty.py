"""360Giving grants data: JSON data packages and the flat CSV/XLSX column layout.

Each grant becomes a `funding` tie from funder to recipient (amount, currency, award
date as `since`, planned end date as `until`, the grant Identifier as `ref`, so two grants
between the same pair stay two ties). Funders and recipients become organisations keyed
by their org-id; funders get sector=funder. Beneficiary locations with ONS GSS codes
become places the recipient operates in (a Place is created for a code we do not know,
its kind guessed from the code prefix, see seed/crosswalks/gss_prefixes.csv). Leadership
answers of the 360Giving DEI extension map to led_by (seed/crosswalks/dei_leadership.csv).

Grants to individuals (a Recipient Ind, a 360G-...-IND recipient id, or no recipient
organisation at all) are counted and skipped: people are not organisations, and their
details must not enter a partner-matching graph.
"""
from __future__ import annotations

import re
from typing import Callable

from graph.importers.batch import Batch, is_registered_id
from graph.importers.crosswalk import dei_led_by, gss_kind
from graph.importers.report import ImportReport
from graph.importers.sources import InputError, cell_str, load_json, open_inputs, read_table
from graph.importers.values import BadValue, charity_org_id, company_org_id, parse_amount, parse_date
from graph.model import ModelError, Organisation, Place, Tie, generated_org_id

__all__ = ["import_360giving", "flat_header_path"]

SOURCE = "360giving"
_INDIVIDUAL_ID = re.compile(r"^360G-.*-IND", re.IGNORECASE)

# Flat column titles (360Giving's spreadsheet template) -> JSON field names.
_TOP = {"identifier": "id", "title": "title", "description": "description", "currency": "currency",
        "amount awarded": "amountAwarded", "award date": "awardDate"}
_ORG_FIELDS = {"identifier": "id", "name": "name", "charity number": "charityNumber",
               "company number": "companyNumber", "postal code": "postalCode", "web address": "url",
               "url": "url"}
_LOC_FIELDS = {"geographic code": "geoCode", "name": "name", "geographic code type": "geoCodeType"}
_DATE_FIELDS = {"start date": "startDate", "end date": "endDate"}
_GROUPS = {"recipient org": "recipientOrganization", "funding org": "fundingOrganization",
           "recipient ind": "recipientIndividual", "beneficiary location": "beneficiaryLocation",
           "planned dates": "plannedDates"}


def flat_header_path(title: str) -> tuple | None:
    """JSON path for a flat column title: 'Recipient Org:Identifier' ->
    ('recipientOrganization', 0, 'id'); 'Beneficiary Location:1:Geographic Code' ->
    ('beneficiaryLocation', 1, 'geoCode'). None for columns we do not use."""
    parts = [p.strip() for p in title.split(":")]
    low = [p.lower() for p in parts]
    if "leadership" in title.lower() and low[-1] in ("code", "codes", "taxonomy codes", "taxonomy code"):
        return ("_deiLeadership",)
    if len(parts) == 1:
        return (_TOP[low[0]],) if low[0] in _TOP else None
    group = _GROUPS.get(low[0])
    if group is None:
        return None
    rest, low_rest, idx = parts[1:], low[1:], 0
    if rest and rest[0].isdigit():
        idx, rest, low_rest = int(rest[0]), rest[1:], low_rest[1:]
    if not rest:
        return None
    if group == "recipientIndividual":
        return (group, 0, low_rest[-1])
    if group in ("recipientOrganization", "fundingOrganization"):
        if low_rest[0] == "location":
            j = int(rest[1]) if len(rest) > 2 and rest[1].isdigit() else 0
            field = _LOC_FIELDS.get(low_rest[-1])
            return (group, idx, "location", j, field) if field else None
        field = _ORG_FIELDS.get(low_rest[0])
        return (group, idx, field) if field else None
    if group == "beneficiaryLocation":
        field = _LOC_FIELDS.get(low_rest[0])
        return (group, idx, field) if field else None
    field = _DATE_FIELDS.get(low_rest[0])
    return (group, idx, field) if field else None


def import_360giving(store, path_or_files, dry_run: bool = False, *, skip_bad: bool = False,
                     progress: Callable[[int], None] | None = None) -> ImportReport:
    """Import 360Giving grants from JSON, CSV or XLSX files (a file, a folder, or uploads)."""
    report, inputs = open_inputs("360giving", path_or_files)
    if inputs is None:
        return report
    batch = Batch(store, report, mode="enrich", source=SOURCE)
    state = _State()
    for name, f in inputs.items():
        lower = name.lower()
        try:
            if lower.endswith(".json"):
                _from_json(batch, state, f, progress)
            elif lower.endswith((".csv", ".xlsx", ".xlsm")):
                _from_flat(batch, state, f, progress)
            else:
                report.warn(name, 0, "", "ignored: not a .json, .csv or .xlsx file")
        except InputError as e:
            report.error(e.file, e.row, e.field, e.reason)
    if not report.rows_read and not report.errors:
        report.error(report.source, 0, "", "no grants found")
    return batch.finish(dry_run=dry_run, skip_bad=skip_bad)


class _State:
    def __init__(self):
        self.warned_codes: set[str] = set()


def _from_json(batch, state, f, progress) -> None:
    doc = load_json(f, batch.report)
    if isinstance(doc, dict) and isinstance(doc.get("grants"), list):
        grants = doc["grants"]
    elif isinstance(doc, list):
        grants = doc
    elif isinstance(doc, dict) and "id" in doc:
        grants = [doc]
    else:
        raise InputError(f.name, "not a 360Giving data package: expected {\"grants\": [...]}", 1, "grants")
    for i, grant in enumerate(grants, start=1):
        batch.report.rows_read += 1
        if not isinstance(grant, dict):
            batch.report.error(f.name, i, "grants", "a grant must be a JSON object")
            continue
        _grant(batch, state, grant, f.name, i, _JSON_LABELS)
        if progress and i % 1000 == 0:
            progress(1000)
    if progress and len(grants) % 1000:
        progress(len(grants) % 1000)


def _from_flat(batch, state, f, progress) -> None:
    header, rows = read_table(f, batch.report)
    paths = {h: flat_header_path(h) for h in header}
    if not any(p == ("id",) for p in paths.values()):
        raise InputError(f.name, "required column 'Identifier' is missing", 1, "Identifier")
    if not any(p and p[0] == "fundingOrganization" for p in paths.values()):
        raise InputError(f.name, "required column 'Funding Org:Identifier' is missing", 1,
                         "Funding Org:Identifier")
    count = 0
    for row, values in rows:
        count += 1
        batch.report.rows_read += 1
        grant: dict = {}
        for h, path in paths.items():
            if path is None:
                continue
            value = values.get(h)
            if value is None or cell_str(value).strip() == "":
                continue
            _set_path(grant, path, value)
        _grant(batch, state, grant, f.name, row, _FLAT_LABELS)
        if progress and count % 1000 == 0:
            progress(1000)
    if progress and count % 1000:
        progress(count % 1000)


def _set_path(doc: dict, path: tuple, value) -> None:
    if path == ("_deiLeadership",):
        doc.setdefault("_deiLeadership", []).extend(re.split(r"[,;\s]+", cell_str(value)))
        return
    cur = doc
    for i, key in enumerate(path[:-1]):
        nxt = path[i + 1]
        if isinstance(key, int):
            while len(cur) <= key:
                cur.append({} if not isinstance(nxt, int) else [])
            cur = cur[key]
        else:
            if key not in cur:
                cur[key] = [] if isinstance(nxt, int) else {}
            cur = cur[key]
    cur[path[-1]] = value


# Field names used in messages: the column title for flat files, the JSON path for JSON.
_FLAT_LABELS = {"id": "Identifier", "funder": "Funding Org:Identifier", "funder_name": "Funding Org:Name",
                "recipient": "Recipient Org:Identifier", "recipient_name": "Recipient Org:Name",
                "amount": "Amount Awarded", "since": "Award Date", "until": "Planned Dates:End Date",
                "currency": "Currency", "ref": "Identifier", "geo": "Beneficiary Location:Geographic Code",
                "postcode": "Recipient Org:Postal Code"}
_JSON_LABELS = {"id": "id", "funder": "fundingOrganization/0/id", "funder_name": "fundingOrganization/0/name",
                "recipient": "recipientOrganization/0/id", "recipient_name": "recipientOrganization/0/name",
                "amount": "amountAwarded", "since": "awardDate", "until": "plannedDates/0/endDate",
                "currency": "currency", "ref": "id", "geo": "beneficiaryLocation/geoCode",
                "postcode": "recipientOrganization/0/postalCode"}


def _first(value) -> dict:
    if isinstance(value, list):
        return value[0] if value and isinstance(value[0], dict) else {}
    return value if isinstance(value, dict) else {}


def _text(value) -> str:
    return cell_str(value).strip()


def _grant(batch: Batch, state: _State, grant: dict, file: str, row: int, labels: dict) -> None:
    rep = batch.report
    gid = _text(grant.get("id"))
    if not gid:
        rep.error(file, row, labels["id"], "a grant must have an Identifier")
        return
    funder = _first(grant.get("fundingOrganization"))
    recipient = _first(grant.get("recipientOrganization"))
    individual = _first(grant.get("recipientIndividual"))
    rid = _text(recipient.get("id"))
    if any(_text(v) for v in individual.values()) or _INDIVIDUAL_ID.match(rid) or \
            not (rid or _text(recipient.get("name"))):
        rep.skip(file, row, "grant to an individual (or no recipient organisation)")
        return
    try:
        amount = parse_amount(grant.get("amountAwarded"))
    except BadValue as e:
        rep.error(file, row, labels["amount"], str(e))
        return
    try:
        since = parse_date(grant.get("awardDate"))
    except BadValue as e:
        rep.error(file, row, labels["since"], str(e))
        return
    until = ""
    planned = _first(grant.get("plannedDates"))
    if planned.get("endDate"):
        try:
            until = parse_date(planned.get("endDate"))
        except BadValue as e:
            rep.warn(file, row, labels["until"], f"{e}; planned end date ignored")
        if until and since and until < since:
            until = ""
    funder_org = _organisation(batch, funder, file, row, labels, "funder", sector="funder")
    recipient_org = _organisation(batch, recipient, file, row, labels, "recipient",
                                  places=lambda: _places(batch, state, grant.get("beneficiaryLocation"),
                                                         file, row, labels),
                                  led_by=_leadership(grant, recipient))
    if funder_org is None or recipient_org is None:
        return
    funder_id = batch.add_org(funder_org, file, row, authoritative=frozenset({"sector"}))
    recipient_id = batch.add_org(recipient_org, file, row)
    if funder_id == recipient_id:
        rep.skip(file, row, "funder and recipient are the same organisation")
        return
    try:
        tie = Tie(from_id=funder_id, to_id=recipient_id, kind="funding", since=since, until=until,
                  amount=amount, currency=_text(grant.get("currency")).upper()[:3], source=SOURCE, ref=gid)
    except ModelError as e:
        rep.error(file, row, labels.get(e.field, e.field), e.reason)
        return
    batch.add_tie(tie, file, row)


def _organisation(batch, o: dict, file, row, labels, role, sector="vcse", places=None,
                  led_by=()) -> Organisation | None:
    rep = batch.report
    oid, name = _text(o.get("id")), _text(o.get("name"))
    if not name:
        rep.error(file, row, labels[f"{role}_name"], f"the {role} organisation has no name")
        return None
    registered = [oid] if is_registered_id(oid) else []
    for rid in (charity_org_id(o.get("charityNumber")), company_org_id(o.get("companyNumber"))):
        if rid and rid not in registered:
            registered.append(rid)
    postcode = _text(o.get("postalCode"))
    if not oid:
        oid = registered[0] if registered else generated_org_id(name, postcode)
    try:
        return Organisation(id=oid, name=name, sector=sector, registered_ids=tuple(registered),
                            postcode=postcode if len(postcode) <= 10 else "",
                            website=_text(o.get("url")), source=SOURCE,
                            places=tuple(places()) if places else (), led_by=tuple(led_by))
    except ModelError as e:
        field = {"id": labels[role], "name": labels[f"{role}_name"]}.get(e.field, e.field)
        rep.error(file, row, field, e.reason)
        return None


def _places(batch, state, locations, file, row, labels) -> list[str]:
    codes = []
    if isinstance(locations, dict):
        locations = [locations]
    for loc in locations or ():
        if not isinstance(loc, dict):
            continue
        code = _text(loc.get("geoCode")).upper()
        if not code:
            continue
        if batch.has_place(code):
            codes.append(code)
            continue
        kind = gss_kind(code)
        if kind is None:
            if code not in state.warned_codes:
                state.warned_codes.add(code)
                what = _text(loc.get("geoCodeType")) or "unknown type"
                batch.report.warn(file, row, labels["geo"],
                                  f"{code} ({what}) is not a place kind we hold; ignored")
            continue
        try:
            place = Place(code=code, name=_text(loc.get("name")) or code, kind=kind)
        except ModelError as e:
            batch.report.warn(file, row, labels["geo"], f"{code}: {e.reason}; ignored")
            continue
        batch.add_place(place, file, row)
        codes.append(code)
    return codes


def _leadership(grant: dict, recipient: dict) -> list[str]:
    """led_by values from DEI leadership answers, in either published shape: the 2021
    `deiDetails.leadership.response.taxonomyCodes` and the current extension's
    `recipientOrganization[].leadership[].classification[].code`; flat files give codes in
    any column whose title mentions leadership."""
    codes = list(grant.get("_deiLeadership") or [])
    dei = grant.get("deiDetails")
    if isinstance(dei, dict):
        resp = _first(dei.get("leadership")).get("response") or {}
        if isinstance(resp, dict):
            codes.extend(resp.get("taxonomyCodes") or [])
    for answer in recipient.get("leadership") or []:
        if isinstance(answer, dict):
            codes.extend(c.get("code", "") for c in answer.get("classification") or [] if isinstance(c, dict))
    return list(dict.fromkeys(v for v in (dei_led_by(str(c)) for c in codes) if v))
