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

from graph.importers import limits
from graph.importers.batch import Batch, is_registered_id, normalise_name
from graph.importers.crosswalk import dei_led_by, gss_kind
from graph.importers.evidence import SectorEvidence, infer_sector
from graph.importers.identifiers import charity_ids, is_placeholder, normalise_identifier, read_identifier
from graph.importers.records import build_org, build_tie
from graph.importers.report import ImportReport
from graph.importers.shapes import sniff
from graph.importers.sources import InputError, cell_str, load_json, open_inputs, read_table
from graph.importers.values import BadValue, company_org_id, is_blank, parse_amount, parse_date
from graph.model import ModelError, Organisation, Place, date_before, generated_org_id

__all__ = ["import_360giving", "flat_header_path"]

SOURCE = "360giving"
_INDIVIDUAL_ID = re.compile(r"^360G-.*-IND", re.IGNORECASE)

# Flat column titles -> JSON field names. Titles are compared squashed (lower case, letters and
# digits only), so 360Giving's template ('Recipient Org:Identifier'), GrantNav's downloads
# ('Recipient Org: Org Type'), CamelCase flat exports ('RecipientOrgIdentifier') and
# snake_case ones ('recipient_org_identifier') all read the same.
_TOP = {"identifier": "id", "title": "title", "description": "description", "currency": "currency",
        "amountawarded": "amountAwarded", "awarddate": "awardDate",
        # The schema's own field name, as flat records keyed by JSON names write it (GrantNav's
        # early stacked JSON: {"id": ..., "FundingOrgIdentifier": ...}); 'Identifier' wins.
        "id": "_id"}
_ORG_FIELDS = {"identifier": "id", "id": "id", "name": "name", "charitynumber": "charityNumber",
               "companynumber": "companyNumber", "postalcode": "postalCode", "postcode": "postalCode",
               "webaddress": "url", "url": "url",
               # GrantNav's additions from the registers: evidence for size, sector and identity.
               "latestincome": "_latestIncome", "orgtype": "_orgType", "orgids": "_orgIDs",
               "canonicalorgid": "_canonicalId",
               # The publisher's own word for the organisation's legal form (Power to Change:
               # 'Company Limited by Guarantee', 'Private Limited Company', ...).
               "organisationtype": "organisationType", "organizationtype": "organisationType"}
_LOC_FIELDS = {"geographiccode": "geoCode", "name": "name", "geographiccodetype": "geoCodeType"}
_DATE_FIELDS = {"startdate": "startDate", "enddate": "endDate"}
_GROUPS = (("recipientorganization", "recipientOrganization"), ("recipientorg", "recipientOrganization"),
           ("fundingorganization", "fundingOrganization"), ("fundingorg", "fundingOrganization"),
           ("recipientindividual", "recipientIndividual"), ("recipientind", "recipientIndividual"),
           ("beneficiarylocation", "beneficiaryLocation"), ("planneddates", "plannedDates"))
_INDEXED = re.compile(r"^(\d+)(.*)$")


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _list_index(digits: str) -> int:
    if len(digits) > 9 or int(digits) > limits.MAX_LIST_INDEX:
        shown = f"{int(digits):,}" if len(digits) <= 30 else f"{digits[:12]}... ({len(digits)} digits)"
        raise ValueError(limits.over_limit(f"list position {shown}", "MAX_LIST_INDEX"))
    return int(digits)


