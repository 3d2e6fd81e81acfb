"""What kinds of VCSE organisation exist, and which kinds tend to work together.

The demo and synthetic generators draw organisations from these profiles and make ties
more likely between complementary ones, so the matcher has a real signal to learn and
the analysis has a realistic shape to find. The pairings follow the everyday referral
routes the sector describes (legal advice with housing, debt advice with food support,
domestic abuse support with housing and mental health, and so on).
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Profile", "PROFILES", "COMPLEMENTARY", "complementary"]


@dataclass(frozen=True)
class Profile:
    key: str
    nouns: tuple[str, ...]          # name endings, e.g. "Food Bank"
    services: tuple[str, ...]       # drawn 1-3
    communities: tuple[str, ...]    # drawn 1-2
    led_by: tuple[str, ...] = ()    # a likely leadership, drawn sometimes
    weight: float = 1.0


PROFILES: tuple[Profile, ...] = (
    Profile("refugee", ("Refugee Welcome", "Sanctuary Project", "Refugee Support"),
            ("refugees.resettlement", "refugees.asylum_support", "education.esol"),
            ("refugees_asylum", "migrants"), ("refugee_led",), 1.0),
    Profile("immigration_legal", ("Migrant Legal Project", "Immigration Advice Service"),
            ("advice.immigration", "advice.legal"), ("refugees_asylum", "migrants"), (), 0.6),
    Profile("legal", ("Law Centre", "Legal Advice Centre"),
            ("advice.legal", "advice.employment_rights"), ("low_income", "general_public"), (), 0.7),
    Profile("debt", ("Money Advice", "Debt Advice Service", "Advice Centre"),
            ("advice.debt", "advice.welfare_benefits", "advice.consumer"), ("low_income", "families"), (), 1.0),
    Profile("housing_advice", ("Housing Advice", "Tenants Support"),
            ("advice.housing", "housing.tenancy_sustainment"), ("low_income", "homeless"), (), 0.8),
    Profile("homelessness", ("Night Shelter", "Homeless Outreach", "Housing Project"),
            ("housing.homelessness", "housing.supported_housing"), ("homeless", "substance_users"),
            ("user_led",), 0.9),
    Profile("food", ("Food Bank", "Community Pantry", "Community Kitchen"),
            ("poverty.food_support", "poverty.essentials"), ("low_income", "families"), (), 1.3),
    Profile("fuel", ("Warm Homes", "Energy Advice"), ("poverty.fuel_poverty", "advice.consumer"),
            ("older_people", "low_income"), (), 0.5),
    Profile("mental_health", ("Mind", "Wellbeing Network", "Talking Space"),
            ("health.mental_health", "health.counselling", "health.social_prescribing"),
            ("mental_health", "young_people"), ("user_led",), 1.0),
    Profile("recovery", ("Recovery Community", "Recovery Network"), ("health.substance_misuse",),
            ("substance_users", "ex_offenders"), ("user_led",), 0.5),
    Profile("domestic_abuse", ("Women's Aid", "Safe Haven", "Domestic Abuse Service"),
            ("safety.domestic_abuse", "safety.sexual_violence"), ("women_girls", "children"),
            ("women_led",), 0.7),
    Profile("youth", ("Youth Project", "Youth Club", "Young People's Trust"),
            ("youth.youth_clubs", "youth.mentoring"), ("young_people",), ("youth_led",), 1.2),
    Profile("tutoring", ("Homework Club", "Learning Trust"), ("education.tutoring", "education.early_years"),
            ("children", "families"), (), 0.6),
    Profile("employment", ("Jobs Club", "Skills Hub", "Works"),
            ("employment.employment_support", "education.adult_learning", "education.digital_inclusion"),
            ("low_income", "ethnic_minorities"), (), 0.9),
    Profile("older", ("Good Neighbours", "Friendship Club", "Age Well"),
            ("community.befriending", "community.transport"), ("older_people", "rural_isolated"),
            ("older_people_led",), 1.1),
    Profile("disability", ("Disability Forum", "Self Advocacy", "Autism Support"),
            ("disability.learning_disability", "advocacy.self_advocacy", "disability.autism"),
            ("disabled_people", "learning_disabled"), ("disabled_led", "user_led"), 0.8),
    Profile("carers", ("Carers Centre", "Carers Network"), ("family.carers",), ("carers",), (), 0.5),
    Profile("parenting", ("Family Hub", "Parents Together"), ("family.parenting", "education.early_years"),
            ("families", "children"), (), 0.6),
    Profile("lgbt", ("Pride", "LGBT+ Switchboard", "Rainbow Network"),
            ("community.befriending", "health.mental_health", "rights.equality"), ("lgbt",), ("lgbt_led",), 0.5),
    Profile("black_led", ("African Caribbean Association", "Community Voice", "Heritage Collective"),
            ("community.community_organising", "rights.hate_crime", "arts.participatory_arts"),
            ("ethnic_minorities", "young_people"), ("black_minoritised_led",), 0.9),
    Profile("arts", ("Arts Collective", "Heritage Trust", "Community Theatre"),
            ("arts.participatory_arts", "arts.heritage"), ("general_public", "young_people"), (), 0.7),
    Profile("sport", ("Football Club", "Boxing Club", "Active Communities"),
            ("sport.community_sport", "health.physical_activity"), ("young_people", "children"), (), 0.7),
    Profile("environment", ("Community Garden", "Climate Action", "Green Spaces"),
            ("environment.green_spaces", "environment.climate_action"), ("general_public",), (), 0.6),
    Profile("community_centre", ("Community Centre", "Community Hub"),
            ("community.community_centre", "infrastructure.premises"), ("general_public", "families"), (), 0.8),
    Profile("veterans", ("Veterans Hub", "Forces Support"), ("advocacy.independent", "health.mental_health"),
            ("veterans",), (), 0.3),
    Profile("justice", ("Resettlement Project", "Second Chances"),
            ("safety.offender_rehabilitation", "employment.employment_support"), ("ex_offenders",), ("user_led",), 0.4),
    Profile("faith", ("Mosque", "Gurdwara", "Parish Church", "Community Church"),
            ("faith", "poverty.food_support", "community.befriending"), ("general_public", "ethnic_minorities"),
            ("faith_led",), 0.8),
)

# Profile pairs whose services complement each other: the ground truth the demo's ties
# follow and the matcher should rediscover from them.
COMPLEMENTARY: frozenset[frozenset[str]] = frozenset(frozenset(p) for p in (
    ("refugee", "immigration_legal"), ("refugee", "employment"), ("refugee", "mental_health"),
    ("refugee", "housing_advice"), ("refugee", "food"),
    ("legal", "housing_advice"), ("legal", "domestic_abuse"), ("legal", "debt"), ("legal", "refugee"),
    ("debt", "food"), ("debt", "fuel"), ("debt", "housing_advice"), ("debt", "mental_health"),
    ("housing_advice", "homelessness"), ("homelessness", "mental_health"), ("homelessness", "recovery"),
    ("homelessness", "food"), ("domestic_abuse", "housing_advice"), ("domestic_abuse", "mental_health"),
    ("domestic_abuse", "parenting"), ("youth", "tutoring"), ("youth", "sport"), ("youth", "mental_health"),
    ("youth", "black_led"), ("tutoring", "parenting"), ("employment", "justice"), ("employment", "disability"),
    ("employment", "recovery"), ("older", "fuel"), ("older", "carers"), ("older", "faith"),
    ("disability", "carers"), ("lgbt", "mental_health"), ("lgbt", "youth"), ("black_led", "mental_health"),
    ("black_led", "employment"), ("arts", "community_centre"), ("arts", "mental_health"),
    ("sport", "community_centre"), ("environment", "community_centre"), ("environment", "mental_health"),
    ("food", "community_centre"), ("food", "faith"), ("veterans", "housing_advice"), ("veterans", "mental_health"),
    ("justice", "recovery"), ("justice", "housing_advice"), ("carers", "mental_health"),
))


def complementary(a: str, b: str) -> bool:
    return frozenset((a, b)) in COMPLEMENTARY
