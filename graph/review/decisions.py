"""Deciding the review queue: merge two records into one, dismiss a pair, undo a decision.

Each decision reads what it needs, works out every write, and hands them to the store as
one ReviewChange, which the store applies in one transaction after checking nothing was
written meanwhile: a failure (or a concurrent write) leaves the store exactly as it was.
The CLI (`partnermap review`), the editors' page and the API all call these functions.
"""
from __future__ import annotations

from dataclasses import fields, replace

from graph.model import Organisation, Tie, now_iso
from graph.review.items import ReviewChange, ReviewItem, pair_key
from graph.stores.base import NotFound, StoreError

__all__ = ["review_queue", "merge", "dismiss", "undo", "merged_aliases", "fold_record"]

_LISTS = ("led_by", "registered_ids", "services", "communities", "places")


def review_queue(store, status: str | None = "open") -> list[dict]:
    """Review items as plain data, newest first, with each organisation's current name.

    Open items whose organisations are not both stored any more (one was merged into a
    third, or deleted) are left out: there is nothing to decide. They come back if that
    merge is undone."""
    items = store.review_items(None if status in (None, "all") else status)
    ids = {i for item in items for i in (item.a, item.b)}
    names = {i: o.name for i in ids if (o := store.get_organisation(i)) is not None}
    out = []
    for item in items:
        if item.status == "open" and not (item.a in names and item.b in names):
            continue
        d = item.to_dict()
        d.pop("merge")
        d["a_name"] = names.get(item.a, item.a_name)
        d["b_name"] = names.get(item.b, item.b_name)
        d["key"] = item.key
        if item.merge:
            d["merged_at"] = item.merge.get("at", "")
        out.append(d)
    out.sort(key=lambda d: (d["decided_at"] or d["flagged_at"], d["key"]), reverse=True)
    return out


def merged_aliases(items) -> dict[str, str]:
    """{folded id: the id it lives on now}, following merges of merges (B into A, A into Z)."""
    into = {i.b: i.a for i in items if i.status == "merged"}
    out = {}
    for b in into:
        seen, target = {b}, into[b]
        while target in into and target not in seen:
            seen.add(target)
            target = into[target]
        out[b] = target
    return out


def _item_for(store, a: str, b: str, by: str) -> ReviewItem:
    found = store.get_review_item(a, b)
    if found is not None:
        return found
    # An editor may decide about a pair no import flagged (two records they know are one).
    return ReviewItem(a=a, b=b, reason=f"not flagged by an import; decided by {by or 'an editor'}",
                      flagged_at=now_iso())


def _org(store, org_id: str, role: str) -> Organisation:
    org = store.get_organisation(org_id)
    if org is None:
        raise NotFound(f"no organisation with id {org_id!r} ({role})")
    return org


def fold_record(keep: Organisation, folded: Organisation) -> Organisation:
    """`keep` with what `folded` adds: its registered ids (and its own id when that is a
    registered one), services, communities, places and leadership unioned, blank fields
    filled. What a source stated stays over what was inferred."""
    from graph.importers.batch import is_registered_id, merge_records

    merged = merge_records(keep, folded)
    if is_registered_id(folded.id) and folded.id not in merged.registered_ids:
        merged = replace(merged, registered_ids=merged.registered_ids + (folded.id,))
    return replace(merged, updated_at=now_iso())


def merge(store, keep_id: str, fold_id: str, by: str = "") -> ReviewItem:
    """Fold organisation `fold_id` into `keep_id`: ids, services, communities, places and
    leadership join the kept record; ties and introductions are re-pointed to it (a tie
    between the two, or one the kept record already has, is dropped); the folded record is
    removed; later imports of it land on the kept one. Returns the merged item."""
    if keep_id == fold_id:
        raise StoreError("choose two different organisations to merge")
    version = store.version()
    item = _item_for(store, keep_id, fold_id, by)
    if item.status == "merged":
        raise StoreError(f"{item.b} was already merged into {item.a}")
    keep, folded = _org(store, keep_id, "the one to keep"), _org(store, fold_id, "the one to fold in")
    kept_keys = {t.key for t, _ in store.neighbours(keep_id)}
    ties = [t for t, _ in store.neighbours(fold_id)]
    moved: dict[tuple, Tie] = {}
    for t in ties:
        if keep_id in (t.from_id, t.to_id):
            continue  # it would join the organisation to itself
        repointed = replace(t, from_id=keep_id if t.from_id == fold_id else t.from_id,
                            to_id=keep_id if t.to_id == fold_id else t.to_id)
        if repointed.key not in kept_keys and repointed.key not in moved:
            moved[repointed.key] = repointed
    intros = [i for i in store.list_introductions(org_id=fold_id) if keep_id not in (i.org_a, i.org_b)]
    repointed_intros = [replace(i, org_a=keep_id if i.org_a == fold_id else i.org_a,
                                org_b=keep_id if i.org_b == fold_id else i.org_b) for i in intros]
    merged = fold_record(keep, folded)
    at = now_iso()
    record = {"at": at, "by": by, "version": version, "keep_before": keep.to_dict(), "keep_after": merged.to_dict(),
              "folded": folded.to_dict(), "ties": [t.to_dict() for t in ties],
              "moved": [list(k) for k in moved], "introductions": [i.id for i in intros]}
    done = replace(item, a_name=keep.name, b_name=folded.name).decided(
        "merged", by, "merged", a=keep_id, b=fold_id, merge=record)
    store.apply_review(ReviewChange(expect_version=version, delete_orgs=[fold_id], put_orgs=[merged],
                                    put_ties=list(moved.values()), put_introductions=repointed_intros,
                                    put_items=[done]))
    return done


