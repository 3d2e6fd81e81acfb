"""One import's records: resolved against the store, checked, then written in one load.

Every importer feeds a Batch row by row. The Batch

* resolves identities: a record whose id, or any of whose registered ids (GB-CHC-,
  GB-COH-, GB-NIC-, GB-SC-...), matches an organisation already stored or already in this
  import merges into it; a record that only *looks* like another (same normalised name, no
  registered id in common) is flagged for review and never merged; flagged pairs join the
  store's review queue (graph.review) in the same write, except pairs an editor already
  decided: a dismissed pair is not flagged again, and a record an editor merged into
  another lands on that one;
* checks every reference (services, communities, places, tie ends) and reports the row
  that made it, instead of letting the store refuse the whole load with no row number;
* compares with what is stored, so re-importing the same file reports everything as
  unchanged and writes nothing new (idempotent);
* writes once: `store.load` is one transaction, so a failing import leaves the store
  exactly as it was.
"""
from __future__ import annotations

import os
import re
import time
from collections import Counter
from dataclasses import fields, replace

from graph.importers.lookalikes import lookalike_differences, plain, skeleton
from graph.importers.identifiers import registered_key
from graph.importers.report import ImportReport
from graph.review.decisions import merged_aliases
from graph.review.items import pair_key
from graph.model import (Community, ModelError, Need, Organisation, Place, Service, Tie, identifier_for_org_id,
                         now_iso)
from graph.stores.base import GraphData

__all__ = ["Batch", "REGISTERED_ID_RE", "normalise_name", "is_registered_id", "conflicting_ids", "merge_records"]

# org-id.guide style identifiers from registers (GB-CHC-, GB-COH-, GB-NIC-, GB-SC-,
# GB-EDU-, GB-LAE-, XI-..., US-EIN-...). Publisher-internal 360Giving ids (360G-...) and
# our generated PM- ids are not registered identifiers and never drive a merge.
REGISTERED_ID_RE = re.compile(r"^(?!360G-)(?!PM-)[A-Z]{2}-[A-Z0-9]{2,10}-[A-Za-z0-9][A-Za-z0-9._\-]*$")

_LIST_FIELDS = ("led_by", "registered_ids", "services", "communities", "places")
_INFERABLE_LISTS = ("services", "communities")
_NAME_NOISE = re.compile(r"\b(the|ltd|limited|cio|cic|inc|plc|llp|uk)\b")


def classify_on_import() -> bool:
    """PARTNERMAP_CLASSIFY_ON_IMPORT=0 turns off inferring services and communities from
    text on import (on by default)."""
    return os.environ.get("PARTNERMAP_CLASSIFY_ON_IMPORT", "1").strip().lower() not in ("0", "false", "no", "off")


def is_registered_id(value: str) -> bool:
    return bool(REGISTERED_ID_RE.fullmatch(value or ""))


def _scheme(rid: str) -> str:
    """'GB-CHC' for 'GB-CHC-1000888': the register an org-id comes from."""
    return "-".join(rid.split("-", 2)[:2])


def _identity(org: Organisation | None) -> tuple[str, ...]:
    if org is None:
        return ()
    return tuple(dict.fromkeys(((org.id,) if is_registered_id(org.id) else ()) + org.registered_ids))


def conflicting_ids(mine, theirs) -> list[tuple[str, str]]:
    """(mine, theirs) pairs of registered ids from the same scheme that differ: two charity
    numbers, two company numbers. One organisation has one number per register, so such a
    pair means two organisations (or a mistake), never grounds to merge."""
    by_scheme: dict[str, dict[str, str]] = {}
    for rid in theirs:
        if is_registered_id(rid):
            by_scheme.setdefault(_scheme(rid), {})[_same_number(rid)] = rid
    out = []
    for rid in mine:
        if not is_registered_id(rid):
            continue
        held = by_scheme.get(_scheme(rid), {})
        key = _same_number(rid)
        if held and key not in held:
            out.extend((rid, other) for k, other in sorted(held.items())
                       if not (key.startswith(k + "-") or k.startswith(key + "-")))   # a linked charity
    return out


