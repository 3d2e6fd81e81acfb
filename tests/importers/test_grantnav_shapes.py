"""GrantNav's download shapes: the flat CSV (with GrantNav's register additions), flat JSON
keyed by column titles in any spelling, and the nested JSON with `additional_data`.
Files are recognised by their columns and keys, never by their names."""
from __future__ import annotations

import json

from graph.importers import run_import


def test_grantnav_csv_download_lands_with_sector_income_and_registered_ids(store, samples):
    report = run_import(store, "360giving", samples / "360giving" / "grantnav_download_constructed.csv")
    assert report.ok, [str(e) for e in report.errors]
    assert report.created["ties"] == 2 and report.skipped_by_reason() == {"grant to an individual": 1}
    council = store.get_organisation("GB-LAE-TRF")
    # A council that funds is a public body, not a "funder".
    assert council.sector == "statutory"
    charity = store.get_organisation("GB-CHC-1164859")
    assert charity.sector == "vcse" and charity.income == 233919 and charity.size_band == "medium"
    assert set(charity.registered_ids) == {"GB-CHC-1164859", "GB-COH-08049101"}
    trust = store.get_organisation("360G-examplefund-org-9")
    assert trust.sector == "statutory" and trust.size_band is None and not trust.is_small
    funder = store.get_organisation("360G-examplefund")
    assert funder.sector == "funder" and "GB-CHC-1111111" in funder.registered_ids


def test_csv_under_any_name_and_extension_is_read_by_its_columns(store, samples):
    data = (samples / "360giving" / "grantnav_download_constructed.csv").read_bytes()
    report = run_import(store, "360giving", {"download (3).txt": data})
    assert report.ok and report.created["ties"] == 2


def test_flat_json_with_camel_case_and_colon_keys(store):
    grants = [
        {"Identifier": "G-1", "AmountAwarded": 100, "AwardDate": "2020-01-02", "Currency": "GBP",
         "FundingOrgIdentifier": "GB-CHC-200051", "FundingOrgName": "A Foundation",
         "RecipientOrgIdentifier": "GB-CHC-1000888", "RecipientOrgName": "After Adoption"},
        {"Identifier": "G-2", "Amount Awarded": 200, "Award Date": "2020-02-03", "Currency": "GBP",
         "Funding Org:Identifier": "GB-CHC-200051", "Funding Org:Name": "A Foundation",
         "RecipientOrg:Identifier": "GB-COH-01234567", "RecipientOrg:Name": "Acme Community CIC"},
    ]
    report = run_import(store, "360giving", {"grants.json": json.dumps({"grants": grants}).encode()})
    assert report.ok, [str(e) for e in report.errors]
    assert report.created["ties"] == 2 and report.created["organisations"] == 3
    assert not report.skipped
    assert store.get_organisation("GB-COH-01234567").name == "Acme Community CIC"


def test_grantnav_json_additional_data_gives_income_type_and_canonical_ids(store):
    grant = {"id": "360G-EFF-1", "awardDate": "2017-11-21T00:00:00.000Z", "amountAwarded": 1000,
             "currency": "GBP",
             "fundingOrganization": [{"id": "360G-EFF", "name": "Esmee Fairbairn Foundation"}],
             "recipientOrganization": [{"id": "GB-CHC-1164859", "name": "Effervescent"}],
             "additional_data": {
                 "fundingOrganizationCanonical": {"id": "GB-CHC-200051", "name": "Esmee Fairbairn Foundation"},
                 "TSGFundingOrgType": "Trust/Foundation",
                 "recipientOrgInfos": [{"orgIDs": ["GB-CHC-1164859", "GB-COH-08049101"],
                                        "latestIncome": "233919",
                                        "organisationType": ["Registered Charity", "Registered Company"]}]}}
    report = run_import(store, "360giving", {"grantnav-20240101.json": json.dumps({"grants": [grant]}).encode()})
    assert report.ok, [str(e) for e in report.errors]
    r = store.get_organisation("GB-CHC-1164859")
    assert r.income == 233919 and "GB-COH-08049101" in r.registered_ids and r.sector == "vcse"
    f = store.get_organisation("360G-EFF")
    assert f.sector == "funder" and "GB-CHC-200051" in f.registered_ids


def test_file_without_recipient_columns_is_refused_with_the_reason(store):
    data = b"Identifier,Amount Awarded,Award Date,Funding Org:Identifier,Funding Org:Name\nG1,1,2020-01-01,GB-CHC-1,F\n"
    report = run_import(store, "360giving", {"grants.csv": data})
    assert not report.ok
    assert "no recipient columns" in report.errors[0].reason and report.errors[0].row == 1


