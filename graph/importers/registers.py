"""Charity registers: the Charity Commission for England and Wales (CCEW) data extract,
the Charity Commission for Northern Ireland (CCNI) register CSV, and the Office of the
Scottish Charity Regulator (OSCR) register CSV.

A register is the authority on a charity's name, income, legal form, postcode and website,
so those fields overwrite what other sources said; everything else only fills blanks.
Classifications (what / who / how) map to our services and communities through
seed/crosswalks/charity_classifications.csv (a label that deliberately maps to nothing says why
in its unmapped_reason column); areas of operation map to places through
seed/crosswalks/place_names.csv or the name of a place already stored. Terms and areas
with no mapping are listed as warnings, once each, with how many rows used them.

Linked (subsidiary) charities and removed charities are skipped with that reason.
Contact e-mail addresses and telephone numbers are not imported. The CCEW extract's other
tables (other names, event history, trustees, ...) are named and ignored, so a whole
extract unzipped into one folder imports as the charity table says; annual return part A
is read only for whether grant making is the charity's main activity. The old (pre-2021)
extract's tables are read too: extract_charity (orgtype RM is a removed charity),
extract_main_charity (income, company number, website) and extract_class with
extract_class_ref; its coded areas of operation are not.

Every record is a charity, but sector is read from evidence (register_sector): a council,
NHS body or university by its name, a grant-making trust by how the register says it
works; such records are not small groups to surface, whatever their income.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from functools import lru_cache
from typing import Callable

from graph.importers.batch import Batch
from graph.importers.crosswalk import charity_classifications, norm, place_names, scan_labels
from graph.importers.evidence import SectorEvidence, sector_from_name
from graph.importers.identifiers import charity_ids, normalise_identifier
from graph.importers.records import build_org
from graph.importers.report import ImportReport
from graph.importers.shapes import sniff, squash
from graph.importers.sources import InputError, cell_str, load_json, open_inputs, read_table
from graph.importers.values import BadValue, clean_row, company_org_id, parse_amount
from graph.model import ModelError, Place
from seed import SEED_DIR

__all__ = ["import_register", "register_sector", "REGISTERS"]

REGISTERS = ("ccew", "ccni", "oscr")
AUTHORITATIVE = frozenset({"name", "income", "legal_form", "postcode", "website"})
_POSTCODE_AT_END = re.compile(r"([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\s*$", re.IGNORECASE)


def import_register(store, register: str, path_or_files, dry_run: bool = False, *, skip_bad: bool = False,
                    progress: Callable[[int], None] | None = None) -> ImportReport:
    """Import a charity register extract: `register` is 'ccew', 'ccni' or 'oscr'."""
    if register not in REGISTERS:
        raise ValueError(f"unknown register {register!r}: use one of {', '.join(REGISTERS)}")
    report, inputs = open_inputs(f"register {register}", path_or_files)
    if inputs is None:
        return report
    try:
        batch = Batch(store, report, mode="enrich", source=register)
        loader = _Loader(batch, register, progress)
        {"ccew": loader.ccew, "ccni": loader.ccni, "oscr": loader.oscr}[register](inputs)
    except InputError as e:
        report.error(e.file, e.row, e.field, e.reason)
        return report
    loader.flush_warnings()
    return batch.finish(dry_run=dry_run, skip_bad=skip_bad)


class _Loader:
    def __init__(self, batch: Batch, register: str, progress):
        self.batch, self.register, self.progress = batch, register, progress
        self.report = batch.report
        self.crosswalk = charity_classifications(register)
        self.unmapped: Counter = Counter()          # (kind, label) -> rows
        self.unmapped_first: dict = {}
        self._place_by_name = None

    # ---- shared ---------------------------------------------------------------------------
    def _tick(self, n: int) -> None:
        self.report.rows_read += 1
        if self.progress and n % 1000 == 0:
            self.progress(1000)

    def _note_unmapped(self, kind: str, label: str, file: str, row: int) -> None:
        key = (kind, label)
        self.unmapped[key] += 1
        self.unmapped_first.setdefault(key, (file, row))

    def flush_warnings(self) -> None:
        for (kind, label), n in self.unmapped.most_common():
            f, r = self.unmapped_first[(kind, label)]
            what = "area of operation" if kind == "area" else f"'{kind}' classification"
            self.report.warn(f, r, kind, f"{what} {label!r} has no mapping (used on {n} rows)")

    def _classify(self, kind: str, label: str, file: str, row: int) -> tuple[tuple, tuple]:
        m = self.crosswalk.get(kind, {}).get(norm(label))
        if m is None:
            self._note_unmapped(kind, label, file, row)
            return (), ()
        return m.services, m.communities

    def _scan(self, kind: str, cell: str, file: str, row: int) -> tuple[set, set]:
        services, communities = set(), set()
        if not cell.strip():
            return services, communities
        found, rest = scan_labels(cell, self.crosswalk.get(kind, {}))
        for m in found:
            services.update(m.services)
            communities.update(m.communities)
        if rest:
            self._note_unmapped(kind, rest, file, row)
        return services, communities

    def _how_labels(self, cell: str) -> tuple[str, ...]:
        """The 'how the charity works' labels in a multi-valued cell, with any text left
        over as one more label (so an unknown way of working is never ignored)."""
        found, rest = scan_labels(cell, self.crosswalk.get("how", {}))
        return tuple(m.label for m in found) + ((rest,) if rest else ())

    def _places_for(self, area: str, file: str, row: int) -> list[str]:
        """Place codes for a register's area name: the crosswalk first, then any stored
        or imported place with that name. Unknown names are warned about, not guessed."""
        key = norm(area)
        if not key:
            return []
        codes = []
        for code, name, kind, parent in place_names().get(key, ()):
            if not self.batch.has_place(code):
                try:
                    self.batch.add_place(Place(code, name, kind, parent if self.batch.has_place(parent) else ""),
                                         file, row)
                except ModelError:
                    continue
            codes.append(code)
        if codes:
            return codes
        if self._place_by_name is None:
            self._place_by_name = {}
            for p in self.batch.all_places():
                self._place_by_name.setdefault(norm(p.name), p.code)
        code = self._place_by_name.get(key)
        if code:
            return [code]
        self._note_unmapped("area", area.strip(), file, row)
        return []

    def _add(self, file: str, row: int, *, id_field: str, org_id: str, name: str, income_text,
             how: tuple[str, ...] | None = (), grant_making_main: str = "", **kw) -> None:
        income_field = kw.pop("income_field", "income")
        evidence = register_sector(name, how, grant_making_main)
        if evidence:
            kw["sector"], kw["inferred"] = evidence.sector, (evidence.inference(),)
            self.report.inferred[f"sector ({evidence.sector})"] += 1
        try:
            income = parse_amount(income_text)
        except BadValue as e:
            # A negative or unreadable income loses the income, not the charity.
            if not self.report.dropped(file, row, income_field, str(e)):
                return
            income = None
        org = build_org(self.report, file, row, {"id": id_field, "income": income_field},
                        id=org_id, name=name.strip(), income=income, source=self.register, **kw)
        if org is not None:
            self.batch.add_org(org, file, row, authoritative=AUTHORITATIVE | ({"sector"} if evidence else set()))

    # ---- CCEW -------------------------------------------------------------------------------
    def ccew(self, inputs) -> None:
        # Which extract table a file is comes from its columns, not its name: the extract is
        # passed around renamed ("charities.csv", "ccew_2024.txt") and re-saved as CSV.
        tables: dict[str, list] = {"charity": [], "classification": [], "area": [], "parta": [], "main": [],
                                   "class_codes": [], "class_ref": []}
        for name, f in inputs.items():
            if not name.lower().endswith((".json", ".txt", ".csv", ".tsv", ".xlsx")):
                self.report.warn(name, 0, "", "ignored: not a .json, .txt or .csv file")
                continue
            kind, records = self._ccew_table(f)
            if kind in _OTHER_TABLE_NAMES:
                self.report.warn(name, 0, "", f"ignored: the extract's {kind} table, which this import "
                                              "does not read")
                continue
            if kind is None:
                self.report.warn(name, 0, "", "ignored: its columns are not those of the charity, "
                                              "charity_classification or charity_area_of_operation "
                                              "extract (no registered_charity_number with charity_name, "
                                              "classification_type or geographic_area_description)")
                continue
            tables[kind].append((f, records))
        if not tables["charity"]:
            raise InputError(self.report.source, "no file with the charity table's columns "
                                                 "(registered_charity_number and charity_name) found")
        wanted: dict[str, dict] = {}
        for f, records in tables["charity"]:
            self._ccew_charities(f, records, wanted)
        # The old (pre-2021) extract: classification codes and their labels in two tables.
        self._class_labels = {}
        for f, records in tables["class_ref"]:
            for n, (row, r) in enumerate(records, start=1):
                self._tick(n)
                code = _unfloat(r.get("classification_code"))
                self._class_labels[code] = cell_str(r.get("classification_description")).strip()
        if tables["class_codes"] and not tables["class_ref"]:
            f = tables["class_codes"][0][0]
            self.report.warn(f.name, 0, "class", "classification codes not read: the extract_class_ref table "
                                                 "that names them was not given")
            tables["class_codes"] = []
        for table in ("main", "classification", "class_codes", "area", "parta"):
            for f, records in tables[table]:
                self._ccew_details(table, f, records, wanted)
        self._ccew_write(wanted)

    def _ccew_charities(self, f, records, wanted) -> None:
        for n, (row, r) in enumerate(records, start=1):
            self._tick(n)
            raw = cell_str(r.get("registered_charity_number")).strip()
            number, linked = _ccew_number(raw)
            if linked or _is_linked(r.get("linked_charity_number")):
                self.report.skip(f.name, row, "linked (subsidiary) charity")
                continue
            # The old extract says R (registered) or RM (removed) in orgtype.
            if (cell_str(r.get("charity_registration_status")).strip().lower() == "removed"
                    or cell_str(r.get("charity_type")).strip().upper() == "RM"):
                self.report.skip(f.name, row, "removed from the register")
                continue
            if not number:
                self.report.error(f.name, row, "registered_charity_number",
                                  f"{raw[:20]!r} is not a charity number")
                continue
            wanted[number] = {"file": f.name, "row": row, "r": r, "services": set(), "communities": set(),
                              "places": [], "how": [], "grant_making_main": ""}

    def _ccew_details(self, table, f, records, wanted) -> None:
        for n, (row, r) in enumerate(records, start=1):
            self._tick(n)
            number, linked = _ccew_number(cell_str(r.get("registered_charity_number")))
            if linked or _is_linked(r.get("linked_charity_number")):
                continue
            entry = wanted.get(number)
            if entry is None:
                continue
            if table == "main":
                # The old extract's extract_main_charity: income, company number and website
                # of each registered number, filling what the charity table left blank.
                for field in ("latest_income", "charity_company_registration_number", "charity_contact_web"):
                    if not cell_str(entry["r"].get(field)).strip() and cell_str(r.get(field)).strip():
                        entry["r"] = {**entry["r"], field: r.get(field)}
            elif table == "class_codes":
                code = _unfloat(r.get("classification_code"))
                label = self._class_labels.get(code, "")
                ctype = {"1": "what", "2": "who", "3": "how"}.get(code[:1], "")
                if not label or not ctype:
                    self._note_unmapped("what", f"code {code}", f.name, row)
                    continue
                if ctype == "how":
                    entry["how"].append(label)
                s, c = self._classify(ctype, label, f.name, row)
                entry["services"].update(s)
                entry["communities"].update(c)
            elif table == "parta":
                # The annual return's own answer, from the latest return only.
                if cell_str(r.get("latest_fin_period_submitted_ind")).strip().lower() == "true":
                    entry["grant_making_main"] = cell_str(r.get("grant_making_is_main_activity")).strip()
            elif table == "classification":
                ctype = cell_str(r.get("classification_type")).strip().lower()
                label = cell_str(r.get("classification_description"))
                if ctype == "how" and label.strip():
                    entry["how"].append(label)
                s, c = self._classify(ctype, label, f.name, row)
                entry["services"].update(s)
                entry["communities"].update(c)
            else:
                entry["places"].extend(self._places_for(cell_str(r.get("geographic_area_description")),
                                                        f.name, row))

    def _ccew_write(self, wanted) -> None:
        for number, e in wanted.items():
            r = e["r"]
            registered = [f"GB-CHC-{number}"]
            coh = company_org_id(r.get("charity_company_registration_number"))
            if coh:
                registered.append(coh)
            if f"GB-CHC-{number}" in dual_registered():
                registered.append(dual_registered()[f"GB-CHC-{number}"])
            self._add(e["file"], e["row"], id_field="registered_charity_number", org_id=f"GB-CHC-{number}",
                      name=cell_str(r.get("charity_name")), income_text=r.get("latest_income"),
                      income_field="latest_income",
                      description=cell_str(r.get("charity_activities")).strip()[:20_000],
                      legal_form=_legal_form(cell_str(r.get("charity_type"))),
                      registered_ids=tuple(registered),
                      postcode=cell_str(r.get("charity_contact_postcode")).strip(),
                      website=cell_str(r.get("charity_contact_web")).strip(),
                      services=tuple(e["services"]), communities=tuple(e["communities"]),
                      places=tuple(dict.fromkeys(e["places"])), how=tuple(e["how"]),
                      grant_making_main=e["grant_making_main"])

    def _ccew_table(self, f):
        """(table kind, (row, record) iterator) for one CCEW file, told from its columns;
        records use the extract's own field names whatever the file called its columns."""
        if sniff(f) == "json":
            doc = load_json(f, self.report)
            if isinstance(doc, dict):       # {"charities": [...]} and similar wrappers
                doc = next((v for v in doc.values() if isinstance(v, list)), doc)
            if not isinstance(doc, list):
                raise InputError(f.name, "expected a JSON array of records", 1)
            first = next((r for r in doc if isinstance(r, dict)), {})
            columns = _ccew_columns(first.keys())
            kind = _ccew_other_table(first.keys()) or _ccew_kind(columns)
            rows = ((i, clean_row(_renamed(r, columns))) for i, r in enumerate(doc, start=1) if isinstance(r, dict))
            return kind, rows
        header, rows = read_table(f, self.report)
        columns = _ccew_columns(header)
        return (_ccew_other_table(header) or _ccew_kind(columns),
                ((row, clean_row(_renamed(r, columns))) for row, r in rows))

    # ---- CCNI -------------------------------------------------------------------------------
    def _register_tables(self, inputs, aliases: dict, required: tuple[str, ...]):
        """(file name, (row, record) iterator) for each file of a CCNI or OSCR import that
        has the register's columns, records keyed by the register's own column names.

        Columns are matched loosely (case, spaces, underscores: "Charity number",
        "charity_number", "CharityNumber" and a spreadsheet's "Charity Number " agree), and
        a file is read for its columns whatever its name ("charitydetails.txt",
        "CharityExport-09-Jul-2020"). With several files, one without the columns is
        ignored with a warning; a single such file is refused, naming the column."""
        for name, f in inputs.items():
            if name.lower().endswith(_NOT_TABLES):
                self.report.warn(name, 0, "", "ignored: not a table (CSV, TSV or XLSX)")
                continue
            header, rows = read_table(f, self.report)
            columns = _columns(header, aliases)
            missing = [c for c in required if c not in columns.values()]
            if missing:
                if len(inputs) == 1:
                    raise InputError(name, f"required column {missing[0]!r} is missing", 1, missing[0])
                self.report.warn(name, 0, missing[0], f"ignored: no {missing[0]!r} column")
                continue
            yield name, ((row, clean_row(_renamed(r, columns))) for row, r in rows)

    def ccni(self, inputs) -> None:
        for name, rows in self._register_tables(inputs, _CCNI_ALIASES, ("Reg charity number", "Charity name")):
            for n, (row, r) in enumerate(rows, start=1):
                self._tick(n)
                number = _digits(cell_str(r.get("Reg charity number")))
                if cell_str(r.get("Sub charity number")).strip() not in ("", "0"):
                    self.report.skip(name, row, "linked (subsidiary) charity")
                    continue
                if cell_str(r.get("Status")).strip().lower() == "removed":
                    self.report.skip(name, row, "removed from the register")
                    continue
                if not number:
                    self.report.error(name, row, "Reg charity number", "missing or not a charity number")
                    continue
                services, communities = set(), set()
                for kind, col in (("what", "What the charity does"), ("who", "Who the charity helps"),
                                  ("how", "How the charity works")):
                    s, c = self._scan(kind, cell_str(r.get(col)), name, row)
                    services |= s
                    communities |= c
                how = self._how_labels(cell_str(r.get("How the charity works")))
                address = cell_str(r.get("Public address"))
                m = _POSTCODE_AT_END.search(address)
                registered = [f"GB-NIC-{number}"]
                coh = _ni_company(cell_str(r.get("Company number")))
                if coh:
                    registered.append(coh)
                self._add(name, row, id_field="Reg charity number", org_id=f"GB-NIC-{number}",
                          name=cell_str(r.get("Charity name")).replace("`", "'"),
                          income_text=r.get("Total income"), income_field="Total income",
                          registered_ids=tuple(registered), postcode=m.group(1) if m else "",
                          website=cell_str(r.get("Website")).strip(), services=tuple(services),
                          communities=tuple(communities), how=how)

    # ---- OSCR -------------------------------------------------------------------------------
    def oscr(self, inputs) -> None:
        for name, rows in self._register_tables(inputs, _OSCR_ALIASES, ("Charity Number", "Charity Name")):
            for n, (row, r) in enumerate(rows, start=1):
                self._tick(n)
                number = _oscr_number(cell_str(r.get("Charity Number")))
                # The former-charities download gives a ceased date; its status may say so too.
                if (cell_str(r.get("Charity Status")).strip().lower() == "removed"
                        or cell_str(r.get("Ceased Date")).strip()):
                    self.report.skip(name, row, "removed from the register")
                    continue
                if not re.match(r"^SC\d{6}$", number):
                    self.report.error(name, row, "Charity Number", f"{number[:20]!r} is not a Scottish "
                                                                   "charity number (SC and six digits)")
                    continue
                services, communities = set(), set()
                for kind, col in (("what", "Purposes"), ("who", "Beneficiaries"), ("how", "Activities")):
                    s, c = self._scan(kind, cell_str(r.get(col)), name, row)
                    services |= s
                    communities |= c
                how = self._how_labels(cell_str(r.get("Activities")))
                places = self._places_for(cell_str(r.get("Main Operating Location")), name, row)
                self._add(name, row, id_field="Charity Number", org_id=f"GB-SC-{number}",
                          name=cell_str(r.get("Charity Name")),
                          income_text=r.get("Most recent year income"), income_field="Most recent year income",
                          description=cell_str(r.get("Objectives")).strip()[:20_000],
                          legal_form=cell_str(r.get("Constitutional Form")).strip()[:200],
                          registered_ids=(f"GB-SC-{number}",) + tuple(
                              i for i in (dual_registered().get(f"GB-SC-{number}"),) if i),
                          postcode=cell_str(r.get("Postcode")).strip(),
                          website=cell_str(r.get("Website")).strip(), services=tuple(services),
                          communities=tuple(communities), places=tuple(places), how=how)