def _same_number(rid: str) -> str:
    """An id as compared for conflicts: upper case, company numbers zero-padded to 8."""
    rid = rid.upper()
    if rid.startswith("GB-COH-"):
        number = rid[7:]
        m = re.match(r"^([A-Z]{2})?(\d+)$", number)
        if m:
            number = (m[1] or "") + m[2].zfill(8 - len(m[1] or ""))
        return "GB-COH-" + number
    return rid


def normalise_name(name: str) -> str:
    """Name key for spotting likely duplicates: case, punctuation and legal suffixes ignored."""
    s = name.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    s = _NAME_NOISE.sub(" ", s)
    return " ".join(s.split())


class Batch:
    """Collects one import. `mode` is "replace" for our own CSV format (a row is the whole
    record, so export -> import round-trips exactly) or "enrich" for outside sources (a row
    adds to what is known: lists are unioned, blanks filled, and only the fields a source is
    authoritative for overwrite stored values)."""

    def __init__(self, store, report: ImportReport, *, mode: str = "enrich", source: str = ""):
        assert mode in ("replace", "enrich")
        self.store, self.report, self.mode, self.source = store, report, mode, source
        existing = store.read_all()
        self.existing_orgs = {o.id: o for o in existing.organisations}
        self.existing_ties = {t.key: t for t in existing.ties}
        self.existing_places = {p.code: p for p in existing.places}
        self.existing_services = {s.code: s for s in existing.services}
        self.existing_communities = {c.code: c for c in existing.communities}
        self.existing_needs = {(n.place, n.target, n.code): n for n in existing.needs}
        # Editors' decisions on the review queue: pairs that are two organisations, and
        # records folded into another (a re-import of one lands on the record it joined).
        decided = store.review_items()
        self.dismissed = {i.key for i in decided if i.status == "dismissed"}
        self.review_merged = {b: a for b, a in merged_aliases(decided).items() if a in self.existing_orgs}
        self.decided_pairs = self.dismissed | {i.key for i in decided if i.status == "merged"}
        self.folded: dict[str, list[tuple[Organisation, str, int]]] = {}
        self.reg_index: dict[str, str] = {}
        for o in existing.organisations:
            for rid in o.registered_ids:
                self.reg_index.setdefault(rid, o.id)
                # Ids stored before they were normalised (GB-COH-1234567) still match.
                self.reg_index.setdefault(registered_key(rid), o.id)
        self.orgs: dict[str, Organisation] = {}
        self.org_origin: dict[str, tuple[str, int]] = {}
        self.alias: dict[str, str] = {}          # an incoming id -> the id it resolved to
        self.alias.update(self.review_merged)
        self._flagged: set[tuple[str, str, str]] = set()   # identity conflicts already listed
        self._merge_noted: set[str] = set()
        self.ties: dict[tuple, Tie] = {}
        self.tie_origin: dict[tuple, tuple[str, int]] = {}
        self.places: dict[str, Place] = {}
        self.place_origin: dict[str, tuple[str, int]] = {}
        self.services: dict[str, Service] = {}
        self.communities: dict[str, Community] = {}
        self.taxonomy_origin: dict[tuple[str, str], tuple[str, int]] = {}
        self.needs: dict[tuple, Need] = {}
        self.need_origin: dict[tuple, tuple[str, int]] = {}
        # An organisation's own words that are not stored on it (grant titles and
        # descriptions): evidence for the text classifier.
        self.texts: dict[str, list[str]] = {}
        self._started = time.perf_counter()

    # ---- lookups ----------------------------------------------------------------------
    def knows_org(self, org_id: str) -> bool:
        return self.resolve(org_id) in self.orgs or self.resolve(org_id) in self.existing_orgs

    def resolve(self, org_id: str) -> str:
        return self.alias.get(org_id, org_id)

    def current(self, org_id: str) -> Organisation | None:
        org_id = self.resolve(org_id)
        return self.orgs.get(org_id) or self.existing_orgs.get(org_id)

    def has_place(self, code: str) -> bool:
        return code in self.places or code in self.existing_places

    def place_record(self, code: str) -> Place | None:
        return self.places.get(code) or self.existing_places.get(code)

    def all_places(self):
        yield from self.existing_places.values()
        yield from (p for c, p in self.places.items() if c not in self.existing_places)

    def has_service(self, code: str) -> bool:
        return code in self.services or code in self.existing_services

    def has_community(self, code: str) -> bool:
        return code in self.communities or code in self.existing_communities

    # ---- adding -------------------------------------------------------------------------
    def add_org(self, org: Organisation, file: str, row: int,
                authoritative: frozenset[str] = frozenset()) -> str:
        """Add or merge one organisation; return the id it is stored under."""
        if self.mode == "enrich":
            org = self._without_contested_ids(org, file, row)
        target = self._match(org, file, row)
        if self.mode == "replace" and org.id in self.review_merged:
            # A whole record of an organisation an editor merged into another: it adds to
            # that one (after that one's own row, whatever the order), never replaces it.
            self.folded.setdefault(target, []).append((org, file, row))
            return target
        if self.mode == "replace":
            if org.id in self.orgs:
                first = self.org_origin[org.id]
                self.report.error(file, row, "id", f"duplicate id {org.id!r} (first on row {first[1]})")
                return org.id
            if target != org.id:
                base = self.current(target)
                merged_ids = tuple(dict.fromkeys(base.registered_ids + org.registered_ids))
                org = replace(org, id=target, registered_ids=merged_ids)
            self.orgs[target] = org
            self.org_origin.setdefault(target, (file, row))
            return target
        base = self.current(target)
        if base is not None:
            org = self._without_conflicting_ids(base, org, file, row)
        merged = org if base is None else _merge(base, org, authoritative)
        self.orgs[target] = merged
        self.org_origin.setdefault(target, (file, row))
        for rid in merged.registered_ids:
            self.reg_index.setdefault(rid, target)
        return target

    def _match(self, org: Organisation, file: str, row: int) -> str:
        if org.id in self.review_merged and org.id not in self._merge_noted:
            self._merge_noted.add(org.id)
            self.report.merged.append({"file": file, "row": row, "id": org.id, "name": org.name,
                                       "into": self.review_merged[org.id], "by": "an editor's merge (review queue)"})
        if org.id in self.alias:
            return self.alias[org.id]
        if org.id in self.orgs or org.id in self.existing_orgs:
            return org.id
        for rid in (org.id, *org.registered_ids):
            target = self.reg_index.get(rid) or self.reg_index.get(registered_key(rid))
            if target and target != org.id:
                clash = conflicting_ids(_identity(org), _identity(self.current(target)))
                if clash:
                    # One shared id against a differing id of the same scheme: most likely a
                    # mistyped number in one source. Two records stay two, and a person decides.
                    self._flag_conflict(org, target, file, row,
                                        f"shares {rid} with it, but their {_scheme(clash[0][0])} ids differ "
                                        f"({clash[0][0]} here, {clash[0][1]} there): not merged")
                    continue
                self.alias[org.id] = target
                self.report.merged.append({"file": file, "row": row, "id": org.id, "name": org.name,
                                           "into": target, "by": rid})
                return target
        return org.id

    def _without_contested_ids(self, org: Organisation, file: str, row: int) -> Organisation:
        """Drop (and flag) a secondary id another organisation already holds when the two
        disagree on an id of the same scheme: a grant giving one charity's number and another
        charity's company number must not join the two."""
        contested = []
        for rid in org.registered_ids:
            owner = self.reg_index.get(rid)
            if rid == org.id or owner is None or self.resolve(org.id) == owner:
                continue
            clash = conflicting_ids(_identity(org), _identity(self.current(owner)))
            if clash:
                contested.append(rid)
                self._flag_conflict(org, owner, file, row,
                                    f"gives {rid}, which {owner} holds, but their {_scheme(clash[0][0])} ids "
                                    f"differ ({clash[0][0]} here, {clash[0][1]} there): not merged, "
                                    f"{rid} not added")
        if not contested:
            return org
        return replace(org, registered_ids=tuple(i for i in org.registered_ids if i not in contested))

    def _without_conflicting_ids(self, base: Organisation, org: Organisation, file: str, row: int) -> Organisation:
        """The same organisation (same id) arriving with another id of a scheme it already
        holds (a second company number, say): the record keeps its own, the newcomer is
        dropped and flagged, so one mistyped number cannot tie it to another organisation."""
        clash = conflicting_ids(org.registered_ids, _identity(base))
        if not clash:
            return org
        bad = {mine for mine, _ in clash}
        for mine, theirs in clash:
            self._flag_conflict(org, base.id, file, row, f"gives {mine} for {base.id}, which already holds "
                                                         f"{theirs}: {mine} not added")
        return replace(org, registered_ids=tuple(i for i in org.registered_ids if i not in bad))

    def _flag_conflict(self, org: Organisation, other_id: str, file: str, row: int, reason: str) -> None:
        key = (org.id, other_id, reason)
        if key in self._flagged:
            return
        self._flagged.add(key)
        other = self.current(other_id)
        self._flag(file, row, org.id, org.name, other_id, other.name if other else "", reason)

    def _flag(self, file: str, row: int, org_id: str, name: str, other_id: str, other_name: str,
              reason: str) -> bool:
        """List a pair for review, unless an editor already decided it; True when listed."""
        if pair_key(self.resolve(org_id), self.resolve(other_id)) in self.decided_pairs:
            return False
        self.report.review.append({"file": file, "row": row, "id": org_id, "name": name,
                                   "similar_to": other_id, "similar_name": other_name, "reason": reason})
        return True

    def add_tie(self, tie: Tie, file: str, row: int) -> None:
        tie = replace(tie, from_id=self.resolve(tie.from_id), to_id=self.resolve(tie.to_id)) \
            if (tie.from_id in self.alias or tie.to_id in self.alias) else tie
        if tie.from_id == tie.to_id:
            self.report.skip(file, row, "both ends resolve to the same organisation", "to_id")
            return
        if self.mode == "replace" and tie.key in self.ties:
            first = self.tie_origin[tie.key]
            self.report.error(file, row, "ref", f"duplicate tie {tie.from_id}->{tie.to_id} "
                                                f"({tie.kind}, ref {tie.ref!r}) (first on row {first[1]})")
            return
        self.ties[tie.key] = tie
        self.tie_origin.setdefault(tie.key, (file, row))

    def add_text(self, org_id: str, text: str) -> None:
        """More of an organisation's own words (a grant's title and description), for
        inferring what it does when no source says."""
        text = (text or "").strip()
        if text:
            texts = self.texts.setdefault(self.resolve(org_id), [])
            if text not in texts and len(texts) < 20:
                texts.append(text[:2000])

    def add_place(self, place: Place, file: str, row: int, *, overwrite: bool | None = None) -> None:
        overwrite = self.mode == "replace" if overwrite is None else overwrite
        if not overwrite and self.has_place(place.code):
            return
        if self.mode == "replace" and place.code in self.places:
            self.report.error(file, row, "code", f"duplicate place {place.code!r} "
                                                 f"(first on row {self.place_origin[place.code][1]})")
            return
        self.places[place.code] = place
        self.place_origin.setdefault(place.code, (file, row))

    def add_service(self, service: Service, file: str, row: int, *, overwrite: bool | None = None) -> None:
        self._add_taxonomy("service", self.services, self.existing_services, service, file, row, overwrite)

    def add_community(self, community: Community, file: str, row: int, *, overwrite: bool | None = None) -> None:
        self._add_taxonomy("community", self.communities, self.existing_communities, community, file, row,
                           overwrite)

    def _add_taxonomy(self, kind, mine, stored, record, file, row, overwrite) -> None:
        overwrite = self.mode == "replace" if overwrite is None else overwrite
        if not overwrite and (record.code in mine or record.code in stored):
            return
        if self.mode == "replace" and record.code in mine:
            first = self.taxonomy_origin[(kind, record.code)]
            self.report.error(file, row, "code", f"duplicate {kind} {record.code!r} (first on row {first[1]})")
            return
        mine[record.code] = record
        self.taxonomy_origin.setdefault((kind, record.code), (file, row))

    def add_need(self, need: Need, file: str, row: int) -> None:
        key = (need.place, need.target, need.code)
        if self.mode == "replace" and key in self.needs:
            self.report.error(file, row, "code", f"duplicate need {need.place}/{need.target}/{need.code} "
                                                 f"(first on row {self.need_origin[key][1]})")
            return
        self.needs[key] = need
        self.need_origin.setdefault(key, (file, row))

    # ---- finishing ------------------------------------------------------------------------
    def finish(self, *, dry_run: bool = False, skip_bad: bool = False, bulk: dict | None = None) -> ImportReport:
        """Check references, classify, and write everything in one `store.load`; with `bulk`
        ({"home": the Neo4j home}) into an empty Neo4j by its admin import tool instead."""
        report = self.report
        report.dry_run = dry_run
        self._fold_merged_rows()
        if self.mode == "enrich" and classify_on_import():
            self._infer_links()
        self._check_references(drop=skip_bad)
        if self.mode == "enrich":
            self._flag_similar_names()
        self._flag_lookalikes()
        data = self._changes()
        if report.errors and (not skip_bad or report.incomplete):
            # Nothing is written (--strict, or a file read only in part): report what
            # *would* have happened so people can judge.
            report.seconds = time.perf_counter() - self._started
            return report
        flags = self._review_items()
        if not dry_run and (any(data.counts().values()) or flags):
            if bulk is not None and any(data.counts().values()):
                written = self.store.bulk_load(data, bulk.get("home"))
                report.bulk = written["bulk"]
                if flags:   # a few pairs for review: an ordinary write once the bulk load is in
                    self.store.flag_for_review(flags)
            else:
                written = self.store.load(data, reviews=flags)
            report.written = any(data.counts().values())
            # What was created and what updated is what the store counted inside its write:
            # another import may have written some of these records since we read the store.
            report.created = Counter({k: n for k, n in written["created"].items() if n})
            report.updated = Counter({k: n for k, n in written["updated"].items() if n})
        report.seconds = time.perf_counter() - self._started
        return report

    def _fold_merged_rows(self) -> None:
        """Rows (our CSV format) of records an editor merged into another: each adds to the
        record it joined, as an enriching source would."""
        for target, rows in self.folded.items():
            base = self.orgs.get(target) or self.existing_orgs.get(target)
            for org, file, row in rows:
                base = merge_records(base, replace(org, id=target))
                self.org_origin.setdefault(target, (file, row))
            self.orgs[target] = base

    def _review_items(self) -> list:
        """This import's flags as review-queue items: pairs of organisations both stored
        after it, each pair once, none an editor already decided."""
        from graph.review.items import ReviewItem

        stored = set(self.orgs) | set(self.existing_orgs)
        out, seen, at = [], set(), now_iso()
        for r in self.report.review:
            a, b = self.resolve(r["similar_to"]), self.resolve(r["id"])
            key = pair_key(a, b)
            if a == b or a not in stored or b not in stored or key in seen or key in self.decided_pairs:
                continue
            seen.add(key)
            out.append(ReviewItem(a=a, b=b, reason=r["reason"], a_name=r.get("similar_name", ""),
                                  b_name=r.get("name", ""), source=f"{r['file']}:{r['row']}", flagged_at=at,
                                  history=(("flagged", at, self.source or "import"),)))
        return out

    def _infer_links(self) -> None:
        """Services and communities, from their own words, for organisations no source gave
        any: marked inferred, with a confidence and the evidence (graph.classify). Stored
        organisations this import does not touch are left alone."""
        from graph.classify import default_classifier
        from graph.classify.apply import infer_links

        wanted = [o for o in self.orgs.values() if not (o.services and o.communities)]
        if not wanted:
            return
        texts = {oid: t for oid, t in self.texts.items() if oid in self.orgs}
        done, counts = infer_links(wanted, default_classifier(), texts,
                                   evidence=f"{self.source or 'source'} description")
        for org in done:
            self.orgs[org.id] = org
        self.report.inferred.update({k: v for k, v in counts.items() if v})

    def _add_seed_taxonomy(self) -> None:
        """Outside sources map onto the taxonomies shipped in seed/; a store that has not
        been seeded yet gets the records those mappings use (and their parents)."""
        from seed import load_communities, load_services

        for attr, table, exists, load in (("services", self.services, self.has_service, load_services),
                                          ("communities", self.communities, self.has_community,
                                           load_communities)):
            wanted = {c for o in self.orgs.values() for c in getattr(o, attr) if not exists(c)}
            if not wanted:
                continue
            seed = {r.code: r for r in load()}
            while wanted:
                code = wanted.pop()
                rec = seed.get(code)
                if rec is None or exists(code):
                    continue
                table[code] = rec
                self.taxonomy_origin[("service" if attr == "services" else "community", code)] = ("seed", 0)
                if rec.parent and not exists(rec.parent):
                    wanted.add(rec.parent)

    def _check_references(self, drop: bool) -> None:
        rep = self.report
        if self.mode == "enrich":
            self._add_seed_taxonomy()
        # Places first: an org may point at a place whose parent is missing.
        for code, p in list(self.places.items()):
            if p.parent and not self.has_place(p.parent):
                f, r = self.place_origin[code]
                rep.error(f, r, "parent", f"place {code}: unknown parent place {p.parent!r}")
                if drop:
                    del self.places[code]
        for table, exists, kind in ((self.services, self.has_service, "service"),
                                    (self.communities, self.has_community, "community")):
            for code, rec in list(table.items()):
                if rec.parent and not exists(rec.parent):
                    f, r = self.taxonomy_origin[(kind, code)]
                    rep.error(f, r, "parent", f"{kind} {code}: unknown parent {rec.parent!r}")
                    if drop:
                        del table[code]
        for oid, o in list(self.orgs.items()):
            bad, unknown = False, {}
            for attr, exists in (("services", self.has_service), ("communities", self.has_community),
                                 ("places", self.has_place)):
                for code in getattr(o, attr):
                    if not exists(code):
                        f, r = self.org_origin[oid]
                        # An unknown code loses that code, not the organisation (unless --strict).
                        if rep.dropped(f, r, attr, f"unknown {attr[:-1] if attr != 'communities' else 'community'} "
                                                   f"code {code!r}"):
                            unknown.setdefault(attr, set()).add(code)
                        else:
                            bad = True
            if bad and drop:
                del self.orgs[oid]
            elif unknown:
                self.orgs[oid] = replace(o, **{a: tuple(c for c in getattr(o, a) if c not in codes)
                                               for a, codes in unknown.items()})
        for key, t in list(self.ties.items()):
            for attr in ("from_id", "to_id"):
                oid = getattr(t, attr)
                if oid not in self.orgs and oid not in self.existing_orgs:
                    f, r = self.tie_origin[key]
                    rep.error(f, r, attr, f"unknown organisation {oid!r}")
                    if drop:
                        self.ties.pop(key, None)
        for key, n in list(self.needs.items()):
            ok_place = self.has_place(n.place)
            ok_code = (self.has_community if n.target == "community" else self.has_service)(n.code)
            if not (ok_place and ok_code):
                f, r = self.need_origin[key]
                if not ok_place:
                    rep.error(f, r, "place", f"unknown place {n.place!r}")
                if not ok_code:
                    rep.error(f, r, "code", f"unknown {n.target} {n.code!r}")
                if drop:
                    del self.needs[key]

    def _flag_similar_names(self) -> None:
        """Organisations created by this import whose name matches another's, with no
        registered id in common: listed for a person to decide, never merged."""
        by_name: dict[str, list[Organisation]] = {}
        for o in self.existing_orgs.values():
            by_name.setdefault(normalise_name(o.name), []).append(o)
        created = [o for oid, o in self.orgs.items() if oid not in self.existing_orgs]
        for o in created:
            by_name.setdefault(normalise_name(o.name), []).append(o)
        for o in created:
            key = normalise_name(o.name)
            for other in by_name.get(key, ()):
                if other.id == o.id or set(other.registered_ids) & set(o.registered_ids):
                    continue
                if other.id in self.orgs and other.id not in self.existing_orgs and other.id < o.id:
                    continue   # each pair of new records once
                f, r = self.org_origin[o.id]
                self._flag(f, r, o.id, o.name, other.id, other.name, "same name, no registered id in common")

    def _flag_lookalikes(self) -> None:
        """Organisations created by this import whose name differs from another's only in
        characters that look alike (Cyrillic and Greek letters drawn like Latin ones,
        zero-width characters, full-width or composed forms): a warning at the row and a
        review entry, in every mode, since the two cannot be told apart on screen."""
        created = {oid: o for oid, o in self.orgs.items() if oid not in self.existing_orgs}
        if not created:
            return
        by_skeleton: dict[str, list[Organisation]] = {}
        for o in created.values():
            by_skeleton.setdefault(skeleton(o.name), []).append(o)
        pairs = []
        for o in self.existing_orgs.values():
            for new in by_skeleton.get(skeleton(o.name), ()):
                pairs.append((new, o))
        for group in by_skeleton.values():
            pairs.extend((a, b) for i, a in enumerate(group) for b in group[i + 1:])
        reviewed = {(r["id"], r["similar_to"]) for r in self.report.review}
        for new, other in pairs:
            if new.id == other.id or plain(new.name) == plain(other.name):
                continue
            if pair_key(new.id, other.id) in self.decided_pairs:
                continue   # an editor has looked at these two already
            differences = ", ".join(lookalike_differences(new.name, other.name)) or "different characters"
            f, r = self.org_origin[new.id]
            self.report.warn(f, r, "name", f"{new.name!r} looks like {other.name!r} ({other.id}) but is "
                                           f"different text ({differences}): check it is not a copy")
            if (new.id, other.id) not in reviewed:
                self._flag(f, r, new.id, new.name, other.id, other.name, f"look-alike name ({differences})")

    def _changes(self) -> GraphData:
        rep, now = self.report, now_iso()
        out = GraphData()
        for oid, o in self.orgs.items():
            old = self.existing_orgs.get(oid)
            if self.mode == "enrich":
                if not o.source and self.source:
                    o = replace(o, source=self.source)
                if old is not None and _same(old, o):
                    rep.unchanged["organisations"] += 1
                    continue
                o = replace(o, updated_at=now)
            elif old is not None and old == o:
                rep.unchanged["organisations"] += 1
                continue
            (rep.created if old is None else rep.updated)["organisations"] += 1
            out.organisations.append(o)
        for kind, mine, stored, dest in (
                ("ties", self.ties, self.existing_ties, out.ties),
                ("places", self.places, self.existing_places, out.places),
                ("services", self.services, self.existing_services, out.services),
                ("communities", self.communities, self.existing_communities, out.communities),
                ("needs", self.needs, self.existing_needs, out.needs)):
            for key, rec in mine.items():
                old = stored.get(key)
                if old == rec:
                    rep.unchanged[kind] += 1
                    continue
                (rep.created if old is None else rep.updated)[kind] += 1
                dest.append(rec)
        return out