def flat_header_path(title: str) -> tuple | None:
    """JSON path for a flat column title: 'Recipient Org:Identifier' (or 'RecipientOrgIdentifier')
    -> ('recipientOrganization', 0, 'id'); 'Beneficiary Location:1:Geographic Code' ->
    ('beneficiaryLocation', 1, 'geoCode'). None for columns we do not use.

    Raises ValueError for a list position over limits.MAX_LIST_INDEX: every position up
    to it is built for every row."""
    if "leadership" in title.lower() and title.lower().rstrip().endswith(("code", "codes")):
        return ("_deiLeadership",)
    key = _squash(title)
    if key in _TOP:
        return (_TOP[key],)
    for prefix, group in _GROUPS:
        if key.startswith(prefix):
            rest = key[len(prefix):]
            break
    else:
        return None
    idx = 0
    m = _INDEXED.match(rest)
    if m:
        idx, rest = _list_index(m[1]), m[2]
    if not rest:
        return None
    if group == "recipientIndividual":
        return (group, 0, rest)
    if group in ("recipientOrganization", "fundingOrganization"):
        if rest.startswith("location"):
            m = _INDEXED.match(rest[len("location"):])
            j, field = (_list_index(m[1]), m[2]) if m else (0, rest[len("location"):])
            field = _LOC_FIELDS.get(field)
            return (group, idx, "location", j, field) if field else None
        field = _ORG_FIELDS.get(rest)
        return (group, idx, field) if field else None
    if group == "beneficiaryLocation":
        field = _LOC_FIELDS.get(rest)
        return (group, idx, field) if field else None
    field = _DATE_FIELDS.get(rest)
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
        # The content decides how to read a file, not its name: GrantNav downloads and
        # re-saved spreadsheets arrive under any name.
        kind = sniff(f) if name.lower().endswith((".json", ".jsonl", ".ndjson", ".csv", ".xlsx", ".xlsm", ".txt",
                                                  ".tsv")) \
            else None
        try:
            if kind == "json":
                _from_json(batch, state, f, progress)
            elif kind in ("table", "xlsx"):
                _from_flat(batch, state, f, progress)
            else:
                report.warn(name, 0, "", "ignored: not a .json, .csv or .xlsx file")
        except InputError as e:
            report.error(e.file, e.row, e.field, e.reason)
    if not report.rows_read and not report.errors:
        report.error(report.source, 0, "", "no grants found")
    # Every grant is read before any is added, so a funder named by its publisher prefix
    # in one file meets its registered id from another, whatever the order of the files.
    state.learn_publishers(batch)
    state.learn_names()
    state.learn_shared_ids()
    for grant, file, row, labels in state.pending:
        _grant(batch, state, grant, file, row, labels)
    return batch.finish(dry_run=dry_run, skip_bad=skip_bad)


_PUBLISHER_PREFIX = re.compile(r"^(360G-[A-Za-z0-9]+)(?=$|[-:_/.])", re.IGNORECASE)


def publisher_prefix(identifier: str) -> str | None:
    """'360G-EFF' for a grant id '360G-EFF-16-3315' or a funder id '360G-EFF'."""
    m = _PUBLISHER_PREFIX.match(identifier or "")
    return m.group(1).lower() if m else None


class _State:
    def __init__(self):
        self.warned_codes: set[str] = set()
        self.pending: list[tuple[dict, str, int, dict]] = []
        # Publisher prefix (lower case) -> the registered id of the funder that publishes under
        # it, learnt from grant ids ("360G-EFF-16-3315" funded by GB-CHC-200051).
        self.prefix_funder: dict[str, str] = {}
        # Identifier as published -> (name, file, row) of the first row that names it: for a
        # row that gives the identifier without the name.
        self.names: dict[str, tuple[str, str, int]] = {}
        # Unregistered identifiers the files give to many organisations with unrelated names
        # (a publisher's dummy or stand-in id): identifier text -> how many names it carries.
        self.shared_ids: dict[str, int] = {}

    def learn_shared_ids(self) -> None:
        # Recipients only: a funder's own id under several names is one funder renamed or
        # its departments, and a publisher never stands a dummy id in for itself.
        names: dict[str, set[str]] = {}
        for grant, *_ in self.pending:
            o = _first(grant.get("recipientOrganization"))
            published, name = read_identifier(_text(o.get("id"))), _text(o.get("name"))
            if published is not None and not published.registered and name:
                names.setdefault(published.text, set()).add(normalise_name(name))
        self.shared_ids = {oid: len(n) for oid, n in names.items() if _unrelated(n)}

    def learn_names(self) -> None:
        for grant, file, row, _ in self.pending:
            for role in ("fundingOrganization", "recipientOrganization"):
                o = _first(grant.get(role))
                oid, name = _text(o.get("id")), _text(o.get("name"))
                if oid and name:
                    self.names.setdefault(oid, (name, file, row))

    def learn_publishers(self, batch: Batch) -> None:
        seen: dict[str, set[str]] = {}
        for tie in batch.existing_ties.values():
            prefix = publisher_prefix(tie.ref) if tie.kind == "funding" else None
            funder = batch.current(tie.from_id) if prefix else None
            if funder is not None:
                ids = [i for i in (funder.id, *funder.registered_ids) if is_registered_id(i)]
                if ids:
                    seen.setdefault(prefix, set()).add(ids[0])
        for grant, *_ in self.pending:
            prefix = publisher_prefix(_text(grant.get("id")))
            fid = _text(_first(grant.get("fundingOrganization")).get("id"))
            if prefix and is_registered_id(fid):
                seen.setdefault(prefix, set()).add(fid)
        # A prefix used by several registered funders (a publisher for many) decides nothing.
        self.prefix_funder = {p: next(iter(ids)) for p, ids in seen.items() if len(ids) == 1}