# How a charity works, as each register writes it: grants to organisations, and the other
# ways of giving money. A charity that says it works in these ways and no other is a funder.
_GRANTS_TO_ORGANISATIONS = frozenset(norm(x) for x in (
    "Makes Grants To Organisations", "It makes grants to organisations", "Grant making"))
_GIVES_MONEY = _GRANTS_TO_ORGANISATIONS | frozenset(norm(x) for x in (
    "Makes Grants To Individuals", "It makes grants to individuals", "Provides Other Finance",
    "It provides other finance"))
# Says nothing about how (CCNI lists it among the ways a charity works).
_SAYS_NOTHING = frozenset({norm("General charitable purposes")})


def register_sector(name: str, how=(), grant_making_main: str = "") -> SectorEvidence | None:
    """The sector a register's record gives evidence of, or None (a charity: vcse).

    Every record in a register is a charity, but not every charity is a community group:
    a council, NHS body or university can be a registered charity (its name says so, read
    by evidence.sector_from_name), and a grant-making trust is a funder. A trust is a
    funder when the register says grant making is its main activity (the CCEW annual
    return's grant_making_is_main_activity, which wins when given) or when every way it
    works that the register lists is giving money, grants to organisations among them.
    Counted as community groups, small trusts were flagged as small groups to surface.
    """
    public = sector_from_name(name)
    if public:
        return public
    answer = str(grant_making_main or "").strip().lower()
    if answer == "true":
        return SectorEvidence("funder", "register", "annual return: grant making is its main activity")
    if answer == "false":
        return None
    labels = {norm(h) for h in how or () if str(h).strip()} - _SAYS_NOTHING
    if labels & _GRANTS_TO_ORGANISATIONS and labels <= _GIVES_MONEY:
        said = "; ".join(sorted({str(h).strip() for h in how if norm(h) in labels}))
        return SectorEvidence("funder", "register", f"how it works: {said} (and nothing else)")
    return None