def _same(a: Organisation, b: Organisation) -> bool:
    """Equal apart from `updated_at`, which an enriching import stamps only on change."""
    return all(getattr(a, f.name) == getattr(b, f.name) for f in fields(Organisation)
               if f.name != "updated_at")


def _merge_stated_over_inferred(base: Organisation, new: Organisation, name: str) -> tuple[str, ...]:
    """Codes of list field `name` after a merge: what any source stated, and only when no
    source stated any, what was inferred. A statement replaces a guess, never the reverse."""
    stated = tuple(dict.fromkeys(base.stated(name) + new.stated(name)))
    return stated or tuple(dict.fromkeys(getattr(base, name) + getattr(new, name)))


def _merged_inferences(base: Organisation, new: Organisation, changes: dict) -> tuple:
    """The inferences still true of the merged record: the newest for each value, kept only
    while the merged field holds that value and no source stated it."""
    stated = {(n, c) for n in _INFERABLE_LISTS for c in base.stated(n) + new.stated(n)}
    kept = {}
    for inference in base.inferred + new.inferred:
        held = changes.get(inference.field, getattr(base, inference.field))
        holds = inference.value in held if isinstance(held, tuple) else inference.value == held
        if holds and (inference.field, inference.value) not in stated:
            kept[(inference.field, inference.value)] = inference
    return tuple(sorted(kept.values(), key=lambda i: (i.field, i.value)))