def test_grant_without_recipient_is_not_called_an_individual(store):
    data = (b"Identifier,Amount Awarded,Award Date,Funding Org:Identifier,Funding Org:Name,"
            b"Recipient Org:Identifier,Recipient Org:Name\nG1,1,2020-01-01,GB-CHC-1,F,,\n")
    report = run_import(store, "360giving", {"grants.csv": data})
    assert not report.ok and not report.written
    assert report.skipped_by_reason() == {"no recipient organisation (no recipient identifier or name)": 1}
    assert report.errors[0].reason.startswith("nothing imported: 1 of 1 rows skipped (no recipient organisation")


def test_sector_is_marked_inferred_with_its_evidence_and_size_needs_income(store, samples):
    assert run_import(store, "360giving", samples / "360giving" / "grantnav_download_constructed.csv").ok
    council = store.get_organisation("GB-LAE-TRF")
    [inference] = council.inferred
    assert (inference.field, inference.value, inference.method) == ("sector", "statutory", "scheme")
    assert "GB-LAE-TRF" in inference.evidence
    trust = store.get_organisation("360G-examplefund-org-9")
    assert [(i.value, i.method, i.evidence) for i in trust.inferred] == [
        ("statutory", "name", "name contains 'NHS'")]
    # No income, no size: not "small", so fairness does not promote an NHS trust.
    assert trust.size_band is None and not trust.is_small
    # A funder that is a charity is a "funder" because it funds: that is not an inference.
    assert store.get_organisation("360G-examplefund").inferred == ()


_HEAD = ("Identifier,Amount Awarded,Award Date,Funding Org:Identifier,Funding Org:Name,"
         "Recipient Org:Identifier,Recipient Org:Name\n")


def test_funder_named_by_its_publisher_prefix_merges_with_its_registered_id(store):
    # One file names the funder by its registered id, another (an older publication) by its
    # 360Giving prefix; the grant ids carry the prefix in both.
    new = _HEAD + "360G-EFF-2021-1,100,2021-01-01,GB-CHC-200051,Esmee Fairbairn Foundation,GB-CHC-1000888,After Adoption\n"
    old = _HEAD + "360G-EFF-2014-9,100,2014-01-01,360G-EFF,Esmee Fairbairn Foundation,GB-CHC-1070468,Discover\n"
    report = run_import(store, "360giving", {"a_old.csv": old.encode(), "b_new.csv": new.encode()})
    assert report.ok, [str(e) for e in report.errors]
    funders = [o for o in store.read_all().organisations if o.sector == "funder"]
    assert len(funders) == 1 and "GB-CHC-200051" in (funders[0].id, *funders[0].registered_ids)
    assert {t.from_id for t in store.read_all().ties} == {funders[0].id}


def test_funder_stored_under_its_prefix_absorbs_its_registered_id_on_a_later_import(store):
    old = _HEAD + "360G-EFF-2014-9,100,2014-01-01,360G-EFF,Esmee Fairbairn Foundation,GB-CHC-1070468,Discover\n"
    assert run_import(store, "360giving", {"old.csv": old.encode()}).ok
    new = _HEAD + "360G-EFF-2021-1,100,2021-01-01,GB-CHC-200051,Esmee Fairbairn Foundation,GB-CHC-1000888,After Adoption\n"
    report = run_import(store, "360giving", {"new.csv": new.encode()})
    assert report.ok and report.merged[0]["by"] == "publisher prefix 360G-EFF"
    assert store.get_organisation("GB-CHC-200051") is None
    assert store.get_organisation("360G-EFF").registered_ids == ("GB-CHC-200051",)
    # And the other way round: a third file naming the funder by its prefix joins the same record.
    again = _HEAD + "360G-EFF-2015-2,50,2015-01-01,360G-EFF,Esmee Fairbairn Foundation,GB-CHC-1164859,Effervescent\n"
    assert run_import(store, "360giving", {"again.csv": again.encode()}).ok
    assert {t.from_id for t in store.read_all().ties} == {"360G-EFF"}


def test_a_prefix_shared_by_several_registered_funders_merges_nothing(store):
    rows = _HEAD + ("360G-MULTI-1,1,2021-01-01,GB-CHC-1,Fund One,GB-CHC-1000888,After Adoption\n"
                    "360G-MULTI-2,1,2021-01-01,GB-CHC-2,Fund Two,GB-CHC-1070468,Discover\n"
                    "360G-MULTI-3,1,2021-01-01,360G-MULTI,Multi Publisher,GB-CHC-1164859,Effervescent\n")
    assert run_import(store, "360giving", {"g.csv": rows.encode()}).ok
    assert store.get_organisation("360G-MULTI").registered_ids == ()