# Words too common in organisation names to show two names are of one organisation.
_COMMON_WORDS = frozenset("the and of for ltd limited trust foundation group project charity charitable association "
                          "society uk cic cio centre center community council church club fund".split())


def _unrelated(names: set[str]) -> bool:
    """Are these (normalised) names of several organisations rather than one under several
    spellings? Three or more, and no telling word shared by more than half of them: one
    organisation's names share a word ('Hact', 'HACT (Housing Associations' Charitable Trust)')."""
    if len(names) < 3:
        return False
    words: dict[str, int] = {}
    for name in names:
        for w in set(name.split()) - _COMMON_WORDS:
            if len(w) > 2:
                words[w] = words.get(w, 0) + 1
    return max(words.values(), default=0) * 2 <= len(names)


# Keys an API or an export wraps its list of grants in ({"results": [...]}, {"data": {"grants": [...]}}).
_WRAPPERS = ("grants", "results", "data", "items", "records", "content")


def _grant_list(doc, depth: int = 0) -> list | None:
    """The grants of a JSON document: a data package's {"grants": [...]}, a bare list, one
    grant, a JSON Lines file's records, or a list an API wraps ({"results": [...]},
    {"data": {"grants": [...]}}), each grant perhaps wrapped as {"data": {grant}} (as the
    360Giving datastore's API returns them). None when none of these."""
    if isinstance(doc, list):
        return [_unwrapped(g) for g in doc]
    if not isinstance(doc, dict):
        return None
    if "id" in doc and not isinstance(doc.get("grants"), list):
        return [doc]
    if depth < 3:
        for key in _WRAPPERS:
            if isinstance(doc.get(key), (list, dict)):
                found = _grant_list(doc[key], depth + 1)
                if found is not None:
                    return found
    return None


def _unwrapped(grant):
    inner = grant.get("data") if isinstance(grant, dict) else None
    if isinstance(inner, dict) and "id" in inner and "recipientOrganization" not in grant:
        return inner
    return grant


def _from_json(batch, state, f, progress) -> None:
    grants = _grant_list(load_json(f, batch.report))
    if grants is None:
        raise InputError(f.name, "not a 360Giving data package: expected {\"grants\": [...]}", 1, "grants")
    if grants and not any(isinstance(g, dict) and ("id" in g or _is_flat_record(g) or _GRANT_PARTIES & g.keys())
                          for g in grants):
        # A list of other records (the 360Giving registry's data.json of publishers and
        # files): one error for the file, not "a grant must have an Identifier" per record.
        raise InputError(f.name, f"holds no grants: none of its {len(grants):,} records has a grant's id, funder "
                                 "or recipient (a list of publishers or files, not their grants?)", 1, "grants")
    flat = None        # decided by the first grant: nested 360Giving JSON or flat keys
    for i, grant in enumerate(grants, start=1):
        batch.report.rows_read += 1
        if not isinstance(grant, dict):
            batch.report.error(f.name, i, "grants", "a grant must be a JSON object")
            continue
        if flat is None:
            flat = _is_flat_record(grant)
        if flat:
            state.pending.append((_unflatten(grant), f.name, i, _FLAT_LABELS))
        else:
            state.pending.append((grant, f.name, i, _JSON_LABELS))
        if progress and i % 1000 == 0:
            progress(1000)
    if progress and len(grants) % 1000:
        progress(len(grants) % 1000)