def named_by_identifier(org: Organisation) -> bool:
    """Is the organisation's name only one of its own identifiers (what an import calls a
    recipient whose row gave no name)? A name from any source replaces it."""
    return org.name in (org.id, identifier_for_org_id(org.id), *org.registered_ids)


def merge_records(base: Organisation, new: Organisation) -> Organisation:
    """`base` enriched by `new` as an outside source enriches a record (see _merge): what
    folding one organisation's record into another's keeps."""
    return _merge(base, new, frozenset())


def _merge(base: Organisation, new: Organisation, authoritative: frozenset[str]) -> Organisation:
    """`base` enriched by `new`: lists unioned, blank fields filled, and fields the new
    source is authoritative for (a register's name and income, say) overwritten."""
    changes = {}
    for f in fields(Organisation):
        name = f.name
        if name in ("id", "updated_at", "inferred"):
            continue           # the id is the stored record's; `new` may arrive under an alias
        old, val = getattr(base, name), getattr(new, name)
        if name in _INFERABLE_LISTS and (base.inferred or new.inferred):
            merged = _merge_stated_over_inferred(base, new, name)
            if merged != old:
                changes[name] = merged
        elif name in _LIST_FIELDS:
            union = tuple(dict.fromkeys(old + val))
            if union != old:
                changes[name] = union
        elif name == "source":
            if not old and val:
                changes[name] = val
        elif name in authoritative and val not in (None, "") and val != old:
            changes[name] = val
        elif name == "name" and named_by_identifier(base) and not named_by_identifier(new):
            changes[name] = val    # a file that named no one listed it under its identifier
        elif old in (None, "") and val not in (None, ""):
            changes[name] = val
    if base.inferred or new.inferred:
        inferred = _merged_inferences(base, new, changes)
        if inferred != base.inferred:
            changes["inferred"] = inferred
    if not changes:
        return base
    if "income" in changes and "size_band" not in changes:
        changes["size_band"] = None   # re-derived from the new income
    try:
        return replace(base, **changes)
    except ModelError:
        return base
