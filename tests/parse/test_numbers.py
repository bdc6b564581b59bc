"""Numbers as releases write them. Each case says why it exists."""

import pytest

from pipelines.parse import numbers

MONEY_CASES = [
    # (text, [(value, unit, currency)], why)
    ("reach USD 2.30 Billion by 2030", [(2.3, "billion", "USD")], "the common form"),
    ("worth $1,345.2 billion by 2030", [(1345.2, "billion", "USD")], "thousands separator and dollar sign"),
    ("valued at 28.27 billion in 2023", [(28.27, "billion", None)], "no currency stated: none guessed"),
    ("USD 19140 Million", [(19140.0, "million", "USD")], "unseparated large number"),
    ("US$ 3.4 bn in 2022", [(3.4, "billion", "USD")], "abbreviated scale and US$"),
    ("a 5 m wide film", [], "a length in metres is not money"),
    (
        "EUR 12.5 million and USD 1 trillion",
        [(12.5, "million", "EUR"), (1.0, "trillion", "USD")],
        "two amounts, two currencies",
    ),
    ("A $7.75+ Billion Market by 2030", [(7.75, "billion", "USD")], "'+' after an amount: at least that much"),
    ("stood at USD 1 345.2 million in 2024", [(1345.2, "million", "USD")], "thousands parted by spaces (SI style)"),
    ("the top 5 100 million-dollar deals", [(100.0, "million", None)], "spaced thousands need a currency before"),
    ("to USD 804.3 milion by 2030", [(804.3, "million", "USD")], "a misspelt scale word"),
    ("valued USD 10,74 Bn in year 2023", [(10.74, "billion", "USD")], "a decimal comma before two digits"),
    ("USD 1,345 million", [(1345.0, "million", "USD")], "a comma before three digits parts thousands"),
    ("INR 14,860 crore in 2024", [(148600.0, "million", "INR")], "a crore is ten million, in the contract's words"),
    ("Rs 45 lakh", [(4.5, "million", "INR")], "a lakh is a hundred thousand"),
    (
        "After a long run of flat years with no figure at all, " * 4 + "sales reached US dollars 4.2 billion",
        [(4.2, "billion", "USD")],
        "the longest currency, far into a long sentence, is read before its amount",
    ),
    (
        "in 2019, 2020 2021 1,200.5 million units and USD 5 million",
        [(1200.5, "million", None), (5.0, "million", "USD")],
        "a long run of digits before an amount",
    ),
    ("USD 5 million, EUR 3 billion", [(5.0, "million", "USD"), (3.0, "billion", "EUR")], "amounts back to back"),
]


@pytest.mark.parametrize("text, expected, why", MONEY_CASES, ids=[c[2] for c in MONEY_CASES])
def test_money_amounts(text, expected, why):
    assert [(m.value, m.unit, m.currency) for m in numbers.money_amounts(text)] == expected


RANGE_CASES = [
    ("from 2024 to 2030", [(2024, 2030)], "words between years"),
    ("(2025 - 2032)", [(2025, 2032)], "spaced hyphen"),
    ("2025–2032", [(2025, 2032)], "en dash"),
    ("Forecast Period2024-2029", [(2024, 2029)], "key glued to value"),
    ("2025-32", [(2025, 2032)], "two-digit end year"),
    ("call +1 2024 2030", [], "years must be joined by a dash or word"),
    ("2030-2020", [], "end before start is no period"),
    ("between fiscal 2021 and fiscal 2025", [(2021, 2025)], "fiscal years"),
    ("over FY2020-FY2024", [(2020, 2024)], "FY-prefixed years"),
    ("over FY25–FY32", [(2025, 2032)], "fiscal years of two digits"),
    ("a CONFY25-32 code", [], "'FY' inside a word is no fiscal year"),
]


def test_a_fiscal_year_of_two_digits_is_a_year():
    assert numbers.years("valued at INR 182.6 billion in FY24") == [(2024, 31)]
    assert numbers.end_years("to reach INR 551.2 Billion by FY32") == [(2032, 27)]


@pytest.mark.parametrize("text, expected, why", RANGE_CASES, ids=[c[2] for c in RANGE_CASES])
def test_year_ranges(text, expected, why):
    assert [(s, e) for s, e, _ in numbers.year_ranges(text)] == expected