def _from_flat(batch, state, f, progress) -> None:
    header, rows = read_table(f, batch.report)
    paths = {}
    for h in header:
        try:
            paths[h] = flat_header_path(h)
        except ValueError as e:
            raise InputError(f.name, str(e), 1, h) from None
    _check_flat_columns(f.name, paths)
    count = 0
    for row, values in rows:
        count += 1
        batch.report.rows_read += 1
        grant = _unflatten(values, paths)
        state.pending.append((grant, f.name, row, _FLAT_LABELS))
        if progress and count % 1000 == 0:
            progress(1000)
    if progress and count % 1000:
        progress(count % 1000)


_GRANT_PARTIES = frozenset({"fundingOrganization", "recipientOrganization", "recipientIndividual"})


def _check_flat_columns(name: str, paths: dict) -> None:
    """A flat file must say which grant, who funded it and who received it."""
    groups = {p[0] for p in paths.values() if p}
    if not {("id",), ("_id",)} & set(paths.values()):
        raise InputError(name, "required column 'Identifier' is missing", 1, "Identifier")
    if "fundingOrganization" not in groups:
        raise InputError(name, "required column 'Funding Org:Identifier' is missing", 1,
                         "Funding Org:Identifier")
    if not groups & {"recipientOrganization", "recipientIndividual"}:
        raise InputError(name, "no recipient columns ('Recipient Org:Identifier', "
                               "'Recipient Org:Name' or 'Recipient Ind:...')", 1, "Recipient Org:Identifier")


def _is_flat_record(record: dict) -> bool:
    """A grant written with flat column titles as keys (GrantNav-style flat JSON)."""
    if any(k in record for k in _GRANT_PARTIES):
        return False
    return any((p := flat_header_path(str(k))) and p[0] == "fundingOrganization" for k in record)


def _unflatten(values: dict, paths: dict | None = None) -> dict:
    """A nested 360Giving grant from one flat record (a CSV row or a flat JSON object)."""
    if paths is None:
        paths = {k: flat_header_path(str(k)) for k in values}
    grant: dict = {}
    for h, path in paths.items():
        if path is None:
            continue
        value = values.get(h)
        if is_blank(value) or cell_str(value).strip() == "":
            continue
        _set_path(grant, path, value)
    if "_id" in grant:
        grant.setdefault("id", grant.pop("_id"))
        grant.pop("_id", None)
    return grant


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
    funder = dict(_first(grant.get("fundingOrganization")))
    recipient = dict(_first(grant.get("recipientOrganization")))
    individual = _first(grant.get("recipientIndividual"))
    rid = _text(recipient.get("id"))
    if any(_text(v) for v in individual.values()) or _INDIVIDUAL_ID.match(rid):
        rep.skip(file, row, "grant to an individual")
        return
    if not (rid or _text(recipient.get("name"))):
        rep.skip(file, row, "no recipient organisation (no recipient identifier or name)",
                 labels["recipient"])
        return
    if read_identifier(rid) is None and _withheld_name(_text(recipient.get("name"))):
        # "Anonymous", "Withheld", "Various recipients": every such grant would otherwise
        # become one organisation of that name, tied to every funder that anonymises.
        rep.skip(file, row, "recipient not named (anonymous, withheld or pooled): not an organisation",
                 labels["recipient_name"])
        return
    _grantnav_additions(grant, funder, recipient)
    try:
        amount = parse_amount(grant.get("amountAwarded"))
    except BadValue as e:
        if not rep.dropped(file, row, labels["amount"], str(e)):
            return
        amount = None
    try:
        since = parse_date(grant.get("awardDate"))
    except BadValue as e:
        if not rep.dropped(file, row, labels["since"], str(e)):
            return
        since = ""
    until = ""
    planned = _first(grant.get("plannedDates"))
    if planned.get("endDate"):
        try:
            until = parse_date(planned.get("endDate"))
        except BadValue as e:
            rep.warn(file, row, labels["until"], f"{e}; planned end date ignored")
        if until and since and date_before(until, since):
            until = ""
    _publisher_identity(batch, state, funder, gid, file, row)
    funder_org, funder_evidence = _organisation(batch, funder, file, row, labels, "funder", names=state.names)
    recipient_org, recipient_evidence = _organisation(
        batch, recipient, file, row, labels, "recipient",
        places=lambda: _places(batch, state, grant.get("beneficiaryLocation"), file, row, labels),
        led_by=_leadership(grant, recipient), names=state.names, shared=state.shared_ids)
    if funder_org is None or recipient_org is None:
        return
    # A funder is "funder" unless it is a public body (a council funding is statutory); a
    # sector read from evidence overrides what an earlier import assumed.
    funder_id = batch.add_org(funder_org, file, row, authoritative=frozenset({"sector"}))
    recipient_id = batch.add_org(recipient_org, file, row, authoritative=frozenset({"sector"})
                                 if recipient_evidence and recipient_evidence.public else frozenset())
    if funder_id == recipient_id:
        rep.skip(file, row, "funder and recipient are the same organisation")
        return
    tie = build_tie(rep, file, row, labels, from_id=funder_id, to_id=recipient_id, kind="funding", since=since,
                    until=until, amount=amount, currency=_text(grant.get("currency")).upper()[:3], source=SOURCE,
                    ref=gid)
    if tie is None:
        return
    batch.add_tie(tie, file, row)
    # The grant's title and description are the recipient's work in its funder's words.
    batch.add_text(recipient_id, ". ".join(t for t in (_text(grant.get("title")), _text(grant.get("description")))
                                           if t))


