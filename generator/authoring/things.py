"""The last words that make a capitalised run a thing, a place, an event, a storm or a law, which
names no person and no body: "the Tom Price mine", "Government Wharf", "the 2034 World Cup",
"Cyclone Ilda", "the General Data Protection Regulation".
"""

# Lowercase nouns after a run that make it a thing, not a person or a body: "the Tom Price mine".
THING_NOUNS = frozenset({"mine", "mines", "plant", "plants", "refinery", "factory", "field", "oilfield", "dam",
                         "pipeline", "project", "address", "speech", "summit", "agreement", "deal", "treaty",
                         "accord", "pact", "plan", "bill", "law", "act", "doctrine", "strategy", "initiative",
                         "programme", "program", "scheme", "award", "prize", "index", "bond", "bonds", "note",
                         "notes", "protocol", "declaration", "era", "crisis", "war", "conflict", "region", "area",
                         "basin", "corridor", "route", "highway", "railway", "line", "metro", "model", "brand",
                         "phone", "car", "cars", "vehicle", "vehicles", "rainforest", "forest", "desert", "coast",
                         "site", "province", "district", "county", "prefecture", "governorate", "station", "mill",
                         "crude", "futures",
                         # "the Hauts-de-France and Grand Est regions", "the Lunar New Year holiday"
                         "regions", "provinces", "districts", "counties", "prefectures", "municipalities",
                         "constituencies", "crossing", "checkpoint", "holiday", "holidays",
                         "jetty", "pier", "wharf", "quay", "terminal", "end"})  # "the Tanjung Balau jetty", "the … end"
# Last words of places and buildings: "Great Hall", "Downing Street", "La Moneda Palace".
# The words that open a place's name in other languages: "Calle Larga", "Rua Augusta", "Piazza Navona".
# A ship's prefix opens a vessel's name, no body's: "MV Isle of Jura", "HMS Albion", "RRS Discovery".
VESSEL_PREFIXES = frozenset({"MV", "RRS", "HMS", "USS", "SS", "RMS", "HMCS", "HMAS", "HMNZS", "FV"})
VESSEL_LAST = frozenset({"maru"})  # a Japanese ship's last word: "the Kotoshiro Maru No. 8"
# A palace's first word: "the Palais Bourbon", "the Palais des Nations" (though "Nations" names bodies)
PALACES = frozenset({"palais", "palacio", "palácio", "palazzo", "château", "schloss"})
PLACE_FIRST = frozenset({"greater", "co", "county", "river", "lake", "mount", "loch", "lough", "porte", "calle",
                         "avenida", "rua", "rue", "via", "viale", "piazza", "praça", "praca", "paseo", "jirón",
                         "camino", "boulevard", "plaza", "cerro", "isla", "ilha", "lago", "río", "quai", "place",
                         "córrego", "arroyo", "quebrada", "ribeirão", "ciudad", "barangay", "sitio", "purok",
                         "wheal"}) | PALACES  # a Cornish mine: "Wheal Trenowan"
PLACE_WORDS = frozenset({"street", "avenue", "road", "square", "hill", "palace", "hall", "building", "tower",
                         "bridge", "airport", "station", "park", "river", "sea", "ocean", "strait", "island",
                         "islands", "mountains", "base", "valley", "peninsula", "gulf", "bay", "lake", "canal",
                         "port", "harbour", "harbor", "district", "county", "province", "city", "town", "village",
                         "region", "coast", "desert", "plaza", "stadium", "cathedral", "temple", "mosque", "embassy",
                         "consulate", "capitol", "one", "point", "pier", "quay", "wharf", "marina", "beach", "falls",
                         "headland", "greenway", "range", "ridge", "plateau", "delta", "highlands", "highway",
                         "motorway", "expressway", "freeway", "railway", "marshes", "wetlands", "wetland",
                         "swamp", "lagoon", "reef", "glacier", "volcano", "darya",  # "Amu Darya": a river
                         "creek", "dock", "docks", "row", "close", "crescent", "terrace", "mews", "gardens",
                         "prefecture", "governorate", "oblast", "heights", "drive", "parkway", "parade", "springs",
                         "vale", "reservoir", "reservoirs", "pond", "hills", "cove", "canyon", "estuary", "zone",
                         "rd", "ave", "blvd", "hwy"})  # "Te Ngae Rd"
# Last words of events, named like bodies: "the 2034 World Cup", "the Paris Olympics".
EVENT_WORDS = frozenset({"cup", "championship", "championships", "olympics", "games", "tournament", "expo", "festival",
                         "biennial", "biennale", "triennial",
                         "marathon", "war", "wars", "revolution", "uprising", "massacre",  # "the Chaco War"
                         "week", "prize", "award", "medal", "trophy",  # "Holy Week", "the Hallinan Prize"
                         "election", "referendum", "fire", "wildfire"})  # "the Chumstick Fire"
LAW_WORDS = frozenset({"act", "regulation", "regulations", "directive", "bill", "law", "treaty", "convention",
                       "protocol", "accord", "charter", "constitution", "amendment", "ordinance", "decree", "code"})
# Last words of built places, whatever words come before: "Government Wharf", "Parliament Square".
STRUCTURES = frozenset({"route", "wharf", "pier", "quay", "jetty", "bridge", "street", "road", "avenue", "square",
                        "airport", "stadium", "palace", "tower", "building", "plaza", "cathedral", "mosque", "temple",
                        "highway", "motorway", "tunnel", "pass"})  # "the Brenner Base Tunnel", "the Brenner Pass"
# What a numeral after it makes a part of something: "Phase II", "Terminal 3".
NUMBERED = frozenset({"phase", "stage", "tier", "level", "part", "chapter", "section", "article", "round", "grade",
                      "zone", "block", "lot", "gate", "terminal", "pier", "platform", "unit", "reactor", "runway",
                      "appendix", "annex", "schedule", "title", "clause", "paragraph", "pillar", "category"})
# What a holiday's name opens with before "Day" ("Memorial Day"), unlike a family name ("Doris Day").
DAYS = frozenset({"memorial", "labor", "labour", "independence", "victory", "thanksgiving", "boxing", "christmas",
                  "remembrance", "veterans", "veterans'", "anzac", "bastille", "armistice", "election", "polling",
                  "budget", "inauguration", "valentine's", "mother's", "father's", "presidents'", "earth",
                  "national", "international", "world", "republic", "unification", "reunification", "liberation"})
STORMS = frozenset({"cyclone", "hurricane", "typhoon", "storm"})  # "Cyclone Ilda" names weather, not a person