SENTENCE_CASES = [
    ("Growth is fast. Prices fall.", 2, "two plain sentences"),
    (
        "Players such as Praxair S.T. Technology, Inc., Bodycote and W.R. Grace & Co. lead.",
        1,
        "initials and Inc. end no sentence",
    ),
    ("Otto Chemie Pvt. Ltd and Sophim Iberia S.L. compete. Demand rises.", 2, "legal abbreviations end no sentence"),
    (
        "Players include Paul Hartmann AG and Baxter International Inc. ConvaTec Group plc reported revenue.",
        2,
        "after a company's Inc., a name followed by a verb starts a new sentence",
    ),
    (
        "Vendors include Membratec B.V. and Østerby Energy A/S. The top three hold half of all contracts.",
        2,
        "so do a dotted legal form's (A/S., B.V., S.p.A.)",
    ),
    (
        "Players include GCP Applied Technologies, Inc. Kemper System, Firestone and Johns Manville.",
        1,
        "after Inc., a comma run of names is still the same list",
    ),
    (
        "Players are Dow Inc. and Beardow Adams Ltd. Henkel AG & Co. KGaA, the largest supplier, reported sales.",
        2,
        "the verb after a company's name with abbreviations of its own",
    ),
    ("Leaders are Samsung Electronics Co. Ltd. and LG Chem Ltd. (South Korea) today.", 1, "suffixes and tags follow"),
    ("Players: W. R. Grace & Co.-Conn. (U.S.), Albemarle Corporation (U.S.) and BASF SE.", 1, "a tag goes on"),
    ("Miele & Cie. KG | Jensen-Group NV | Dexter Laundry", 1, "a French company's Cie. ends no sentence"),
    ("Players include McDonald's, Yum! Brands, Inc. and Subway.", 1, "a brand's own exclamation mark ends none"),
    ("Players include: Chr. Hansen (Novonesis), Kerry Group plc and DSM.", 1, "Chr. is an abbreviated first name"),
    (
        "The report profiles Seastrand Polymer Ltd. and Huaxin Paints Co. Market leader Nordvik reported revenue.",
        2,
        "after a company's Co., a name followed by a verb starts a new sentence",
    ),
]


@pytest.mark.parametrize("text, count, why", SENTENCE_CASES, ids=[c[2] for c in SENTENCE_CASES])
def test_split_sentences(text, count, why):
    assert len(numbers.split_sentences(text)) == count


def test_percentages_with_a_space_before_the_sign():
    assert [v for v, _, _ in numbers.percentages("grow at 8.11 % CAGR, or 9%")] == [8.11, 9.0]


def test_percentages_written_in_words():
    assert [v for v, _, _ in numbers.percentages("grow at 9.2 percent annually, 4 per cent a year, 7 Percent")] == [
        9.2,
        4.0,
        7.0,
    ]


def test_percentages_with_a_decimal_comma():
    """European pages write "CAGR 12,4 %"; a comma before one or two digits is never a thousands comma."""
    assert [v for v, _, _ in numbers.percentages("při CAGR 12,4 % a podílu 47 %")] == [12.4, 47.0]
    assert [v for v, _, _ in numbers.percentages("shares of 38%, 12% and 1,250%")] == [38.0, 12.0]


@pytest.mark.parametrize(
    "text, currency",
    [("CHF 14.1 billion", "CHF"), ("2.3 billion EUR", "EUR"), ("RMB 5 billion", "CNY"), ("fraud 5 billion", None)],
    ids=["code before", "code after", "RMB is the yuan", "letters inside a word are no code"],
)
def test_currency_codes(text, currency):
    assert [m.currency for m in numbers.money_amounts(text)] == [currency]