# What grant files write for a recipient they do not name, beyond what stands for any
# missing value (identifiers.PLACEHOLDERS: 'unknown', 'tbc', 'various', ...).
_WITHHELD_NAMES = frozenset({"anonymous", "anon", "anonymised", "anonymized", "withheld", "name withheld",
                             "redacted", "confidential", "not disclosed", "undisclosed", "various recipients",
                             "multiple recipients", "multiple", "individual", "individuals", "private individual",
                             "an individual", "to be confirmed"})


def _withheld_name(name: str) -> bool:
    return bool(name) and is_placeholder(name) or " ".join(re.sub(r"[^a-z ]", " ", name.lower()).split()) in _WITHHELD_NAMES


def _name_for_nameless(batch, names: dict, published, oid: str, file, row, labels, role) -> str:
    """A name for a funder or recipient whose row gives none, or '' (an error reported)
    when it has no identifier either. With one, the grant is kept: named as another row of
    the files names that identifier, or as the store holds it, or else listed under the
    identifier itself until a file names it (any later name replaces it)."""
    rep, field = batch.report, labels[f"{role}_name"]
    if published is None or rep.strict:
        rep.error(file, row, field, f"the {role} organisation has no name" +
                  ("" if published else " (and no identifier to list it under)"))
        return ""
    named = names.get(oid)
    if named:
        rep.warn(file, row, field, f"no {role} name on this row: named {named[0]!r} as on {named[1]} row {named[2]}")
        return named[0]
    stored = batch.current(published.org_id)
    if stored is not None:
        rep.warn(file, row, field, f"no {role} name on this row: named {stored.name!r} as stored")
        return stored.name
    rep.warn(file, row, field, f"no {role} name: listed under its identifier {oid!r} until a file names it")
    return oid


def _register_number(rep, file, row, id_label: str, o: dict, key: str, title: str, read) -> tuple[str, ...]:
    """The registered ids an organisation's charity or company number column gives; a value
    that is neither a number we can read nor a placeholder is warned, not silently lost."""
    number = _text(o.get(key))
    ids = read(number) if number else ()
    if number and not ids and not is_placeholder(normalise_identifier(number)):
        field = id_label.rsplit("/", 1)[0] + f"/{key}" if "/" in id_label else id_label.rsplit(":", 1)[0] + f":{title}"
        rep.warn(file, row, field, f"{number[:40]!r} is not a {title.lower()} we can read; ignored")
    return ids