def _legal_form(charity_type: str) -> str:
    """The extract's charity_type, except the old extract's orgtype R/RM, which is a status."""
    text = charity_type.strip()
    return "" if text.upper() in ("R", "RM") else text


def _unfloat(value) -> str:
    """A code or number as a dataframe's float column wrote it ('1070468.0', '101.0'), without
    the '.0' that no register's number has."""
    return re.sub(r"\.0+$", "", cell_str(value).strip())


def _ccew_number(raw: str) -> tuple[str, bool]:
    """(registered charity number, is it a linked charity's) as copies of the extract write
    it: '1070468', ' 1070468 ', 'GB-CHC-1070468', '1070468.0' (a spreadsheet tool's float);
    '1077265-1' and '1077265/1' are linked charity 1 of 1077265. ('', False) when it is not
    a charity number at all."""
    text = normalise_identifier(raw)
    if text.upper().startswith("GB-CHC-"):
        text = text[7:]
    ids = charity_ids(_unfloat(text))
    if not ids or not ids[0].startswith("GB-CHC-"):
        return "", False
    return ids[0][len("GB-CHC-"):], len(ids) > 1


def _is_linked(value) -> bool:
    """Is this linked_charity_number a linked charity's (not 0, blank or '0.0')?"""
    return bool(_unfloat(value).strip("0"))