def test_a_currency_code_glued_to_a_keys_year_is_the_amounts_currency():
    [amount] = numbers.money_amounts("Market Size in 2025USD 658.9 Mn")
    assert (amount.value, amount.unit, amount.currency) == (658.9, "million", "USD")


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("A$ 4.37 billion", "AUD"),
        ("R$ 6.84 billion", "BRL"),
        ("RM 1.46 billion", "MYR"),
        ("MX$ 18.7 billion", "MXN"),
        ("N$ 7.84 billion", "NAD"),
        ("J$19.6 billion", "JMD"),
    ],
    ids=["Australia's dollar", "Brazil's real", "Malaysia's ringgit", "Mexico's peso", "Namibia's", "Jamaica's"],
)
def test_other_countries_dollar_signs_name_their_currencies(text, currency):
    assert [m.currency for m in numbers.money_amounts(text)] == [currency]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("reach R41.2bn by 2032", "ZAR"),
        ("KSh 38.2 billion in 2024", "KES"),
        ("PHP 132.5 billion in 2024", "PHP"),
        ("TRY 16.9 billion", "TRY"),
        ("R&D spend of 5 billion", None),
        ("stood at N1.86 trillion in 2024", "NGN"),
        ("values the market at GH₵2.96 billion", "GHS"),
        ("was worth Tk 158.4 billion", "BDT"),
        ("was worth ₡512 billion", "CRC"),
        ("sizes its market at GTQ 8.9 billion", "GTQ"),
        ("put the value at TSh 402.7 billion", "TZS"),
        ("accounted for NIS 388 million of sales", "ILS"),
        ("was estimated at KD 286 million", "KWD"),
        ("a 5 kd 3 billion", None),
        ("reached FJ$ 704 million in 2025", "FJD"),
        ("was worth GEL 1.08 billion", "GEL"),
        ("a gel 5 billion", None),
        ("was worth Rs 512 billion in 2024", "INR"),
        ("was worth Rs. 9,870 crore in 2024", "INR"),
        ("hers 5 billion", None),
        ("was worth LAK 6.1 trillion in 2024", "LAK"),
        ("the top 5 million users", None),
        ("at ZWL 2.64 trillion", "ZWL"),
        ("sales of FCFA 538.6 billion", "XOF"),
        ("about RD$ 57.3 billion", "DOP"),
        ("reached S/ 842.6 million in 2024", "PEN"),
        ("approximately Ar 2,790 billion", "MGA"),
        ("an AR 5 billion", None),
        ("was worth RM4.35 billion in 2024", "MYR"),
        ("Market size, 2024: ₭ 8.6 trillion", "LAK"),
        ("Armenia Brandy Market: ֏186.4 billion", "AMD"),
        ("reached ₸ 912 billion", "KZT"),
        ("was worth JD 96.3 million in 2024", "JOD"),
        ("a jd 5 billion", None),
        ("stood at BD 72.4 million in 2024", "BHD"),
        ("reached KM 968.4 million in 2024", "BAM"),
        ("a 968 km 5 million", None),
    ],
    ids=[
        "the rand glued to its amount",
        "Kenya's shilling",
        "a code",
        "another code",
        "an R that is no rand",
        "Nigeria's naira as its papers write it",
        "Ghana's cedi",
        "Bangladesh's taka",
        "Costa Rica's colón sign",
        "Guatemala's quetzal by its code",
        "Tanzania's shilling",
        "Israel's new shekel as its papers write it",
        "Kuwait's dinar as its papers write it",
        "a lower-case 'kd' is no dinar",
        "Fiji's dollar",
        "Georgia's lari by its code",
        "a lower-case 'gel' is no lari",
        "the rupee as South Asian papers write it: India's unless the page's market is another country's",
        "the rupee with its dot",
        "an 'rs' ending a word is no rupee",
        "any ISO 4217 code, in capitals",
        "in lower case such a code may be a word",
        "Zimbabwe's dollar, gone from the current ISO table",
        "the CFA franc: West Africa's unless the market is Central Africa's",
        "the Dominican peso's dollar sign",
        "Peru's sol",
        "Madagascar's ariary",
        "in capitals, 'AR' is no ariary",
        "Malaysia's ringgit glued to its amount",
        "the kip's sign",
        "the dram's sign",
        "the tenge's sign",
        "Jordan's dinar as its papers write it",
        "but not in lower case",
        "Bahrain's dinar as its papers write it",
        "Bosnia and Herzegovina's convertible mark as its papers write it",
        "a lower-case 'km' is no mark",
    ],
)
def test_currencies_as_local_papers_write_them(text, currency):
    (amount,) = numbers.money_amounts(text)
    assert amount.currency == currency
