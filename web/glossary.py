"""The words and measures partnermap shows, in plain English: the help page's glossary
(/help, /api/help) and the one-line hint beside each measure where it appears
(the `term_hint` macro in templates/macros.html).

Each entry says what the measure is, how it is worked out here (so it matches the code:
graph/analysis, matcher) and how to read it. A test holds every hint used in a template to
an entry here.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

__all__ = ["Term", "TERMS", "term", "glossary"]


@dataclass(frozen=True)
class Term:
    key: str
    name: str
    short: str      # the inline hint: one sentence
    long: str       # the glossary entry: how it is worked out and how to read it

    @property
    def anchor(self) -> str:
        return self.key.replace("_", "-")

    def to_dict(self) -> dict:
        return {**asdict(self), "anchor": self.anchor}


TERMS: tuple[Term, ...] = (
    Term("complementary_partner", "Complementary partner",
         "An organisation that serves the same people or place as you, with different services.",
         "Partners bring complementary skills and experience: they share your communities or area but "
         "offer something you do not. The partner finder ranks them and says why for each one."),
    Term("match_score", "Match score",
         "How likely, from 0 to 1, a partnership between the two would be, judged from partnerships already recorded.",
         "A model (logistic regression) is trained on the collaboration ties already in the data: which kinds "
         "of organisations work together, which services complement each other, shared communities and places, "
         "shared partners. The score is its probability, from 0 to 1. Each suggestion lists the reasons that "
         "weighed most. Where a simple network rule (such as shared partners) beat the model on this data's own "
         "held-out ties, suggestions are ranked by that rule instead, and say so."),
    Term("fairness", "Fairness re-ranking",
         "Lifts smaller and marginalised-led organisations up the list so they are not buried by larger ones.",
         "Every stretch of the suggestion list keeps at least a set share of small (income under £100,000 or "
         "unregistered) or marginalised-led organisations where well-matched ones exist (a FA*IR-style "
         "re-ranking). Suggestions moved up say so, and the page reports their share of attention with and "
         "without re-ranking."),
    Term("champion_score", "Champion score",
         "How much an organisation spans boundaries and brings others together, from 0 (none) to 1 (the most here).",
         "Five measures, each turned into a percentile rank among the organisations with collaboration ties, "
         "weighted and added: betweenness (others reach each other through it, 30%), cross-group brokerage "
         "(it links sectors, places and communities with no tie of their own, 25%), groups spanned (15%), "
         "effective size (its contacts are not redundant, 10%) and dependants (organisations that reach the "
         "rest only through it, 20%). Funding ties do not count: a funder with many grants is not a champion."),
    Term("core", "Core and periphery",
         "The core is the tightly knit group at the centre of a network; the periphery hangs on at its edges.",
         "The core is found from the collaboration ties by k-core decomposition: the largest set of "
         "organisations each tied to at least k others in the set. A strong core of three to five partners with "
         "a wider network around it is a common healthy shape. Organisations outside it are peripheral."),
    Term("isolated_group", "Isolated group",
         "An organisation, or a small group, with no collaboration route to the rest of the network, or only one.",
         "Three kinds: working alone (no collaboration ties recorded), small groups cut off (tied only to each "
         "other) and on the edge (outside the network's 2-core, reaching it through one or two organisations). "
         "Only collaboration ties count: two groups funded by the same funder are still isolated from each other. "
         "Where a place has no collaboration ties recorded at all, every organisation shows as isolated, and the "
         "page says so."),
    Term("introduction_strength", "Introduction strength",
         "How good an introduction would be, from 0 to 1: the partner must fit the group and connect it to the network.",
         "Fit (from the partner finder's model, or where it has nothing to offer, shared communities, places and "
         "services the group lacks) multiplied by how well the partner is connected (a champion most, then the "
         "core, then the main network), scaled so 1 is a perfect fit with a champion."),
    Term("structural_hole", "Structural hole",
         "Two clusters that serve the same people but have few or no ties between them.",
         "Clusters are found in the collaboration network (Leiden community detection); a structural hole is a "
         "pair of clusters whose members share communities served but have fewer ties between them than their "
         "sizes would lead you to expect. Someone who bridges the hole can pass on referrals and knowledge."),
    Term("cut_point", "Single point of failure",
         "An organisation or a tie whose loss would cut others off from the rest of the network.",
         "Articulation points and bridges of the collaboration network: remove one and the network falls into "
         "more pieces. The page says how many organisations would be cut off."),
    Term("gap", "Gap",
         "Need recorded for a community or service in a place, with no organisation there providing for it.",
         "Gaps are shown only where need is recorded (a need import: deprivation indices, a funder's survey). "
         "The coverage table counts organisations serving each community with each family of services; an "
         "empty cell is marked as a gap only where need is recorded for its community or service."),
    Term("recorded_need", "Recorded need",
         "How much a place needs a service or a community needs support, from a source such as the deprivation indices.",
         "Imported with `partnermap import need`, as a level from 0 to 1. Places without it say so: no need "
         "recorded does not mean no need."),
    Term("hhi", "Concentration (HHI)",
         "How concentrated funding is in a few hands, from near 0 (spread widely) to 1 (one funder or recipient has it all).",
         "The Herfindahl-Hirschman index: the sum of the squares of each funder's (or recipient's) share of the "
         "money. Below 0.15 is usually read as unconcentrated, 0.15 to 0.25 as moderately concentrated and "
         "above 0.25 as highly concentrated."),
    Term("gini", "Inequality (Gini)",
         "How unequally money is shared among recipients, from 0 (everyone gets the same) to 1 (one gets it all).",
         "The Gini coefficient of the amounts each recipient in the place received: half the average "
         "difference between any two recipients' amounts, divided by the average amount. A few large grants "
         "among many small ones give a high Gini even when many organisations are funded."),
    Term("lens", "Collaboration and funding lenses",
         "Which ties a view reads: collaboration (partnerships, referrals, contracts, co-location, networks, "
         "shared trustees, mergers) or funding.",
         "Partner suggestions, champions, isolation, the core and structural holes read collaboration ties; "
         "funders have their own views. Being funded by the same funder is not a collaboration."),
    Term("inferred", "Inferred",
         "A service, community or sector we worked out from an organisation's own words or identifiers, not stated by a source.",
         "Read by a text classifier trained on hand-tagged UK charities, or keyword rules, with a confidence and "
         "the evidence. Inferred values never overwrite what a source stated."),
    Term("size_band", "Size",
         "Size by annual income: micro (under £10,000), small (under £100,000), medium (under £1m), large "
         "(under £10m), major.",
         "Size comes only from income, as the sector's own statistics (NCVO Almanac) band it; an organisation "
         "with no income recorded is 'size unknown', never counted as small. Groups with no charity number "
         "(below the radar) are flagged as unregistered."),
    Term("led_by", "Led by",
         "Who leads the organisation, where a source says: user-led, Black and minoritised-led, LGBT+-led, "
         "disabled-led, women-led, refugee-led and similar.",
         "Leadership is recorded only where a source says so (a register, a DEI data standard, an import); "
         "nothing is guessed. Marginalised-led organisations are surfaced, not buried, by the partner finder's "
         "fairness re-ranking and come first among isolated groups."),
)

_BY_KEY = {t.key: t for t in TERMS}


def term(key: str) -> Term:
    """The glossary entry for `key` (KeyError for a term the glossary lacks: a test checks
    every hint the templates use)."""
    return _BY_KEY[key]


def glossary() -> list[dict]:
    return [t.to_dict() for t in sorted(TERMS, key=lambda t: t.name.lower())]