def _organisation(batch, o: dict, file, row, labels, role, places=None, led_by=(), names: dict | None = None,
                  shared: dict | None = None) -> tuple[Organisation | None, SectorEvidence | None]:
    """The funder or recipient of one grant, and the evidence its sector was read from;
    `names` gives the name other rows give each identifier, for a row that gives none;
    `shared` the unregistered identifiers the files give to many unrelated organisations."""
    rep = batch.report
    oid, name = _text(o.get("id")), _text(o.get("name"))
    shifted = _shifted(oid, name)
    if shifted:
        rep.error(file, row, labels[role], f"the {role}'s values look shifted into the wrong columns ({shifted}): "
                                           "check this row's delimiters and quotes")
        return None, None
    # The publisher's identifier, kept whatever its characters; a placeholder is no id.
    published = read_identifier(oid)
    if published is not None and name and published.text in (shared or {}):
        rep.warn(file, row, labels[role], f"{oid!r} is given to {shared[published.text]} organisations with unrelated "
                                          "names, so it is read as a placeholder, not an identifier; the "
                                          "organisation is identified by its name and postcode")
        published, oid = None, ""
    if not name:
        name = _name_for_nameless(batch, names or {}, published, oid, file, row, labels, role)
        if not name:
            return None, None
    if published is None and oid:
        rep.warn(file, row, labels[role], f"{oid!r} is a placeholder, not an identifier (or no number of its "
                                          "register); the organisation is identified by its name and postcode")
    registered = list(published.registered) if published else []
    extra = [*_register_number(rep, file, row, labels[role], o, "charityNumber", "Charity Number", charity_ids),
             *_register_number(rep, file, row, labels[role], o, "companyNumber", "Company Number",
                               lambda n: tuple(filter(None, [company_org_id(n)])))]
    for i in _id_list(o.get("_orgIDs")) + _id_list(o.get("_canonicalId")):
        pid = read_identifier(i) if is_registered_id(i) else None
        extra.extend(pid.registered if pid else ())
    for rid in extra:
        if rid and rid not in registered:
            registered.append(rid)
    postcode = _text(o.get("postalCode"))
    # Every postcode has a digit (UK, Eircode, zip): '*', 'TBC', 'Overseas' stand for none,
    # and would otherwise key a nameless-id recipient apart from its other grants.
    if len(postcode) > 10 or (postcode and not any(c.isdigit() for c in postcode)):
        if not rep.dropped(file, row, labels["postcode"], f"{postcode[:40]!r} is not a postcode"):
            return None, None
        postcode = ""
    if published:
        oid = published.org_id
    else:
        oid = registered[0] if registered else generated_org_id(name, postcode)
    # The publisher's organisation type is the legal form it states, and evidence of sector
    # as an aggregator's type is; the aggregator's type, where both are given, decides.
    stated_type = _text(o.get("organisationType") or o.get("organizationType"))[:200]
    evidence = infer_sector([oid, *registered], name, o.get("_orgType") or stated_type or None)
    if evidence is not None:
        sector = evidence.sector
    else:
        sector = "funder" if role == "funder" else "vcse"
    if role == "funder" and sector == "vcse":
        sector = "funder"          # a charitable trust or foundation that gives grants
    income = None
    if o.get("_latestIncome") not in (None, ""):
        try:
            income = parse_amount(o.get("_latestIncome"))
        except BadValue as e:
            if not rep.dropped(file, row, f"{labels[role]} latest income", str(e)):
                return None, None
    inferred = (evidence.inference(),) if evidence is not None and evidence.sector == sector else ()
    org = build_org(rep, file, row, {"id": labels[role], "name": labels[f"{role}_name"],
                                     "postcode": labels["postcode"], "income": f"{labels[role]} latest income"},
                    id=oid, name=name, sector=sector, registered_ids=tuple(registered), inferred=inferred,
                    income=income, postcode=postcode, website=_text(o.get("url")), source=SOURCE, legal_form=stated_type,
                    places=tuple(places()) if places else (), led_by=tuple(led_by))
    return (org, evidence) if org is not None else (None, None)


_WEB_ADDRESS = re.compile(r"(https?:/*|www\.)\S+", re.IGNORECASE)
# How an identifier begins (a publisher's 360G- prefix or an org-id scheme): whatever
# follows, even a name with spaces ('360G-x-Friends of the Earth Birmingham Local Group'), is an id.
_ID_PREFIX = re.compile(r"(360G|[A-Z]{2}-[A-Z]{2,10})-", re.IGNORECASE)
# An org-id as a register writes one ('GB-CHC-1151621'): a scheme, then a number.
_ORG_ID_SHAPE = re.compile(r"[A-Z]{2}-[A-Z]{2,10}-\S*\d\S*")