def _oscr_number(raw: str) -> str:
    """'SC012345' from 'SC012345', 'sc 012 345', 'GB-SC-SC012345' or 'SC12345' (OSCR numbers
    are SC and six digits, so a shorter one lost its leading zeros); otherwise the text."""
    text = normalise_identifier(raw).upper().replace(" ", "")
    if text.startswith("GB-SC-"):
        text = text[6:]
    m = re.fullmatch(r"SC(\d{1,6})", text)
    return f"SC{m[1].zfill(6)}" if m else text


def _digits(number: str) -> str:
    """A CCNI charity number's digits: 'NIC100002' and '100002' -> '100002'; a number a
    spreadsheet tool wrote as a float ('100002.0') loses its '.0', not gains a digit."""
    return re.sub(r"\D", "", _unfloat(number))


@lru_cache(maxsize=1)
def dual_registered() -> dict[str, str]:
    """{GB-SC-… : GB-CHC-…, and back} for charities registered with both OSCR and the
    Charity Commission (seed/crosswalks/dual_registered_charities.csv), so the two
    registers' records of one charity merge instead of counting it twice. Only pairs where
    each number appears once are used: where one number pairs with two, which two records
    are the same charity is not clear, and joining three would be wrong."""
    with open(SEED_DIR / "crosswalks" / "dual_registered_charities.csv", newline="", encoding="utf-8-sig") as f:
        pairs = [(f"GB-SC-{_oscr_number(r['Scottish Charity Number'])}",
                  f"GB-CHC-{cell_str(r['E&W Charity Number']).strip()}") for r in csv.DictReader(f)]
    scottish = Counter(sc for sc, _ in pairs)
    english = Counter(chc for _, chc in pairs)
    out = {}
    for sc, chc in pairs:
        if scottish[sc] == 1 and english[chc] == 1:
            out[sc], out[chc] = chc, sc
    return out


