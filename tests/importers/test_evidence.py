"""Sector from evidence: identifier scheme, then a register's organisation type, then the name."""
from __future__ import annotations

import pytest

from graph.importers.evidence import infer_sector, sector_from_name


@pytest.mark.parametrize("ids, sector", [
    (["GB-LAE-MAN"], "statutory"), (["GB-LAS-GLG"], "statutory"), (["GB-PLA-CRF"], "statutory"),
    (["GB-NHS-RW3"], "statutory"), (["GB-GOR-D123"], "statutory"), (["GB-GOV-12"], "statutory"),
    (["GB-HESA-0156"], "academic"), (["GB-EDU-105543"], "statutory"),
    (["GB-CHC-1000888"], "vcse"), (["GB-SC-SC012345"], "vcse"), (["GB-NIC-100001"], "vcse"),
    # A council that also holds a company number is still a council.
    (["GB-COH-01234567", "GB-LAE-TRF"], "statutory"),
])
def test_scheme_decides(ids, sector):
    assert infer_sector(ids).sector == sector
    assert infer_sector(ids).method == "scheme"


def test_company_number_alone_says_nothing_unless_other_evidence():
    assert infer_sector(["GB-COH-01234567"], "Acme Widgets") is None
    assert infer_sector(["GB-COH-01234567"], "Acme", ["Registered Company"]).sector == "private"
    assert infer_sector(["GB-COH-01234567"], "Acme", "Community Interest Company").sector == "vcse"
    assert infer_sector(["GB-COH-01234567"], "Salford City Council").sector == "statutory"


@pytest.mark.parametrize("name, sector", [
    ("Trafford Council", "statutory"), ("Manchester City Council", "statutory"),
    ("Royal Borough of Greenwich", "statutory"), ("Sale Borough Council", "statutory"),
    ("Manchester University NHS Foundation Trust", "statutory"), ("NHS Trafford CCG", "statutory"),
    ("Bristol, North Somerset and South Gloucestershire Integrated Care Board", "statutory"),
    ("Greater Manchester Fire & Rescue Service", "statutory"), ("Greater Manchester Police", "statutory"),
    ("University of Salford", "academic"), ("Trafford College", "academic"),
    # Names that contain the words but are voluntary groups, or say nothing.
    ("Trafford Council for Voluntary Service", None), ("Parochial Church Council of St Mary", None),
    ("Youth Council", None), ("University of the Third Age", None), ("College Road Residents", None),
    ("The Lifeshare Trust", None), ("St Hilda's Church ESOL Groups", None),
    # Voluntary groups around public bodies (the Trafford grants include a college PTA).
    ("Altrincham College PTA", None), ("Friends of Trafford General Hospital NHS", None),
    ("NHS Retirement Fellowship", None), ("Police Community Clubs of Great Britain", None),
    ("University of Manchester Students' Union", None),
    ("Bridgewater Community Healthcare NHS Foundation Trust", "statutory"),
    # Charities called "Council" or "Royal College", seen in a GrantNav sample.
    ("Field Studies Council", None), ("Refugee Council", None), ("British Council", None),
    ("National Council for Voluntary Organisations", None), ("Royal College of Physicians", None),
    ("Royal College of Music", "academic"), ("Council of the City of Edinburgh", "statutory"),
])
def test_name_rules(name, sector):
    found = sector_from_name(name)
    assert (found.sector if found else None) == sector


@pytest.mark.parametrize("name, sector", [
    # Names from the real Miami 211 Open Referral export (openreferral/open211-miami-data-api),
    # where every public body was 'vcse' before.
    ("FLORIDA DEPARTMENT OF HEALTH", "statutory"), ("COLLIER COUNTY SHERIFF'S OFFICE", "statutory"),
    ("HOUSING AUTHORITY OF THE CITY OF KEY WEST", "statutory"), ("MONROE COUNTY PUBLIC SCHOOL DISTRICT", "statutory"),
    ("SOUTH FLORIDA REGIONAL TRANSPORTATION AUTHORITY", "statutory"),
    ("MONROE COUNTY CLERK OF THE CIRCUIT COURT", "statutory"), ("COLLIER COUNTY ELECTIONS DEPARTMENT", "statutory"),
    ("UNIVERSITY OF MIAMI - DEPARTMENT OF FAMILY MEDICINE", "academic"),
    # ... and the voluntary groups named after their county, which stay unsaid by the name
    ("COMMUNITY FOUNDATION OF COLLIER COUNTY, INC.", None), ("THE DADE COUNTY BAR ASSOCIATION", None),
    ("MIAMI DADE COUNTY FOSTER AND ADOPTIVE PARENT ASSOCIATION, INC.", None),
    ("Friends of the Department of Music", None),
])
def test_public_bodies_named_as_directories_outside_uk_local_government_name_them(name, sector):
    from graph.importers.evidence import sector_from_name
    found = sector_from_name(name)
    assert (found.sector if found else None) == sector