def _shifted(oid: str, name: str) -> str:
    """Why an identifier and name look like other columns' values slid into them (a row cut
    at a comma inside an unquoted description), or ''. An identifier is never refused for
    its characters alone. Sure signs: a name that is an org-id, an identifier that is a
    sentence. Signs only together: a name or an identifier that is a web address, an
    identifier with spaces or quotes in it (a group may be named by its site, and a
    publisher may write an id with spaces or use a web address as one)."""
    sure = [f"name {name[:60]!r}"] if name and name != oid and _ORG_ID_SHAPE.fullmatch(name) else []
    if len(oid.split()) >= 6 and not _ID_PREFIX.match(oid):
        sure.append(f"identifier {oid[:60]!r}")
    if sure:
        return " and ".join(sure)
    hints = []
    if name and name != oid and (_WEB_ADDRESS.fullmatch(name) or re.fullmatch(r"[A-Z]{2}", name)):
        hints.append(f"name {name[:60]!r}")       # a web address, or a country code ('GB')
    if _WEB_ADDRESS.fullmatch(oid) or re.search(r"\s|[\"“”]", oid):
        hints.append(f"identifier {oid[:60]!r}")
    return " and ".join(hints) if len(hints) == 2 else ""


def _publisher_identity(batch: Batch, state: _State, funder: dict, grant_id: str, file, row) -> None:
    """One funder, however its publisher names it: a funder identified only by its 360Giving
    publisher prefix ('360G-EFF') gets the registered id its other grants carry, and a funder
    with a registered id joins a stored funder whose id is the prefix of this grant."""
    fid = _text(funder.get("id"))
    prefix = publisher_prefix(fid)
    if prefix and prefix == fid.lower():
        registered = state.prefix_funder.get(prefix)
        if registered:
            funder["_orgIDs"] = _id_list(funder.get("_orgIDs")) + [registered]
        return
    m = _PUBLISHER_PREFIX.match(grant_id)
    if not m or not is_registered_id(fid) or fid in batch.reg_index:
        return
    stored = batch.current(m.group(1))
    if stored is not None and not any(is_registered_id(i) for i in stored.registered_ids):
        batch.report.merged.append({"file": file, "row": row, "id": fid, "name": _text(funder.get("name")),
                                    "into": stored.id, "by": f"publisher prefix {stored.id}"})
        funder["_orgIDs"] = _id_list(funder.get("_orgIDs")) + [fid]
        funder["id"] = stored.id


def _id_list(value) -> list[str]:
    """Identifiers from a list or a 'GB-CHC-1, GB-COH-2' cell."""
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return [_text(v) for v in value if _text(v)]
    return [v for v in re.split(r"[,;\s]+", _text(value)) if v]


def _grantnav_additions(grant: dict, funder: dict, recipient: dict) -> None:
    """GrantNav's JSON downloads carry what it looked up in the registers under
    `additional_data`: the recipient's org ids, latest income and organisation type, the
    funder's type, and canonical ids for both. Copied into the same private keys the flat
    columns fill ('Recipient Org: Latest Income', ...), so both shapes read alike."""
    extra = grant.get("additional_data")
    if not isinstance(extra, dict):
        return
    infos = _first(extra.get("recipientOrgInfos"))
    recipient.setdefault("_latestIncome", infos.get("latestIncome"))
    recipient.setdefault("_orgType", infos.get("organisationTypePrimary") or infos.get("organisationType"))
    recipient.setdefault("_orgIDs", infos.get("orgIDs"))
    recipient.setdefault("_canonicalId", extra.get("GNCanonicalRecipientOrgId")
                         or _first(extra.get("recipientOrganizationCanonical")).get("id"))
    funder.setdefault("_orgType", extra.get("TSGFundingOrgType"))
    funder.setdefault("_canonicalId", extra.get("GNCanonicalFundingOrgId")
                      or _first(extra.get("fundingOrganizationCanonical")).get("id"))


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