def _ni_company(number: str) -> str | None:
    """CCNI writes NI company numbers bare ('123456'); Companies House prefixes NI."""
    n = number.strip().upper()
    if not n or n.strip("0") == "" or n == "999999":
        return None
    if n.isdigit():
        return f"GB-COH-NI{n.zfill(6)}"
    return company_org_id(n)


# CCEW column names as the extract writes them, and as re-saved or older CSVs write them
# (the 2019 extract's regno/subno/name, spreadsheet titles like "Charity Number").
_CCEW_ALIASES = {
    "registered_charity_number": ("registeredcharitynumber", "regno", "charitynumber", "registrationnumber",
                                  "charityregistrationnumber", "regcharitynumber"),
    "linked_charity_number": ("linkedcharitynumber", "subno", "subsidiarynumber", "linkednumber"),
    "charity_name": ("charityname", "name"),
    "latest_income": ("latestincome", "income", "totalincome", "grossincome"),
    "charity_activities": ("charityactivities", "activities"),
    "charity_company_registration_number": ("charitycompanyregistrationnumber", "companynumber",
                                            "companyregistrationnumber", "coyid", "coyno"),
    "charity_contact_postcode": ("charitycontactpostcode", "postcode"),
    "charity_contact_web": ("charitycontactweb", "website", "web"),
    "charity_type": ("charitytype", "orgtype"),
    "charity_registration_status": ("charityregistrationstatus", "registrationstatus", "status"),
    "classification_type": ("classificationtype",),
    "classification_description": ("classificationdescription", "classtext"),
    "classification_code": ("classificationcode", "class", "classno"),
    "geographic_area_description": ("geographicareadescription",),
    "grant_making_is_main_activity": ("grantmakingismainactivity",),
    "latest_fin_period_submitted_ind": ("latestfinperiodsubmittedind",),
}
_CCEW_BY_SQUASHED = {alias: field for field, aliases in _CCEW_ALIASES.items() for alias in aliases}


