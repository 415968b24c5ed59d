#!/usr/bin/env python3
"""Write mailbot's development corpus dev122: tests/corpus/dev122/*.eml + expected.toml.

The angle: the user Alex is a senior product manager at Isarbyte, a Munich software company
that sells dispatch and route-planning SaaS. Everybody who writes to Alex on LinkedIn writes
in the clipped, low-effort style of a phone: one or two lines, lowercase, no greeting, typos,
emoji. The good ones are terse too, but carry a real reason (a free ProductTank evening, a
reading circle, a job with a salary band, an introduction to a dispatcher for user research,
a peer's question). The rest: roadmap and analytics tool sellers, nearshore dev shops, UX and
pricing agencies, ESOP "advisers" and insurance brokers, paid coaching behind free
communities, podcasts that charge their guests, endorse-me-back from scrum masters and job
seekers, hostility after being ignored. Notes are mostly German and English, some Spanish,
Italian and French; LinkedIn's own wording is German or English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient headline, the job-alert and
news titles, the headlines of spoof-only names and PYMK suggestions, and the pitches that
spoofs carry are swapped for this world in this process only (make_corpus.py itself is not
changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev122.py              # writes tests/corpus/dev122
    python scripts/make_corpus_dev122.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261222

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the product world (this process only)
SKILLS = {
    "en": ["Product Management", "Product Discovery", "Roadmapping", "Agile Methodologies", "User Research", "B2B SaaS"],
    "de": ["Produktmanagement", "Product Discovery", "Roadmap-Planung", "Agile Methoden", "User Research", "SaaS"],
    "fr": ["Gestion de produit", "Product Discovery", "Roadmap produit", "Méthodes agiles", "Recherche utilisateur"],
    "es": ["Gestión de producto", "Product Discovery", "Roadmap de producto", "Metodologías ágiles", "Investigación de usuarios"],
    "it": ["Product Management", "Product Discovery", "Roadmap di prodotto", "Metodologie agili", "Ricerca utente"],
}
RHEADLINE = {
    "en": "Senior Product Manager at Isarbyte (dispatch & route planning SaaS), Munich",
    "de": "Senior Product Manager bei Isarbyte GmbH – Tourenplanung & Disposition als SaaS",
    "fr": "Senior Product Manager chez Isarbyte, Munich",
    "es": "Senior Product Manager en Isarbyte, Múnich",
    "it": "Senior Product Manager presso Isarbyte, Monaco di Baviera",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
# Alex reads LinkedIn in German or English: spoofs and LinkedIn's other mail use those two.
mc.LANGS[:] = ["de", "en", "de", "en", "de"]
mc.CITY["de"] = ["München", "Garching bei München", "Augsburg", "Regensburg", "Ingolstadt", "Rosenheim", "Nürnberg", "Freising"]
mc.CITY["en"] = ["Munich", "Berlin", "London", "Amsterdam", "Dublin", "Zürich"]
mc.COMPANIES["good"] = ["Flinkwerk", "Tourfix", "Kornblum Mobility", "Spedion Cloud", "Lagerwerk", "Fleetgrid", "TUM", "Isarbyte"]
mc.COMPANIES["sales"] = ["Roadmapster", "Flagwerk", "Northloop UX", "Synthly", "Roadloop", "DevTeam.ua", "Testpilot Labs", "Transkripto",
                         "Produktwerk Academy", "LeadRocket"]
mc.HEADLINES["good"] = ["Product Lead at {co}", "Senior Product Manager | {co}", "Head of Product at {co}", "UX Researcher at {co}",
                        "Engineering Manager at {co}", "Product Designer | {co}", "Talent Partner Product & Tech at {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "SDR @ {co} | we book demos", "Founder & CEO at {co}", "Partnerships | {co}",
                         "Helping SaaS teams ship faster | {co}", "Business Development DACH at {co}"]
mc.JOBS[:] = [("Senior Product Manager (m/w/d)", "Spedion Cloud"), ("Lead Product Manager – Logistics", "Fleetgrid"),
              ("Head of Product", "Kornblum Mobility"), ("Product Owner Tourenplanung (m/w/d)", "Lagerwerk"),
              ("Group Product Manager, Platform", "Tourfix")]
retitle_other({
    "de": dict(job=("{n} neue Jobs für „Product Manager“", "Ihr Jobalarm für Product Manager in {city}"),
               news="Wird KI die Produktmanager ersetzen? Was Münchner Scaleups sagen",
               group="Top-Unterhaltungen in Produktmanagement DACH",
               newsletter="Produktnotizen: Warum eure Roadmap keine Liste sein sollte"),
    "en": dict(job=("{n} new jobs for \"senior product manager\"", "Your job alert for senior product manager in {city}"),
               news="Are product managers the next layer to be cut?",
               group="Top conversations in Product Management Europe",
               newsletter="The Discovery Digest: interviewing users who hate you"),
})
mc.INMAIL_SUBJECTS["de"]["sales"] = ["kurze frage", "roadmap tool?", "idee für isarbyte", "15 min?", "eure devs"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["quick q", "ur roadmap", "idea for isarbyte", "15 min?", "re: your product team"]
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["petite question", "votre roadmap", "15 min ?"]
mc.INMAIL_SUBJECTS["es"]["sales"] = ["pregunta rápida", "vuestro roadmap", "¿15 min?"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["domanda veloce", "la vostra roadmap", "15 min?"]

# What spoofs carry when they borrow a name: pitches and phishes, in everybody's clipped style.
SPOOF_PITCH = {
    "en": ["hey {first} pls review the nda for the partnership, sign here before eod 👉",
           "{first} ur isarbyte account is listed in our api partner program, confirm ur seat via the login link, expires 24h"],
    "de": ["hi {first}, kurz die rechnung für euren jira-export prüfen? link zum portal anbei, danke 🙏",
           "{first} hab dir das angebot über onedrive geteilt, einfach mit firmenmail anmelden"],
    "fr": ["salut {first}, je t'ai partagé le devis sur drive, connecte-toi avec ton mail pro pour le voir",
           "{first} ta facture est dispo, valide-la ici avant ce soir stp"],
    "es": ["hola {first}, te he compartido el contrato por drive, entra con tu cuenta de empresa para firmarlo",
           "{first} tu factura está pendiente, confírmala aquí hoy porfa"],
    "it": ["ciao {first}, ti ho condiviso il preventivo, accedi con la mail aziendale per vederlo",
           "{first} la fattura è in scadenza, confermala dal portale entro oggi"],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Lena Brandstätter", "Product Lead bei Flinkwerk | Orga ProductTank München", "München",
  ("inv", "hi alex, am 12.3. is wieder producttank bei uns im werksviertel, eintritt frei, pizza & bier 🍕 "
          "suchen noch wen für nen 10 min lightning talk zu discovery, hättest du bock?"),
  ("rem",))
P("good_invitation", "en", "Dev Raghunathan", "Solo PM @ Quillstack (seed) | ex-Zalando", "Berlin",
  ("inv", "read ur post on killing features, hit home. only pm in a 6 person team n drowning in feature reqs lol. "
          "could i ask u 2 quick q's on how u say no to sales? coffee on me next time im in muc"))
P("good_invitation", "de", "Mirjam Oesterle", "Talent Partner Product & Tech | Kornblum Mobility", "München",
  ("inv", "hey alex - hiring a head of product for our ev charging app, munich/hybrid, 120-140k + vsop. in-house, no agency. "
          "ur b2b saas background fits v well, open to a chat?"),
  ("rem",), nl="en")
P("good_invitation", "en", "Tomás Ibarra", "UX Researcher (freelance) | B2B SaaS", "Madrid",
  ("inv", "hola alex! llevo un slack gratuito de pms y researchers madrid–munich, cada mes alguien presenta un caso real de discovery. "
          "te paso el enlace? 🙌"), nl="es")
P("good_invitation", "de", "Chiara Valsecchi", "Product Designer @ Nuvolaria | ex Isarbyte", "Milano",
  ("inv", "ciao alex!! sono chiara, team design isarbyte 2021 🙂 ho perso il vecchio account. ti mando il nuovo flusso di onboarding "
          "che abbiamo fatto a milano, l'ho copiato un po' dal tuo 😅 mi dici che ne pensi?"), nl="it")
P("good_invitation", "de", "Konstantin Weller", "Werkstudent Produktmanagement | M.Sc. Wirtschaftsinformatik TUM", "München",
  ("inv", "hallo alex, schreib meine masterarbeit über priorisierung in b2b saas teams. hättest du 20 min für ein interview? "
          "die ergebnisse schick ich dir dann natürlich 🙏"),
  ("rem",))
P("good_invitation", "en", "Maëlle Kerhervé", "Product Manager @ Sanitas Connect | co-orga Product Camp Lyon", "Lyon",
  ("inv", "salut alex, je co-organise le product camp lyon (gratuit, sam. 5 oct), on cherche 1-2 speakers de munich sur la discovery b2b. "
          "ça te dit ? ça peut se faire en anglais"), nl="fr")


# =============================================================== default_invitation
P("default_invitation", "de", "Ramona Lichtenecker", "Sales Development Representative | HR-Software", "Augsburg", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Brandon Keely", "Growth | SaaS | Web3 | DM me", "Austin", ("inv", NONOTE))
P("default_invitation", "de", "Ömer Kaya", "Freelance SAP Consultant", "Nürnberg", ("inv", NONOTE), ("rem",))
P("default_invitation", "en", "Fabio Pellegrini", "IT Project Manager | Outsourcing", "Bari", ("inv", DEFAULT), nl="it")


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jake Morrissey", "Account Executive @ Roadmapster | roadmaps execs actually read", "Dublin",
  ("inv", "alex – roadmapster turns ur jira mess into an exec-ready roadmap in 1 click. got 15 min thurs for a demo? 🚀"))
P("sales_invitation", "de", "Sandra Pfisterer", "Partner Managerin | Nearshore Development Krakau & Lemberg", "Regensburg",
  ("inv", "hi alex, falls ihr dev kapazität braucht: senior react leute ab 45€/h, start in 2 wochen. kurz telefonieren die woche?"),
  ("rem",))
P("sales_invitation", "de", "Iván Castellanos", "Outbound para SaaS B2B | 20 reuniones/mes", "Valencia",
  ("inv", "alex, llenamos la agenda de equipos saas con 15-20 reuniones cualificadas al mes. te lo explico en 10 min? 📈"), nl="es")
P("sales_invitation", "de", "Markus Hinterberger", "Finanzplanung für Tech-Angestellte | VSOP & ESOP", "München",
  ("inv", "moin alex, die meisten pms bei münchner scaleups verschenken kohle bei ihren vsops 🙈 zeig dir in 20 min wie mans "
          "steuerlich sauber macht. passt mittwoch?"))
P("sales_invitation", "en", "Priyanka Sethi", "Founder @ Synthly | AI that synthesizes user interviews", "London",
  ("inv", "hey alex, synthly turns 10 user interviews into a themed insight report in 5 min. want early-bird pricing before we raise? lmk 🙏"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Florian Gschwendtner", "Agile Coach | Host PM-Stammtisch Schwabing", "München",
  ("inv", "hey alex, mach nen kleinen pm stammtisch in schwabing, 1x im monat im vorstadtcafé, einfach austausch unter produktleuten. bist dabei?"),
  ("msg", "danke fürs connecten 🙌 kurz in eigener sache: biete jetzt 1:1 product coaching an, 8 sessions für 1.900€, "
          "für stammtisch-leute 20% rabatt. interesse?", (4, 12)),
  ("msg", "und, überlegt? hätt noch einen platz im märz frei 😉", (6, 18)))
P("bait_and_switch_invitation", "en", "Nadia Okonjo", "Founder, Product Leaders Circle DACH | 2k+ members", "Zürich",
  ("inv", "alex! we run a private circle of senior pms in dach – monthly AMA w/ cpos, slack, no fluff. free to join, want in?"),
  ("msg", "welcome 🎉 quick one – our pm leadership bootcamp kicks off in may, €2,400 for a 12-person cohort, early bird ends fri. "
          "shall i send the syllabus?"))
P("bait_and_switch_invitation", "de", "Gianluca Ferretti", "Product Owner | Logistica & Trasporti", "Verona",
  ("inv", "ciao alex, domanda da pm a pm: come gestite le richieste dei clienti enterprise vs la roadmap? ci sbatto la testa da mesi 😅"),
  ("msg", "grazie mille della risposta, utilissima! tra l'altro collaboro con un team di sviluppo a timișoara, se vi servono dev a 38€/h "
          "ti mando il listino?"),
  ("msg", "alex ti giro il listino aggiornato 👇 offerta valida fino a fine mese, fammi sapere", (10, 30)), nl="it")
P("bait_and_switch_invitation", "de", "Sophie Rehberger", "Content Lead @ Produktwerk Academy", "Köln",
  ("inv", "hallo alex, wir verschenken grad unser discovery playbook (60 seiten pdf) an pms aus münchen. soll ichs dir schicken?"),
  ("msg", "hier das playbook 📘 übrigens: im april startet unser kurs 'certified product owner', 1.490€ netto, geht auch auf firmenrechnung. "
          "soll ich dir n platz blocken?"))
P("bait_and_switch_invitation", "en", "Rocío Valderrama", "Research Lead @ Métrica360", "Sevilla",
  ("inv", "hola alex! hago un estudio sobre herramientas de product analytics en europa, 5 min de encuesta y te mando el informe completo. te animas?"),
  ("msg", "gracias por conectar 😊 te cuento, en métrica360 tenemos analytics para saas b2b y me encantaría enseñártelo. demo con tu equipo esta semana?"),
  ("msg", "alex, te dejo hueco el jueves a las 11, te va bien? el informe te lo paso después de la demo 😉", (3, 9)), nl="es")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Benedikt Aschauer", "Founder @ Leitfaden.io", "Linz",
  ("inm", "Frage zu eurem Onboarding", "hi alex, hab euer onboarding durchgeklickt, der 3. schritt is echt clever. wie habt ihr den aha-moment gemessen? bin neugierig"),
  ("inm", "Re: Frage zu eurem Onboarding", "danke für die antwort!! btw genau dafür baun wir ein tool, in-app guides ohne code. 14 tage testen oder ich zeigs dir live?"))
P("bait_and_switch_inmail", "en", "Kayla Brennan", "Host of 'Ship It or Skip It' | product podcast", "Manchester",
  ("inm", "podcast guest? 🎙️", "hey alex, i host ship it or skip it (3k listeners, mostly pms). would love u on for an ep about b2b discovery, u in?"),
  ("inm", "Re: podcast guest? 🎙️", "yay!! quick heads up, guest slots are sponsored – €450 covers editing & promo. sending invoice + calendly now"),
  ("inm", "invoice", "hey just checking u got the invoice, need it settled b4 we can book the recording 🙏", (3, 10)))
P("bait_and_switch_inmail", "de", "Thibault Maréchal", "Conseiller patrimonial | expatriés en Allemagne", "Frankfurt am Main",
  ("inm", "ton talk au productcon", "salut alex, j'ai adoré ton talk au productcon munich, t'aurais les slides ? 🙏"),
  ("inm", "merci !", "merci pour les slides ! au fait je conseille les salariés tech expatriés pour leur retraite et leur épargne, "
                     "on se fait un point de 30 min la semaine pro ?"), nl="fr")


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Tim Oberländer", "Scrum Master | SAFe | Jira", "Ingolstadt",
  ("end",), ("end",),
  ("msg", "hab dich für {skill} bestätigt 👍 kannst du mir im gegenzug scrum und jira bestätigen? würd mir grad echt helfen"))
P("endorse_me_back", "en", "Shay Donnelly", "Agile Coach | Speaker", "Cork",
  ("end",),
  ("msg", "endorsed u for {skill}, return the fav? agile coaching + facilitation pls 🙏"))
P("endorse_me_back", "de", "Nuria Salcedo", "UX Writer | buscando nuevo reto", "Barcelona",
  ("end",), ("end",),
  ("msg", "te he validado {skill} 😊 me devuelves el favor con ux writing y content design? estoy buscando curro y ayuda un montón"), nl="es")
P("endorse_me_back", "en", "Davide Pozzoli", "Product Analyst | SQL | Amplitude", "Milano",
  ("end",),
  ("msg", "ti ho confermato {skill} 💪 ricambi con product analytics e sql? grazie mille"), nl="it")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Chad Wexler", "VP Sales | SaaS | Closer", "Denver",
  ("inv", "alex quick q - who owns the tooling budget in product at isarbyte?"),
  ("rem",),
  ("inm", "seriously?", "3 weeks. no accept, no reply. pms like u are exactly why saas sales is broken. enjoy ur ivory tower"))
P("hostility_after_decline", "de", "Uwe Strobl", "Vertrieb | IT-Dienstleistungen", "Passau",
  ("inv", DEFAULT),
  ("inm", "Ignoriert?", "wow einfach ignoriert. so viel zum thema netzwerken. arroganz hoch zehn, echt"))
P("hostility_after_decline", "de", "Svenja Kronawitter", "Product Owner | Agile | Kaffee", "Rosenheim",
  ("inv", "hi alex, würd gern connecten, bin auch im produkt bereich unterwegs 🙂"),
  ("inm", "???", "du lehnst mich ab?? wir ham 14 gemeinsame kontakte. peinlich für jemanden mit 'senior' im titel"))
P("hostility_after_decline", "de", "Massimiliano Ghezzi", "Business Developer | Software House", "Brescia",
  ("inv", "ciao alex lavoro in una software house, possiamo collegarci?"),
  ("rem",),
  ("inm", "complimenti", "ok ho capito, troppo importante per rispondere. maleducato. buona fortuna col tuo prodottino"), nl="it")


# =============================================================== hostility_connection
P("hostility_connection", "de", "Dominik Faltermeier", "Founder | UX-Audits für SaaS", "Landshut",
  ("msg", "servus alex, wir machen ux audits für saas produkte, fixpreis 4,9k. schon mal überlegt?"),
  ("msg", "hallo?? zweimal geschrieben, null reaktion. bisserl respekt wär schon drin, du bist auch nur pm und kein ceo"))
P("hostility_connection", "en", "Logan Pryce", "QA Outsourcing | Testpilot Labs", "Belfast",
  ("acc",),
  ("msg", "thx for connecting! we do qa outsourcing, 30% cheaper than in-house. call next week?"),
  ("msg", "u invite ME and then ghost? thats just rude. super unprofessional tbh"))
P("hostility_connection", "en", "Borja Etxeberria", "Customer Support Outsourcing | Valencia", "Valencia",
  ("msg", "alex, os interesa externalizar el soporte del producto? equipo en valencia, alemán e inglés, precios muy competitivos"),
  ("msg", "??"),
  ("msg", "vale, ni un 'no gracias'. menuda falta de educación, de verdad. suerte"), nl="es")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Carina Wallner", "Sales @ Flagwerk | Feature Flags made in Germany", "München",
  ("msg", "hi alex, nutzt ihr schon feature flags? flagwerk is dsgvo-konform & in FRA gehostet. 20 min demo?"),
  ("msg", "hey nur als reminder – bis ende q2 gibts 3 monate gratis on top 🎁"))
P("connection_only_pitches", "en", "Ethan Marlowe", "Partner @ Northloop UX Agency", "Leeds",
  ("msg", "alex! we just helped a logistics saas lift activation by 32%. worth a chat for isarbyte?"),
  ("msg", "circling back w/ the case study 👇 we can scope a redesign sprint from 18k"),
  ("msg", "last ping from me, 1 slot left in q3"))
P("connection_only_pitches", "de", "Roberta Cattaneo", "Account Manager | App mobile white label", "Monza",
  ("msg", "ciao alex, facciamo app mobile white label, se vi serve un'app per gli autisti ti preparo un preventivo"),
  ("msg", "ti ho mandato la brochure anche via mail, mi fai sapere se interessa? 🙂"), nl="it")
P("connection_only_pitches", "de", "Patrick Nömeier", "Versicherungsmakler | Tech & Startups", "Erding",
  ("msg", "hi alex, als pm in nem scaleup haste bestimmt noch keine BU oder? 😬 mach dir in 15 min n angebot"),
  ("msg", "huhu, angebot steht noch! diesen monat gibts noch die vereinfachte gesundheitsprüfung"))


# =============================================================== single_pitch
P("single_pitch", "en", "Maya Lindholm", "Co-founder @ PRDbot", "Stockholm",
  ("msg", "hey alex, we built a slack bot that drafts PRDs from customer call recordings. 2 wk free pilot for isarbyte, then 29€/seat? 🙏"))
P("single_pitch", "de", "Andreas Kellermeier", "Freelancer-Vermittlung | Product Owner & Agile", "Frankfurt am Main",
  ("msg", "moin, vermitteln freelance POs ab 750€ tagessatz, falls bei euch mal ne lücke is meld dich 👋"))
P("single_pitch", "en", "Camille Ferrand", "Formatrice OKR | Équipes produit", "Paris",
  ("msg", "coucou alex, on lance une formation okr pour équipes produit, 3 demi-journées, 2400€ HT le groupe. je t'envoie la plaquette ?"), nl="fr")


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Ines Baumgärtner", "Senior PM @ Tourfix", "München",
  ("msg", "hey alex, wir ham intern nen rice-scoring sheet gebaut, gsheets, frei kopierbar 👉 teil ich gern, sag was du verbessern würdest"),
  ("msg", "ps am 20. is product circle bei uns in der sonnenstraße, eintritt frei, hab noch 2 gästeplätze falls du magst"))
P("connection_brings_value", "en", "Owen Calloway", "Fractional CPO | B2B SaaS", "Amsterdam",
  ("end",),
  ("msg", "hey, a friend's startup in munich needs a fractional cpo 2 days/wk, paid properly, mostly remote. thought of u first, want an intro?"))
P("connection_brings_value", "de", "Paula Echeverría", "Product Manager @ Rutas Cloud", "Zaragoza",
  ("msg", "alex! te paso el paper sobre jobs to be done del que hablamos ayer 📎 y mis notas de la charla"), nl="es")
P("connection_brings_value", "en", "Stefano Arrigoni", "Organizer, Product Meetup Milano", "Milano",
  ("msg", "ehi alex, il product meetup milano cerca speaker per giugno, ingresso gratis e ti rimborsiamo il treno. ti propongo io? 🚆"), nl="it")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Rebecca Holm", "Executive Search – Product & Tech | Holm & Partners", "Hamburg",
  ("inm", "Head of Product – Hamburg fintech", "hi alex, leading a search for head of product at a series b fintech in hh. 140-160k + equity, "
                                              "2 days office. free for a quick call this wk?"))
P("stranger_inmail_recruiter", "de", "Yvonne Kirchhoff", "Inhouse Recruiterin | Spedion Cloud", "Garching bei München",
  ("inm", "Senior PM (m/w/d) Tourenplanung", "hallo alex, bin inhouse recruiterin bei spedion cloud, wir suchen ne:n senior pm für die tourenplanung. "
                                             "95-110k, 2 tage büro in garching. lust auf n kurzes telefonat?"))
P("stranger_inmail_recruiter", "de", "Amandine Roux", "Talent Acquisition | Transalp Logistique", "Lyon",
  ("inm", "Lead PM germanophone", "bonjour alex, on cherche un lead pm germanophone pour notre produit logistique, basé lyon mais full remote ok, "
                                  "85-95k€. dispo pour en parler ?"), nl="fr")
P("stranger_inmail_recruiter", "en", "Gonzalo Prieto", "Tech Recruiter | Movilidad", "Barcelona",
  ("inm", "Product Director – BCN", "hola alex, busco product director para una scaleup de movilidad en bcn, ~120k + stock, relocation pagada. "
                                    "te cuadra una llamada de 15 min?"), nl="es")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Derek Solano", "SDR @ Roadloop", "Boston",
  ("inm", "quick q alex", "r u still doing roadmaps in excel? 😅 roadloop fixes that in a day. 10 min?"),
  ("inm", "bump", "bumping this in case it got buried 🙂 happy to send a 2 min loom instead"))
P("stranger_inmail_sales", "de", "Sven Ebersberger", "Vertrieb | Managed Kubernetes aus Bayern", "Regensburg",
  ("inm", "Hosting für Isarbyte", "hallo, zieht ihr grad in die cloud um? wir machen managed k8s aus bayern, deutlich günstiger als aws. termin nächste woche?"))
P("stranger_inmail_sales", "de", "Ilaria Benvenuti", "Project Manager | Traduzioni SaaS", "Torino",
  ("inm", "localizzazione app", "ciao alex, localizziamo app saas in 30 lingue, tariffe a parola molto basse. ti mando un preventivo senza impegno?"), nl="it")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Julian Hackl", "Product Owner | Lesekreis für PMs", "Augsburg",
  ("inv", "hi alex, starte nen lesekreis für pms, gratis & online, 1 buch im monat. erstes is continuous discovery habits. magst mitlesen?"),
  ("msg", "hier der link zum ersten call + meine lesenotizen 📚 bis dienstag!"),
  ("msg", "hey alex, kurz off topic – bin nebenbei finanzberater, darf ich dir mal unser vorsorgekonzept für angestellte zeigen? 30 min reichen"))
P("good_turns_ugly", "en", "Aarti Menon", "PM @ Routewise (logistics) | Pune", "Pune",
  ("inv", "hey alex, pm at a logistics startup in pune, we hit the same routing problems u wrote about. swap notes? i can share our dispatcher research"),
  ("msg", "here's the research deck 👇 would love ur take on slide 12"),
  ("end",),
  ("msg", "btw endorsed u for {skill} ☺️ could u endorse me for product strategy & stakeholder mgmt? job hunting rn"))
P("good_turns_ugly", "de", "Serena Dall'Olio", "Scrum Master | PSPO study group", "Bologna",
  ("inv", "ciao alex, organizzo un gruppo di studio gratuito per la certificazione pspo, online il martedì sera. ti va?"),
  ("msg", "ecco le slide della prima sessione e il mock exam 📝 a martedì!"),
  ("msg", "alex, dal mese prossimo il gruppo diventa a pagamento, 290€ per 6 sessioni. ti tengo il posto? 😊"), nl="it")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Kevin Aufhauser", "Vertrieb | Cloud-Telefonie", "Freising",
  ("inv", DEFAULT),
  ("inv", "hey alex, lang her – bin jetzt auch im produkt bereich unterwegs, lass uns connecten 🙂"))
P("reinvite_known_bad", "en", "Zach Hollis", "Delivery Manager | DevTeam.ua", "Kyiv",
  ("inm", "devs?", "need devs? ukr seniors $30/h, start in 48h. interested?"),
  ("inv", "hi alex, would love to connect and follow ur posts on product ops!"))
P("reinvite_known_bad", "en", "Lucía Barrientos", "Comercial | Apps a medida", "Málaga",
  ("inv", "hola alex, hacemos apps a medida desde 15k€, te paso portfolio?"),
  ("inv", "holaa alex! vi tu post sobre discovery, muy top 👏 conectamos?"), nl="es")


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Trent Gallagher", "Sales Director EMEA | Analytics", "London",
  ("inv", "alex need 2 min – who decides on analytics vendors at isarbyte?"),
  ("inm", "wow", "ignored. classy. hope ur product's better than ur manners"),
  ("inv", "hey alex, new year new start? let's connect 🙂"))
P("reinvite_known_ugly", "de", "Marcel Zöttl", "Jira-Berater | Atlassian", "Wels",
  ("inm", "Kurze Frage zu Jira", "hi alex, wie strukturiert ihr epics in jira? bin frisch PO und bissl überfordert 😅"),
  ("inm", "Re: Kurze Frage zu Jira", "danke dir!! übrigens biete ich jira-setups als dienstleistung an, 1.200€ pauschal. wär das was für euch?"),
  ("inv", "servus alex, vernetzen wir uns? 🙂"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Tanja Riedmüller", "UX-Writerin | Microcopy für SaaS", "München",
  ("acc",),
  ("msg", "danke fürs adden! falls ihr ux texte braucht: microcopy-pakete ab 1.500€, portfolio im profil 😉"))
P("user_invited_pitch_once", "en", "Marcus Feld", "Founder @ Eventstream Analytics", "Berlin",
  ("acc",),
  ("msg", "thx for the add after the meetup! fyi we do product analytics setups, fixed fee 8k. worth a call?"))
P("user_invited_pitch_once", "en", "Paolo Bertinelli", "CEO | Mobile dev studio", "Bologna",
  ("acc",),
  ("msg", "grazie per il collegamento! se vi serve un partner per lo sviluppo mobile siamo qui, ti lascio il sito coi prezzi"), nl="it")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Lukas Fellner", "Co-Founder @ Transkripto", "Wien",
  ("acc",),
  ("msg", "merci fürs connecten! transkripto transkribiert user interviews auf deutsch, 30 tage gratis testen 👉"),
  ("msg", "hi alex, schon getestet? für teams ab 5 leuten gibts 25% 😉"))
P("user_invited_pitch_twice", "en", "Hailey Winterbottom", "Pricing consultant for B2B SaaS", "Bristol",
  ("acc",),
  ("msg", "hey thx for connecting at saastock! we do pricing for b2b saas, want a free teardown of ur pricing page? full project after is 6k"),
  ("msg", "following up, teardown slots r almost gone this month 🙂"))
P("user_invited_pitch_twice", "de", "Benoît Lagarde", "Traduction SaaS FR/DE", "Strasbourg",
  ("acc",),
  ("msg", "merci pour l'ajout ! on traduit des saas en français, tarif dégressif, je t'envoie une offre ?"),
  ("msg", "petite relance alex, -15% ce mois-ci 🙂"), nl="fr")


# =============================================================== user_invited_value
P("user_invited_value", "de", "Franziska Lechner", "Head of Customer Success @ Lagerwerk", "Regensburg",
  ("acc",),
  ("msg", "danke für die anfrage! wie versprochen unsere interview-leitfäden für b2b kunden 👉 link. nimm was du brauchst"))
P("user_invited_value", "en", "Sam Achterberg", "COO @ Fleetgrid", "Rotterdam",
  ("acc",),
  ("msg", "good to meet u at the dach product summit. cc'd our head of ops on email – she's happy to be interviewed for ur dispatcher research"))
P("user_invited_value", "de", "Álvaro Quintanilla", "CTO @ Transportes Ebro", "Zaragoza",
  ("acc",),
  ("msg", "gracias por aceptar! te paso el contacto del jefe de tráfico que querías entrevistar, ya le avisé 👍"), nl="es")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Theresa Unterholzner", "Engineering Managerin bei Isarbyte", "München", ("acc",))
P("acceptance_only", "en", "Ben Kowalczyk", "Staff Engineer | Distributed Systems", "Berlin", ("acc",))
P("lone_endorsement", "de", "Moritz Eichinger", "Backend-Entwickler bei Isarbyte", "München", ("end",))
P("lone_endorsement", "en", "Elif Demir", "UX Designer | Design Systems", "Istanbul", ("end",))


# LinkedIn caps invitation notes at 300 characters.
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Lena Brandstätter", "lena@flinkwerk.example", "producttank märz – slot für dich?",
     "hi alex,\n\nhab dir auch auf linkedin geschrieben, aber falls du da nie reinschaust: lightning talk am 12.3., 10 min, wär super.\n\nlg lena", "de"),
    ("Meetup", "info@meetup.example", "New event: ProductTank München #41",
     "A new event was posted in ProductTank München. RSVP now and share it with your network on LinkedIn!", "en"),
    ("Jira", "jira@isarbyte.atlassian.example", "[ISB-2231] Add LinkedIn Insight Tag to pricing page",
     "Moritz Eichinger assigned ISB-2231 to you.\n\nMarketing wants the LinkedIn Insight Tag on /pricing before the campaign launch.", "en"),
    ("People & Culture Isarbyte", "people@isarbyte.example", "Employer Branding: bitte LinkedIn-Headline anpassen",
     "hi zusammen,\n\nbitte bis freitag eure linkedin-headline auf '… bei Isarbyte' aktualisieren, danke! 🙏\n\neuer p&c team", "de"),
    ("Personio", "notifications@personio.example", "Neue Bewerbung: Werkstudent Product (m/w/d)",
     "Eine neue Bewerbung ist eingegangen.\nKandidat: Konstantin Weller\nQuelle: LinkedIn Jobs", "de"),
    ("Rebecca Holm", "rebecca@holm-partners.example", "Head of Product – Hamburg (confidential)",
     "Hi Alex,\n\nfollowing up on my LinkedIn message by email in case that's easier. Happy to share the job spec under NDA.\n\nBest,\nRebecca", "en"),
    ("Sandra Pfisterer", "s.pfisterer@nearshore-dev.example", "eure dev-kapazitäten 2025",
     "hi alex,\n\nhatte dich auf linkedin angefragt – anbei unsere rate card. 15 min diese woche?\n\nsandra", "de"),
    ("XING", "mailrobot@mail.xing.example", "Florian Gschwendtner möchte sich mit Ihnen vernetzen",
     "Hallo Alex Morgan, Florian Gschwendtner möchte sich auf XING mit Ihnen vernetzen. Sie sind bereits auf LinkedIn verbunden.", "de"),
    ("Google Calendar", "calendar-notification@google.example", "Einladung: Release-Posts für LinkedIn abstimmen @ Do 16:00",
     "Sie wurden eingeladen: Release-Posts für LinkedIn abstimmen\nWann: Donnerstag 16:00 – 16:30\nOrganisator: marketing@isarbyte.example", "de"),
    ("Chiara Valsecchi", "chiara.valsecchi@nuvolaria.example", "il flusso di onboarding",
     "ciao alex, ti ho scritto anche su linkedin, ecco il figma 👉 https://figma.example/file/onb-v3\n\nchiara", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev122. Generated by scripts/make_corpus_dev122.py (seed {SEED}); do not edit by hand.",
          "# Alex as a senior product manager at a Munich software company; everybody writes in clipped, low-effort phone style "
          "(one or two lines, lowercase, typos, emoji). Notes mostly German and English, some Spanish, Italian and French. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev122", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER)
