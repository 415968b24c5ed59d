#!/usr/bin/env python3
"""Write mailbot's dev202 corpus: tests/corpus/dev202/*.eml + expected.toml.

The angle: two ordinary months (September and October 2024) of the user Alex as procurement
manager at a pharmaceutical plant near Basel. Lab-supply, packaging and software sellers,
contract manufacturers (CMOs), "procurement leaders forum" invitations that turn into paid
memberships, headhunters, buyers at other plants who share supplier warnings, a rude supplier
after a lost audit; German (Swiss and standard), English, French, some Italian and Spanish.

The MIME and layout machinery comes from scripts/make_corpus.py through scripts/corpus_stories.py;
skills, job alerts and spoof texts are swapped for this world in this process only. Notes were
written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev202.py              # writes tests/corpus/dev202
    python scripts/make_corpus_dev202.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20240902

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
SPAN_LO = datetime(2024, 9, 2, 6, 0, tzinfo=timezone.utc)
SPAN_HI = datetime(2024, 10, 31, 19, 0, tzinfo=timezone.utc)

cs.GAPS.update({"rem": (4, 10), "acc": (0, 0), "end": (1, 9), "msg": (2, 12), "inm": (2, 10), "inv": (18, 35)})


def _gap(step) -> tuple[int, int]:
    return step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]


def _story_window(steps) -> tuple[datetime, datetime]:
    """The span in which a story may begin so that its last mail falls inside the two months."""
    lo_days = sum(_gap(s)[0] + 600 / 86400 for s in steps[1:])
    hi_days = sum(_gap(s)[1] + 40000 / 86400 for s in steps[1:])
    lo = SPAN_LO
    hi = SPAN_HI - timedelta(days=hi_days)
    if hi <= lo:
        hi = lo + timedelta(hours=20)
    return lo, hi


def _start_date(self, era: str) -> datetime:
    lo, hi = getattr(self, "story_window", None) or (SPAN_LO, SPAN_HI)
    self.story_window = None
    return lo + timedelta(seconds=self.r.randint(0, int((hi - lo).total_seconds())))


mc.Gen.start_date = _start_date
_plain_story = cs.Stories.story


def _story_in_span(self, scenario, lang, name, headline, location, nl, steps):
    self.g.story_window = _story_window(steps)
    return _plain_story(self, scenario, lang, name, headline, location, nl, steps)


cs.Stories.story = _story_in_span

# ------------------------------------------------------------------ a pharma buyer's world (this process only)
SKILLS = {
    "en": ["Strategic Sourcing", "Supplier Management", "GMP", "Contract Negotiation", "Category Management"],
    "de": ["Strategischer Einkauf", "Lieferantenmanagement", "GMP", "Vertragsverhandlung", "Warengruppenmanagement"],
    "fr": ["Achats stratégiques", "Gestion des fournisseurs", "BPF", "Négociation de contrats", "Management par catégories"],
    "es": ["Compras estratégicas", "Gestión de proveedores", "GMP", "Negociación de contratos", "Gestión de categorías"],
    "it": ["Acquisti strategici", "Gestione fornitori", "GMP", "Negoziazione contratti", "Category management"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Senior Buyer Direct Materials (m/w/d)", "Rheinfelden Pharma AG"), ("Procurement Manager Packaging", "Lonvia Biologics"),
              ("Acheteur stratégique principes actifs", "Laboratoires Vaudan"), ("Category Manager Lab Supplies", "Helvion Life Sciences"),
              ("Responsabile Acquisti", "Farmaceutici Ticino SA")]
mc.COMPANIES["good"] = ["Rheinfelden Pharma AG", "Lonvia Biologics", "Helvion Life Sciences", "FHNW", "procure.ch", "Swissmedic"]
mc.COMPANIES["sales"] = ["LabNorth Supplies", "Vialpack", "SourceIQ", "ProcureSphere", "BioFill CMO", "CoolChain Logistics"]
mc.HEADLINES["good"] = ["Senior Buyer at {co}", "Head of Procurement | {co}", "Supplier Quality Manager, {co}", "Einkaufsleiterin bei {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager Pharma | {co}", "Business Development Director at {co}", "Helping pharma buyers save 15% | {co}",
                         "Sales Executive DACH | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a supplier shared a revised purchase order with you on LinkedIn. Sign in to review and approve it.",
           "Dear {first}, your invoice dispute has been escalated. Log in to view the attached statement."],
    "de": ["Hallo {first}, ein Lieferant hat Ihnen eine geänderte Bestellung freigegeben. Bitte melden Sie sich an, um sie zu prüfen.",
           "Guten Tag {first}, Ihre Zahlung an einen Lieferanten wurde gestoppt. Bitte hier anmelden und bestätigen."],
    "fr": ["Bonjour {first}, un fournisseur vous a envoyé un bon de commande modifié. Connectez-vous pour le valider.",
           "Bonjour {first}, une facture est en litige. Connectez-vous pour consulter le relevé."],
    "es": ["Hola {first}, un proveedor te ha compartido un pedido modificado. Inicia sesión para revisarlo.",
           "Estimado/a {first}, su factura ha sido bloqueada. Acceda para ver el documento."],
    "it": ["Ciao {first}, un fornitore ti ha condiviso un ordine modificato. Accedi per approvarlo.",
           "Gentile {first}, una fattura risulta contestata. Acceda per vedere l'estratto."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": {"job": ("{n} new jobs for \"procurement manager pharma\"", "Your job alert for procurement manager in {city}"),
           "news": "Are Europe's drug shortages a buying problem?", "group": "Top conversations in Pharma Procurement Network",
           "newsletter": "The Supply Side: glass vials are tight again"},
    "de": {"job": ("{n} neue Jobs für „Einkaufsleiter Pharma“", "Ihr Jobalert für Einkauf in {city}"),
           "news": "Wird Pharma-Glas wieder knapp?", "group": "Top-Diskussionen in Einkauf Schweiz",
           "newsletter": "Beschaffung kompakt: Rohstoffpreise im Herbst"},
    "fr": {"job": ("{n} nouvelles offres pour « acheteur pharma »", "Votre alerte emploi pour acheteur à {city}"),
           "news": "Pénuries de médicaments : la faute aux achats ?", "group": "Discussions à la une dans Achats Santé Romandie",
           "newsletter": "Côté fournisseurs : l'emballage sous tension"},
    "es": {"job": ("{n} nuevos empleos para «compras farmacéuticas»", "Tu alerta de empleo para compras en {city}"),
           "news": "¿Escasez de medicamentos por culpa de las compras?", "group": "Conversaciones destacadas en Compras Farma",
           "newsletter": "Cadena de suministro: los viales escasean"},
    "it": {"job": ("{n} nuove offerte per \"buyer farmaceutico\"", "Il tuo avviso di lavoro per acquisti a {city}"),
           "news": "Carenza di farmaci: colpa degli acquisti?", "group": "Conversazioni principali in Procurement Farmaceutico",
           "newsletter": "Lato fornitori: il vetro farmaceutico torna scarso"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Regula Baumgartner", "Einkaufsleiterin | Rheinfelden Pharma AG", "Rheinfelden",
  ("inv", "Grüezi Alex, wir sind beide im Fricktal und kaufen offenbar beim gleichen Blisterfolien-Lieferanten ein. Bei uns kamen zwei Chargen mit "
          "Siegelproblemen. Hätten Sie Lust auf einen kurzen Austausch, ob Sie dasselbe sehen? Ganz unter Einkäufern."),
  ("rem",))
P("good_invitation", "en", "Priyanka Desai", "Supplier Quality Lead | Lonvia Biologics", "Visp",
  ("inv", "Hi Alex, I run our supplier qualification working group with five Swiss sites - we pool audit reports so nobody audits the same excipient "
          "maker twice. No fees, just shared effort. Next call is 8 October, would you like to join?"))
P("good_invitation", "fr", "Sébastien Rochat", "Chargé de cours Supply Chain | HEIG-VD", "Yverdon-les-Bains",
  ("inv", "Bonjour Alex, nos étudiants en master font un projet sur la double source des matières critiques. Accepteriez-vous une interview "
          "d'une heure ? En échange on vous transmet leur rapport complet, et vous êtes invité à la soutenance (apéro offert)."),
  ("rem",))
P("good_invitation", "it", "Chiara Lurati", "Responsabile acquisti | Farmaceutici Ticino SA", "Mendrisio",
  ("inv", "Ciao Alex, ci siamo visti al pranzo di procure.ch a Olten, ero quella seduta accanto a te che si lamentava del vetro tipo I. "
          "Ti mando la lista di fornitori alternativi che ti avevo promesso, colleghiamoci così te la giro."))
P("good_invitation", "de", "Dr. Jonas Wittwer", "Dozent Beschaffung | FHNW Hochschule für Wirtschaft", "Olten",
  ("inv", "Guten Tag Alex, wir bieten im November einen kostenlosen Halbtageskurs zu GDP-Anforderungen an Transportdienstleister an, "
          "anrechenbar für die procure.ch-Weiterbildungspunkte. Ein paar Plätze halten wir für Pharma-Einkäufer frei. Interesse?"))
P("good_invitation", "es", "Marta Villalba", "Compradora sénior | Laboratorios Ebro", "Zaragoza",
  ("inv", "Hola Alex, te escribo porque un proveedor de tapones nos ha dicho que vosotros también le compráis. Nos ha retrasado tres entregas "
          "seguidas y quería saber si os pasa igual antes de escalarlo. ¿Hablamos un rato?"))

# =============================================================== default_invitation
P("default_invitation", "de", "Marco Bühlmann", "Verkauf Innendienst | Laborbedarf", "Aarau", ("inv", NONOTE))
P("default_invitation", "en", "Kevin O'Rourke", "Business Development | Pharma Services", "Cork", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Laure Fontaine", "Consultante achats indirects", "Mulhouse", ("inv", DEFAULT))
P("default_invitation", "de", "Tanja Schwarzenbach", "Account Manager | Verpackungslösungen", "Basel", ("inv", DEFAULT), ("rem",))

# =============================================================== sales_invitation
P("sales_invitation", "de", "Dominik Keller", "Key Account Manager Pharma | LabNorth Supplies", "Lörrach",
  ("inv", "Hallo Alex, wir liefern Pipettenspitzen und Laborglas jetzt ab Lager Weil am Rhein innerhalb 24 h. Gern würde ich Ihnen unsere "
          "Rahmenvertragskonditionen vorstellen, 20 Minuten per Teams genügen."))
P("sales_invitation", "en", "Hayley Thornton", "Sales Director EMEA | SourceIQ e-sourcing", "Manchester",
  ("inv", "Alex - most pharma buyers I speak to still run RFQs in Excel. SourceIQ cuts tender cycle time in half and keeps the audit trail "
          "GMP-ready. Got 15 min next week for a quick walkthrough?"),
  ("rem",))
P("sales_invitation", "fr", "Olivier Perrenoud", "Responsable commercial | Vialpack Emballages", "Neuchâtel",
  ("inv", "Bonjour, nous fabriquons des étuis pliants et notices pour l'industrie pharmaceutique, certifiés BPF. Je serais heureux de vous "
          "faire une offre pour vos références 2025. Quand puis-je passer ?"))
P("sales_invitation", "it", "Fabio Colombo", "Area Manager Svizzera | BioFill CMO", "Como",
  ("inv", "Buongiorno Alex, BioFill ha capacità libera sulla linea di riempimento asettico da gennaio. Se state cercando un secondo fornitore "
          "posso mandarle una quotazione indicativa. Ci sentiamo?"))
P("sales_invitation", "en", "Ravi Shankar", "Helping pharma procurement teams save 12-18% | Spend analytics", "Pune",
  ("inv", "Hi Alex, we audit indirect spend for life-science plants on a success fee. Typically 12-18% savings in 90 days. "
          "Open to a short call to see if it fits Helvion?"))
P("sales_invitation", "de", "Sandra Imhof", "Verkaufsberaterin | CoolChain Logistics", "Pratteln",
  ("inv", "Grüezi, ich habe gesehen, dass Sie den Einkauf in Kaiseraugst verantworten. Wir transportieren temperaturgeführt 2-8 °C, GDP-zertifiziert. "
          "Darf ich Ihnen ein Angebot für Ihre Verbindungen nach Frankfurt und Mailand machen?"),
  ("rem",))

# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Gavin Whitlock", "Founder | European Pharma Procurement Leaders Forum", "London",
  ("inv", "Hi Alex, I'm putting together a small forum of senior pharma buyers in Europe - peer roundtables, benchmarking, no vendors in the room. "
          "Your name came up. Would be great to have you in the group."),
  ("msg", "Thanks for joining, Alex! Quick admin: full membership is £3,450 a year, which covers the four roundtables and the benchmarking portal. "
          "Early-bird rate ends Friday. Shall I send the invoice to you or your assistant?"),
  ("msg", "Hi Alex, just checking you saw my note on membership. I'm holding your seat at the Zurich roundtable until Monday."))
P("bait_and_switch_invitation", "de", "Heinz-Peter Gloor", "Präsident | Einkäuferkreis Nordwestschweiz", "Liestal",
  ("inv", "Geschätzter Herr Alex, wir sind ein loser Kreis von Einkaufsverantwortlichen aus der Region und treffen uns quartalsweise zum "
          "Erfahrungsaustausch. Es würde mich freuen, Sie als Gast begrüssen zu dürfen."),
  ("msg", "Danke für die Vernetzung! Für die Teilnahme am Kreis fällt ein Jahresbeitrag von CHF 1'900 an, zudem bieten wir unseren Mitgliedern "
          "Verhandlungstrainings zum Vorzugspreis an. Soll ich Ihnen das Anmeldeformular zustellen?", (3, 9)))
P("bait_and_switch_invitation", "fr", "Nathalie Guex", "Directrice | Club des Acheteurs Santé", "Genève",
  ("inv", "Bonjour Alex, je réunis des responsables achats du secteur santé pour des petits-déjeuners d'échange entre pairs à Genève et Bâle. "
          "Pas de fournisseurs, pas de présentations commerciales. Ça vous dirait de rejoindre le groupe ?"),
  ("msg", "Merci d'avoir accepté ! Pour information, l'adhésion au club est de 2 200 CHF HT par an et donne accès à notre plateforme "
          "de notation fournisseurs. Je vous envoie le bulletin ?"))
P("bait_and_switch_invitation", "de", "Stefan Brügger", "Procurement Excellence Coach | ex-Novartis", "Zug",
  ("inv", "Hallo Alex, ich teile gern meine Vorlagen für Lieferantenbewertungen, die wir damals bei einem grossen Pharmakonzern eingeführt haben. "
          "Kostenlos, einfach als Austausch unter Kollegen."),
  ("msg", "Hier wie versprochen die Vorlage (Auszug). Die vollständige Toolbox inkl. Scorecards gibt es im Rahmen meines Coaching-Programms "
          "\"Procurement Excellence\" ab CHF 4'800. Wann passt Ihnen ein Kennenlerngespräch?"))
P("bait_and_switch_invitation", "es", "Jorge Cabrera", "Organizador | Pharma Sourcing Summit Europe", "Madrid",
  ("inv", "Hola Alex, estamos preparando el Pharma Sourcing Summit y buscamos responsables de compras para un panel sobre resiliencia de "
          "proveedores. Sería un placer tenerte como ponente. ¿Conectamos?"),
  ("msg", "¡Gracias por conectar! Te confirmo: los ponentes del panel participan con el paquete Speaker Partner, 2.950 € (incluye stand y cena). "
          "¿Te reservo la plaza?", (2, 8)),
  ("msg", "Alex, cerramos el programa esta semana. Si lo prefieres, la factura puede ir a nombre de tu empresa.", (3, 8)))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Dr. Imogen Carlisle", "Research Director | Pharma Supply Benchmark Institute", "Cambridge",
  ("inm", "Short survey on API sourcing risk", "Dear Alex, we are running an independent survey of pharma buyers on single-source API risk. "
          "It takes ten minutes and every participant receives the full anonymised results. Would you take part?"),
  ("inm", "Your benchmark results", "Thank you for completing the survey! Your personalised benchmark against 40 peer plants is ready. "
          "Access is via our Insight Membership at EUR 2,800 per year. Can I book a call to walk you through the options?"))
P("bait_and_switch_inmail", "de", "Thomas Ruch", "Einkaufsleiter a.D. | Mentor", "Winterthur",
  ("inm", "Frage unter Einkäufern", "Guten Tag Alex, ich habe 30 Jahre im Pharmaeinkauf gearbeitet und berate heute jüngere Kollegen ehrenamtlich. "
          "Wie gehen Sie bei Ihnen mit der neuen EU-Verpackungsverordnung um? Würde mich interessieren."),
  ("inm", "Nachtrag", "Danke für Ihre ausführliche Antwort! Übrigens vermittle ich nebenher Vorsorgelösungen für Führungskräfte in der Industrie "
          "– steueroptimiert, gerade für Grenzgänger interessant. Darf ich Ihnen das bei einem Kaffee vorstellen?"))
P("bait_and_switch_inmail", "fr", "Clément Dufaux", "Animateur | Communauté Achats Responsables Romandie", "Lausanne",
  ("inm", "Invitation communauté achats responsables", "Bonjour Alex, notre communauté partage gratuitement des grilles d'évaluation RSE des fournisseurs. "
          "Souhaitez-vous recevoir notre kit et participer au prochain atelier en ligne ?"),
  ("inm", "Suite de l'atelier", "Merci d'avoir participé ! Pour aller plus loin, notre cabinet réalise l'audit RSE de votre panel fournisseurs "
          "(forfait de 9 500 CHF). Je vous propose un rendez-vous la semaine prochaine ?"))

# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Patrick Zürcher", "Selbstständiger Einkaufsberater", "Bern",
  ("end",), ("end",),
  ("msg", "Hoi Alex, hab dich gerade für {skill} bestätigt, passt ja perfekt. Wärst du so lieb und bestätigst mich auch für Verhandlungsführung und Interim Management? Merci vielmal!"))
P("endorse_me_back", "en", "Samantha Kerr", "Procurement Consultant | Open to interim roles", "Dublin",
  ("end",),
  ("msg", "Hi Alex, endorsed you for {skill} earlier today. I'm back on the interim market - would you mind endorsing me for Supplier Negotiation? Would really help my profile."))
P("endorse_me_back", "it", "Davide Rinaldi", "Buyer | Packaging farmaceutico", "Lodi",
  ("end",),
  ("msg", "Ciao Alex! Ti ho confermato la competenza {skill}, meritatissima. Se ti va di ricambiare con Acquisti e Packaging mi fai un grande favore 🙏"))

# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Urs Gerber", "Geschäftsführer | Gerber Laborservice GmbH", "Solothurn",
  ("inv", "Hallo Alex, wir kalibrieren Waagen und Pipetten vor Ort. Lohnt sich ein Gespräch?"),
  ("rem",),
  ("inm", "Keine Antwort", "Hallo Alex, zwei Anfragen, keine Reaktion. Ich dachte, in der Schweiz pflegt man noch Anstand. Offenbar sind "
          "Einkäufer von Grosskonzernen zu fein, um einem KMU auch nur Nein zu sagen. Schwach."))
P("hostility_after_decline", "en", "Darren Pike", "VP Sales | ProcureSphere", "Leeds",
  ("inv", "Alex, ProcureSphere automates supplier onboarding for GMP sites. Worth a chat?"),
  ("inm", "Really?", "Alex, I've reached out three times now. Ignoring people isn't a strategy, it's just rude. Funny how procurement "
          "always complains suppliers don't understand them when you won't even give us the time of day."))
P("hostility_after_decline", "fr", "Yves Bertholet", "Directeur commercial | Bertholet Chimie Fine", "Sion",
  ("inv", "Bonjour, je souhaiterais vous présenter notre gamme de solvants qualité pharmacopée."),
  ("rem",),
  ("inm", "Sans réponse", "Monsieur, je constate que ni mon invitation ni mes relances n'ont mérité votre attention. C'est d'une grossièreté "
          "rare. On se croisera sans doute sur un salon, et je m'en souviendrai."))

# =============================================================== hostility_connection (the lost audit, and others)
P("hostility_connection", "de", "Roland Häfliger", "Inhaber | Häfliger Verpackungstechnik AG", "Sissach",
  ("msg", "Grüezi Alex, danke nochmals für den Besuch Ihres QA-Teams letzte Woche. Wir haben die CAPA-Liste bereits in Arbeit und schicken "
          "sie bis Ende Monat. Freue mich auf die weitere Zusammenarbeit."),
  ("msg", "Alex, Ihr Brief ist angekommen. Nach 11 Jahren Lieferbeziehung wegen ein paar Dokumentationslücken ausgelistet zu werden, ist eine Frechheit. "
          "Ihre Auditorinnen haben keine Ahnung von der Praxis und Sie haben sie einfach machen lassen. Feigheit nenne ich das.", (12, 20)))
P("hostility_connection", "en", "Craig Maddox", "Managing Director | Maddox Lab Consumables", "Birmingham",
  ("msg", "Alex, following up on the tender for the filter cartridges. We're happy to match the incumbent's price if that's what it takes."),
  ("msg", "Saw the award went elsewhere. Honestly, that was a stitch-up from the start and you know it. You wasted three weeks of my team's "
          "time for a tender you'd already decided. Don't bother inviting us next time."))
P("hostility_connection", "it", "Gianluca Ferri", "Direttore commerciale | Vetreria Ferri", "Varese",
  ("acc",),
  ("msg", "Buongiorno Alex, grazie del collegamento. Le allego il listino 2025 per i flaconi in vetro tipo III, come richiesto."),
  ("msg", "Ho saputo che avete scelto un altro fornitore dopo l'audit. Mi permetta di dirle che è stato un comportamento poco serio: "
          "ci avete fatto spendere soldi per un audit che avevate già deciso di bocciare. Vergogna."))

# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Nicole Frey", "Account Manager | LabNorth Supplies", "Freiburg im Breisgau",
  ("msg", "Hallo Alex, diesen Monat haben wir 15 % auf alle Nitrilhandschuhe und Reinraumtücher. Soll ich Ihnen ein Angebot machen?"),
  ("msg", "Hallo Alex, kurze Erinnerung: die Herbstaktion läuft noch bis 31.10. Ich kann Ihnen auch gern Muster vorbeibringen, wann passt es?"))
P("connection_only_pitches", "en", "Tyler Brooks", "Enterprise Account Executive | SourceIQ", "Boston",
  ("msg", "Hey Alex, SourceIQ just launched supplier risk scoring powered by AI. Pharma teams are loving it. Demo this week?"),
  ("msg", "Alex, sharing a case study: a Basel CDMO cut sourcing cycle time by 43% with SourceIQ. Worth 20 minutes?"),
  ("msg", "Last try from me - we have Q4 pricing available until the 31st. Can I send over a proposal?"))
P("connection_only_pitches", "fr", "Aurélie Moret", "Business Developer | BioFill CMO", "Lyon",
  ("msg", "Bonjour Alex, BioFill propose désormais le remplissage de seringues préremplies en petites séries. Seriez-vous disponible pour un appel de présentation ?"),
  ("msg", "Bonjour Alex, je me permets de relancer : nous pouvons vous envoyer une offre indicative sous 48 h. Quel jour vous arrange ?"))
P("connection_only_pitches", "es", "Raúl Gómez", "Key Account | CoolChain Logistics Iberia", "Barcelona",
  ("msg", "Hola Alex, te cuento que abrimos ruta refrigerada Basilea-Barcelona dos veces por semana. ¿Te preparo una tarifa?"),
  ("msg", "Alex, ¿pudiste ver lo de la ruta? Tenemos precio de lanzamiento hasta noviembre, me encantaría enseñártelo en una llamada."))

# =============================================================== single_pitch
P("single_pitch", "de", "Andreas Vogel", "Vertrieb Schweiz | Vialpack", "St. Gallen",
  ("msg", "Hallo Alex, wir haben gerade eine neue Linie für kindergesicherte Faltschachteln in Betrieb genommen. Falls Sie 2025 neu ausschreiben, "
          "würde ich mich über eine Einladung zur Offerte freuen."))
P("single_pitch", "en", "Ellie Sutton", "Partner | Harrow Procurement Advisory", "London",
  ("msg", "Hi Alex, hope Q3 close went smoothly. We're helping a couple of Swiss pharma sites renegotiate their lab supply frameworks. "
          "If it's on your radar for next year, happy to share how we'd approach it over a call."))
P("single_pitch", "it", "Marco Bernasconi", "Consulente software ERP | SAP Ariba partner", "Lugano",
  ("msg", "Ciao Alex, stiamo implementando Ariba in due aziende farmaceutiche ticinesi. Se anche voi ci state pensando ti faccio vedere una demo quando vuoi."))

# =============================================================== connection_brings_value (buyers sharing warnings)
P("connection_brings_value", "de", "Sabine Hürlimann", "Senior Buyer Wirkstoffe | Helvion Life Sciences", "Visp",
  ("msg", "Hallo Alex, nur als Warnung unter uns: unser indischer Lieferant für das Paracetamol-Granulat hat von der FDA einen Warning Letter bekommen. "
          "Ihr bezieht doch auch von der Gruppe? Ich schick dir gern die Zusammenfassung, die unsere QA geschrieben hat."),
  ("msg", "Hier der Link zur öffentlichen FDA-Seite und unsere Notizen. Wir qualifizieren gerade einen Zweitlieferanten in Spanien, ich halte dich auf dem Laufenden."))
P("connection_brings_value", "en", "Martin Oyelaran", "Procurement Manager | Lonvia Biologics", "Basel",
  ("msg", "Alex, heads up: the vial supplier we both use quietly moved production of the 10R vials to a new site. Our incoming QC found "
          "different glass delamination results. Worth checking your change notifications, we never got one."))
P("connection_brings_value", "fr", "Isabelle Chappuis", "Responsable achats | Laboratoires Vaudan", "Monthey",
  ("end",),
  ("msg", "Salut Alex, petit partage : on vient de finir un modèle de contrat qualité pour les prestataires de transport GDP, validé par notre juridique. "
          "Je te l'envoie si tu veux, tu peux le réutiliser librement."))
P("connection_brings_value", "de", "Dr. Claudia Meier", "Programmleitung | procure.ch Fachgruppe Life Sciences", "Aarau",
  ("msg", "Lieber Alex, am 24. Oktober treffen wir uns in Basel zur Fachgruppe Life Sciences, Thema Lieferketten-Resilienz nach dem Rotes-Meer-Chaos. "
          "Teilnahme für Mitglieder kostenlos, Apéro danach. Magst du kurz über eure Erfahrung mit Dual Sourcing berichten?"))
P("connection_brings_value", "it", "Paola Crivelli", "Buyer senior | IBSA", "Lugano",
  ("msg", "Ciao Alex, ti avviso che il fornitore di alluminio per blister di Novara ha annunciato un aumento del 9% da gennaio, ma "
          "negoziando con il volume annuo noi siamo riusciti a scendere al 4. Se ti serve ti dico come abbiamo impostato la trattativa."))

# =============================================================== stranger_inmail_recruiter (headhunters)
P("stranger_inmail_recruiter", "de", "Beat Widmer", "Partner | Widmer & Stäheli Executive Search", "Zürich",
  ("inm", "Head of Procurement – Pharma, Region Basel", "Guten Tag Alex, im Auftrag eines mittelgrossen Pharmaherstellers in der Region Basel suche ich "
          "eine Leitung Einkauf (Direktmaterialien, Team von 9). Ihr Werdegang passt sehr gut. Wären Sie offen für ein vertrauliches Gespräch?"))
P("stranger_inmail_recruiter", "en", "Olivia Hargreaves", "Life Sciences Talent Partner | Kingsley Search", "London",
  ("inm", "Director, Global Sourcing - biologics", "Hi Alex, I'm working on a Director of Global Sourcing role for a biologics company with sites in "
          "Switzerland and Ireland. Base around CHF 210k plus bonus, hybrid from Basel. Would you be open to a quick confidential chat?"))
P("stranger_inmail_recruiter", "fr", "Camille Bréguet", "Consultante recrutement | Vaud Talents", "Lausanne",
  ("inm", "Poste de responsable achats – site de production", "Bonjour Alex, un laboratoire familial du Chablais recherche son futur responsable achats. "
          "Poste à 100 %, rattaché à la direction du site. Votre profil correspond très bien. Seriez-vous ouvert à en discuter ?"))

# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jason Whitaker", "Head of Sales DACH | ProcureSphere", "Munich",
  ("inm", "Supplier onboarding in 3 days, not 3 months", "Hi Alex, GMP supplier onboarding is usually a paper chase. ProcureSphere digitises questionnaires, "
          "certificates and audits in one portal. Could I show you a 20-minute demo next Tuesday?"))
P("stranger_inmail_sales", "de", "Melanie Stocker", "Vertriebsleiterin | Reinraum-Textilien Stocker", "Bregenz",
  ("inm", "Reinraumbekleidung – Angebot", "Sehr geehrter Herr Alex, wir sind Hersteller von Reinraumbekleidung nach EU-GMP Annex 1. "
          "Gern sende ich Ihnen ein unverbindliches Angebot inkl. Mietwäsche-Service. Wann darf ich Sie anrufen?"),
  ("inm", "Nachfrage Reinraumbekleidung", "Guten Tag, ich wollte nachfragen, ob mein Angebot angekommen ist. Gern stelle ich es auch persönlich in Kaiseraugst vor."))
P("stranger_inmail_sales", "es", "Lucía Herrero", "Directora comercial | Envases Farmacéuticos Levante", "Valencia",
  ("inm", "Frascos PET para uso farmacéutico", "Estimado Alex: somos fabricantes de frascos PET y HDPE con DMF. Nos gustaría enviarle muestras "
          "y una oferta para 2025. ¿Con quién de su equipo podría hablar?"))

# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Lukas Amrein", "Gründer | Einkaufsnetzwerk Pharma Schweiz", "Luzern",
  ("inv", "Hoi Alex, ich sammle anonymisiert die Preisentwicklung bei Laborverbrauchsmaterial in Schweizer Werken und teile die Auswertung gratis "
          "mit allen, die Daten beisteuern. Machst du mit?"),
  ("msg", "Merci für deine Zahlen! Hier die Auswertung Q3, 14 Werke. Spannend, wie weit die Preise für Pipettenspitzen auseinanderliegen."),
  ("msg", "Hoi Alex, ab Q4 gibt es die Auswertung nur noch im Abo (CHF 1'200/Jahr), und wir bieten jetzt auch Verhandlungsbegleitung "
          "gegen Erfolgshonorar an. Soll ich dir die Unterlagen schicken?"))
P("good_turns_ugly", "en", "Hannah Lindqvist", "Sustainable Packaging Specialist", "Copenhagen",
  ("inv", "Hi Alex, I saw your comment on the blister recycling thread. I've compiled a free comparison of mono-material blister options "
          "with test data from three pharma pilots - happy to share it."),
  ("msg", "Here you go, the comparison deck plus the test reports. Let me know what you think!"),
  ("msg", "Glad you found it useful! I'm actually with GreenSeal Packaging now - we'd love to run a paid pilot on one of your lines. "
          "Could you get me 30 minutes with your packaging engineering lead?"))

# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Jürg Lüthi", "Verkauf | Labormöbel Lüthi AG", "Thun",
  ("inm", "Labormöbel für Ihr neues QC-Labor", "Guten Tag Alex, wie ich höre, baut Ihr Werk das QC-Labor aus. Wir planen und liefern Labormöbel schlüsselfertig. "
          "Darf ich Ihnen unsere Referenzen zeigen?"),
  ("inv", "Hallo Alex, ich würde mich gern mit Ihnen vernetzen, wir bewegen uns ja in der gleichen Region."))
P("reinvite_known_bad", "en", "Nadia Farouk", "Business Development | Pharma Services", "Dubai",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we met briefly at CPHI in Milan. Would be nice to stay in touch."))

# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Grégoire Vuilleumier", "Président | Cercle des Directeurs Achats", "Fribourg",
  ("inm", "Cercle des Directeurs Achats", "Bonjour Alex, notre cercle réunit des directeurs achats pour des échanges confidentiels entre pairs. "
          "Nous serions ravis de vous accueillir à notre prochaine soirée."),
  ("inm", "Adhésion", "Merci de votre intérêt. La cotisation annuelle est de 3 000 CHF, payable avant la soirée. Je vous joins la facture."),
  ("inv", "Bonjour Alex, je me permets de vous inviter à rejoindre mon réseau, au plaisir d'échanger."))
P("reinvite_known_ugly", "de", "Kurt Stalder", "Verkaufsleiter | Stalder Dosiertechnik", "Burgdorf",
  ("inv", "Hallo Alex, wir bauen Dosierpumpen für Abfüllanlagen. Darf ich Ihnen unser Portfolio zeigen?"),
  ("inm", "Enttäuschend", "Hallo Alex, offenbar haben Sie es nicht nötig, auf Anfragen von Schweizer Herstellern zu reagieren. Arroganz "
          "ist im Einkauf leider weit verbreitet. Ich hätte mehr erwartet."),
  ("inv", "Guten Tag Alex, ich würde mich trotzdem gern vernetzen."))

# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Eva Brunner", "Key Account Managerin | Glaswerk Brunner", "Kufstein",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Schön, dass wir uns an der Swiss Pharma Messe kennengelernt haben. Wie besprochen schicke ich "
          "Ihnen unser Angebot für Typ-I-Fläschchen, wir könnten ab Q2 liefern. Passt ein Termin nächste Woche?"))
P("user_invited_pitch_once", "en", "Neil Patterson", "Account Director | CoolChain Logistics", "Rotterdam",
  ("acc",),
  ("msg", "Thanks for the connect, Alex. Since you asked at the conference: here's our rate card for 2-8°C lanes out of Basel. "
          "Happy to set up a call with our ops team to scope a pilot."))

# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Christoph Näf", "Business Development | SourceIQ DACH", "Zürich",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Alex! Wie am Einkaufstag besprochen, hier unser Angebot für die SourceIQ-Lizenz, 25 Nutzer. Wollen wir es in einem Call durchgehen?"),
  ("msg", "Hallo Alex, die Konditionen gelten noch bis Monatsende. Soll ich gleich den Vertragsentwurf an Ihre Rechtsabteilung senden?"))
P("user_invited_pitch_twice", "it", "Federica Galli", "Sales Manager | Tappi Lombardi", "Bergamo",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Come accennato in fiera, le mando il catalogo dei nostri tappi in bromobutile. Le preparo un'offerta?"),
  ("msg", "Buongiorno Alex, le ricordo la promozione per nuovi clienti fino a fine ottobre: campionatura gratuita e -8% sul primo ordine. Ci sentiamo?"))

# =============================================================== user_invited_value
P("user_invited_value", "de", "Prof. Dr. Daniela Sutter", "Professorin für Supply Chain Management | Universität Basel", "Basel",
  ("acc",),
  ("msg", "Lieber Alex, danke für die Vernetzung nach dem Vortrag. Hier die Folien und die Studie zu Lieferantenkonzentration bei Wirkstoffen, "
          "wie versprochen. Wenn du Lust hast, wir suchen noch Praxispartner für eine Masterarbeit, ganz unverbindlich."))
P("user_invited_value", "en", "Rachel Adeyemi", "Senior Category Manager | Nordhavn Pharma", "Copenhagen",
  ("acc",),
  ("msg", "Good to connect, Alex. As promised at the roundtable, attached is our checklist for onboarding a second CMO - it saved us "
          "months on the tech transfer. Ping me if you want to talk through any of it."))
P("user_invited_value", "fr", "Thierry Bonvin", "Responsable qualité fournisseurs | Laboratoires Vaudan", "Monthey",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex. Comme promis, je t'envoie notre rapport d'audit du fabricant d'excipients de Lyon (version caviardée). "
          "Ça t'évitera peut-être un déplacement."))

# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Simone Kälin", "Leiterin Supply Chain | Rheinfelden Pharma AG", "Rheinfelden", ("acc",))
P("acceptance_only", "es", "Carlos Medina", "Jefe de compras | Laboratorios Ebro", "Zaragoza", ("acc",))
P("lone_endorsement", "de", "Fabian Wyss", "Junior Buyer | Helvion Life Sciences", "Basel", ("end",))
P("lone_endorsement", "en", "Tom Gallagher", "Former colleague | Supply Planner", "Limerick", ("end",))

# =============================================================== more voices
P("good_invitation", "fr", "Anne-Sophie Rey", "Acheteuse principale | Genève Biotech", "Genève",
  ("inv", "Bonjour Alex, je crois qu'on travaille tous les deux avec le même sous-traitant de lyophilisation à Annecy. Il vient de demander "
          "une procédure de sauvegarde. On pourrait comparer nos plans de secours ? Entre acheteurs, sans plus."),
  ("rem",))
P("sales_invitation", "es", "Pablo Ortega", "Director de Desarrollo de Negocio | Farmaservicios CDMO", "Barcelona",
  ("inv", "Hola Alex, somos una CDMO en Barcelona con capacidad en sólidos orales y precios un 20 % por debajo de Suiza. "
          "¿Te puedo enviar nuestra presentación y agendar una llamada?"),
  ("rem",))
P("connection_only_pitches", "it", "Silvia Pozzi", "Inside Sales | LabNorth Italia", "Milano",
  ("msg", "Buongiorno Alex! Questo mese abbiamo prezzi speciali sui puntali per pipette e sui guanti. Le mando un'offerta?"),
  ("msg", "Alex, le segnalo anche il nuovo catalogo reagenti. Possiamo fissare una breve call per capire i vostri volumi?"),
  ("msg", "Ultimo promemoria: la promo scade venerdì. Mi dice solo sì o no?"))
P("stranger_inmail_recruiter", "de", "Nina Brändli", "Senior Consultant Life Sciences | Brändli Personal", "Basel",
  ("inm", "Leitung Einkauf & Logistik, Werk im Baselbiet", "Guten Tag Alex, für ein familiengeführtes Pharmaunternehmen im Baselbiet suche ich eine "
          "Leitung Einkauf & Logistik mit Einsitz in der Geschäftsleitung. Hätten Sie diese Woche 15 Minuten für ein vertrauliches Telefonat?"),
  ("inm", "Nachfrage: Leitung Einkauf & Logistik", "Guten Tag Alex, ich wollte nur nachfragen, ob die Nachricht angekommen ist. Falls es nicht passt, "
          "bin ich auch für eine Empfehlung aus Ihrem Netzwerk dankbar."))
P("single_pitch", "fr", "Maxime Jaquet", "Consultant SAP MM | Jaquet Conseil", "Delémont",
  ("msg", "Salut Alex, je me mets à mon compte comme consultant SAP MM. Si vous avez un projet de migration S/4 côté achats l'an prochain, "
          "je serais ravi de vous soumettre une offre."))
P("default_invitation", "it", "Luca Bianchi", "Commerciale | Imballaggi", "Chiasso", ("inv", NONOTE))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Regula Baumgartner", "r.baumgartner@rheinfelden-pharma.example.ch", "Blisterfolie – Siegelprobleme",
     "Hallo Alex\n\nich habe Ihnen auch auf LinkedIn geschrieben, hier noch direkt: bei uns sind die Chargen 24-311 und 24-318 betroffen. Haben Sie die auch erhalten?\n\nGruss\nRegula", "de"),
    ("Einkauf Werk Kaiseraugst", "einkauf@helvion.example.ch", "Lieferantenaudit Häfliger – Ergebnis",
     "Liebe Kolleginnen und Kollegen\n\ndas Audit ist mit kritischen Abweichungen abgeschlossen. Bitte keine Stellungnahmen auf LinkedIn oder anderen Kanälen abgeben.", "de"),
    ("procure.ch", "events@procure.example.ch", "Fachgruppe Life Sciences: Anmeldung bestätigt",
     "Guten Tag Alex\n\nIhre Anmeldung für den 24. Oktober ist bestätigt. Fotos der Veranstaltung teilen wir anschliessend auf LinkedIn.", "de"),
    ("European Pharma Procurement Leaders Forum", "membership@epplf.example.com", "Invoice EPPLF-2024-0193",
     "Dear Alex,\n\nplease find attached your membership invoice (GBP 3,450). Don't forget to add the Forum to your LinkedIn profile!", "en"),
    ("Service Achats Vaudan", "achats@vaudan.example.ch", "Rapport d'audit excipients",
     "Bonjour Alex,\n\nThierry m'a dit qu'il t'avait écrit sur LinkedIn. Voici la version officielle du rapport, à ne pas diffuser.", "fr"),
    ("CPHI Milan", "visitors@cphi.example.com", "Your CPHI Milan 2024 badge",
     "Dear visitor,\n\nyour badge for 8-10 October is attached. Connect with exhibitors before the show on LinkedIn using #CPHIMilan.", "en"),
    ("Ufficio acquisti IBSA", "acquisti@ibsa.example.ch", "Aumento alluminio 2025",
     "Ciao Alex,\n\ncome ti ho scritto su LinkedIn, ecco la lettera del fornitore con l'aumento. Sentiamoci quando vuoi.\n\nPaola", "it"),
]


# ------------------------------------------------------------------------- checks and builder
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

ERAS = {s[2]: "cur" for s in PEOPLE}
HEADER = [f"# mailbot dev202 corpus. Generated by scripts/make_corpus_dev202.py (seed {SEED}); do not edit by hand.",
          "# Two months (September-October 2024) of a procurement manager at a pharmaceutical plant near Basel: lab-supply, packaging and "
          "software sellers, CMOs, paid 'procurement forums', headhunters, peer buyers sharing supplier warnings, a rude supplier after a lost audit. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev202", SEED, PEOPLE, FOREIGN, spoofs=8, other=12, header=HEADER, eras=ERAS)