def _ccew_columns(names) -> dict[str, str]:
    """{column as the file writes it: the extract's field name} for the columns we read."""
    return _columns(names, _CCEW_BY_SQUASHED)


def _columns(names, by_squashed: dict[str, str]) -> dict[str, str]:
    """{column as the file writes it: the register's own name for it}, the first of the
    file's columns that matches each name."""
    out = {}
    for name in names:
        field = by_squashed.get(squash(name))
        if field and field not in out.values():
            out[name] = field
    return out


def _aliases(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """{squashed column title: the register's column name}, the name itself included."""
    out = {}
    for field, aliases in table.items():
        for alias in (field, *aliases):
            out.setdefault(squash(alias), field)
    return out


# File names that are never the register table (a folder's notes and archives).
_NOT_TABLES = (".json", ".md", ".txt.zip", ".zip", ".pdf", ".html", ".htm", ".xml", ".doc", ".docx")
# The registers' column names, and other spellings of them seen in copies: OSCR's own
# data pages and API (charityNumber, mostRecentYearIncome), "Scottish Charity Number" in
# council extracts; CCNI's older "Registered charity number" and "Charity number".
_OSCR_ALIASES = _aliases({
    "Charity Number": ("Scottish Charity Number", "Charity No", "Charity Reg No", "Registered Number"),
    "Charity Name": ("Name",),
    "Charity Status": ("Status",),
    "Ceased Date": ("Date Ceased", "Removed Date", "Date Removed"),
    "Postcode": ("Post Code",),
    "Constitutional Form": (),
    "Main Operating Location": (),
    "Purposes": (), "Beneficiaries": (), "Activities": (), "Objectives": (),
    "Website": ("Web Site", "URL"),
    "Most recent year income": ("Most Recent Year Income", "Income", "Latest Income", "Total Income"),
})
_CCNI_ALIASES = _aliases({
    "Reg charity number": ("Registered charity number", "Charity number", "Reg charity no", "Charity no"),
    "Sub charity number": ("Sub number", "Subsidiary number"),
    "Charity name": ("Name",),
    "Status": (),
    "Total income": ("Income", "Latest income"),
    "Public address": ("Address",),
    "Website": ("Web site",),
    "Company number": (),
    "What the charity does": (), "Who the charity helps": (), "How the charity works": (),
})


# Columns only the extract's other tables have. Several of them also carry
# registered_charity_number and charity_name (other_names lists a charity's working and
# previous names; event_history names the charities in each event), so without these they
# were read as the charity table: their rows replaced the main record of the same number
# (its income, postcode and status lost, a removed charity brought back under an old name).
_CCEW_OTHER_TABLES = (
    ("charity_other_names", ("charitynametype", "charitynameid")),
    ("charity_event_history", ("eventtype", "charityeventorder", "assocorganisationnumber")),
    ("charity_trustee", ("trusteeid", "trusteename", "trusteeischair")),
    ("charity_other_regulators", ("regulatorname", "regulatororder")),
    ("charity_policy", ("policyname",)),
    ("charity_published_report", ("reportname", "reportlocation")),
    ("charity_governing_document", ("governingdocumentdescription", "charitableobjects")),
    ("charity_annual_return_history (or part B)", ("arcyclereference", "finperiodordernumber")),
    # The old (pre-2021) extract's tables of the same kind.
    ("extract_name (old extract)", ("nameno",)),
    ("extract_objects (old extract)", ("seqno",)),
    ("extract_financial (old extract)", ("fystart", "expend")),
    ("extract_registration (old extract)", ("remcode", "regdate")),
)


_OTHER_TABLE_NAMES = frozenset(t for t, _ in _CCEW_OTHER_TABLES)


def _ccew_other_table(names) -> str | None:
    """The name of the extract's other table whose columns these are, or None."""
    squashed = {squash(n) for n in names}
    if "grantmakingismainactivity" in squashed:
        return None            # annual return part A: read for its grant-making answer
    for table, markers in _CCEW_OTHER_TABLES:
        if squashed & set(markers):
            return table
    return None


def _ccew_kind(columns: dict[str, str]) -> str | None:
    fields = set(columns.values())
    if {"classification_code", "classification_description"} <= fields and not fields & {
            "classification_type", "registered_charity_number"}:
        return "class_ref"         # the old extract's extract_class_ref: code -> label
    if "registered_charity_number" not in fields:
        return None
    if "grant_making_is_main_activity" in fields:
        return "parta"
    if {"classification_type", "classification_description"} <= fields:
        return "classification"
    if "geographic_area_description" in fields:
        return "area"
    if "charity_name" in fields:
        return "charity"
    if "classification_code" in fields:
        return "class_codes"
    if fields & {"latest_income", "charity_company_registration_number", "charity_contact_web"}:
        return "main"
    return None


def _renamed(record: dict, columns: dict[str, str]) -> dict:
    return {field: record.get(name) for name, field in columns.items()}