def dismiss(store, a: str, b: str, by: str = "") -> ReviewItem:
    """Record that `a` and `b` are different organisations: the pair is not flagged again."""
    if a == b:
        raise StoreError("choose two different organisations")
    item = _item_for(store, a, b, by)
    if item.status == "merged":
        raise StoreError(f"{item.b} is merged into {item.a}: undo the merge first "
                         f"(`partnermap review undo {item.a} {item.b}`)")
    if item.status == "dismissed":
        return item
    for org_id in (a, b):
        _org(store, org_id, "to dismiss")
    done = item.decided("dismissed", by, "dismissed")
    store.apply_review(ReviewChange(put_items=[done]))
    return done


def undo(store, a: str, b: str, by: str = "") -> ReviewItem:
    """Undo the decision on a pair: a merge is reversed (both records and their ties as
    they were before it, keeping what the kept record gained since); a dismissal reopens
    the pair. Either way the pair is back in the queue."""
    item = store.get_review_item(a, b)
    if item is None or item.status == "open":
        raise StoreError(f"nothing to undo: {a} and {b} have no merge or dismissal on record")
    if item.status == "dismissed":
        done = item.decided("open", by, "undone")
        store.apply_review(ReviewChange(put_items=[done]))
        return done
    return _undo_merge(store, item, by)


def _undo_merge(store, item: ReviewItem, by: str) -> ReviewItem:
    record = item.merge
    version = store.version()
    keep_now = store.get_organisation(item.a)
    if keep_now is None:
        later = [i for i in store.review_items("merged") if i.b == item.a]
        hint = f": undo the merge of {item.a} into {later[0].a} first" if later else ""
        raise StoreError(f"cannot undo the merge of {item.b} into {item.a}: {item.a} is not stored any more{hint}")
    if store.get_organisation(item.b) is not None:
        raise StoreError(f"cannot undo the merge of {item.b} into {item.a}: a record {item.b} exists again")
    before = Organisation(**_org_args(record["keep_before"]))
    after = Organisation(**_org_args(record["keep_after"]))
    folded = Organisation(**_org_args(record["folded"]))
    restored = _three_way(before, after, keep_now)
    ties = [Tie(**t) for t in record["ties"]]
    others = {i for t in ties for i in (t.from_id, t.to_id)} - {item.a, item.b}
    present = {i for i in others if store.get_organisation(i) is not None} | {item.a, item.b}
    # A tie to an organisation removed since the merge cannot come back (there is nothing
    # to tie to); the rest are restored exactly as they were.
    back = [t for t in ties if t.from_id in present and t.to_id in present]
    intros = []
    for intro_id in record.get("introductions", ()):
        now = store.get_introduction(intro_id)
        if now is None:
            continue
        # The merge put the kept id where the folded one was (never on both sides).
        intros.append(replace(now, org_a=item.b if now.org_a == item.a else now.org_a,
                              org_b=item.b if now.org_b == item.a else now.org_b))
    done = item.decided("open", by, "undone")
    store.apply_review(ReviewChange(expect_version=version, remove_ties=[tuple(k) for k in record["moved"]],
                                    put_orgs=[folded, restored], put_ties=back, put_introductions=intros,
                                    put_items=[done]))
    return done


def _org_args(d: dict) -> dict:
    return {k: (tuple(v) if isinstance(v, list) and k != "inferred" else v) for k, v in d.items()}


def _three_way(before: Organisation, after: Organisation, now: Organisation) -> Organisation:
    """The kept record with the merge taken out: each field the merge changed goes back to
    what it was, unless it has changed again since (a later import), when the later value
    stays; list fields lose only what the merge added."""
    changes = {}
    for f in fields(Organisation):
        name = f.name
        if name in ("id", "updated_at", "inferred"):
            continue
        b, a, n = getattr(before, name), getattr(after, name), getattr(now, name)
        if name in _LISTS:
            kept = [x for x in n if x in b or x not in a]
            kept += [x for x in b if x not in a and x not in n]   # what the merge displaced
            changes[name] = tuple(dict.fromkeys(kept))
        else:
            changes[name] = b if n == a else n
    holds = {}
    for inference in before.inferred + tuple(i for i in now.inferred if i not in after.inferred):
        value = changes.get(inference.field)
        if (inference.value in value) if isinstance(value, tuple) else inference.value == value:
            holds.setdefault((inference.field, inference.value), inference)
    return replace(now, **changes, inferred=tuple(holds.values()), updated_at=now_iso())


def pair_of(item_or_key) -> tuple[str, str]:
    if isinstance(item_or_key, ReviewItem):
        return item_or_key.a, item_or_key.b
    a, _, b = item_or_key.partition("|")
    return a, b


__all__ += ["pair_key", "pair_of"]
