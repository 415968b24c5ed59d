#!/usr/bin/env python3
"""Write mailbot's dev174 corpus: tests/corpus/dev174/*.eml + expected.toml.

The angle: March and April 2021 of the user Alex, an independent sustainability consultant in
Amsterdam who sells services (carbon footprints, Scope 3 baselines, CSRD readiness, B Corp
preparation). Their LinkedIn world: companies asking for a proposal (buyers), carbon-accounting
software vendors, certification and label schemes that charge fees, subcontractors offering LCA
or data work, offset brokers, peers sharing methods and templates, free sessions with CPD hours,
fake award nominations with an "entry fee", a rude client after an invoice, endorse-me-back,
hostility after an ignored invitation, and bait and switch ("network of independent climate
consultants", "a quick question from a fellow consultant", "research interview") followed by a
pitch. English written by Dutch and Flemish speakers, Dutch, German, some French.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py; the skills, job-alert titles, spoof pitches and headlines are swapped
for this world in this process only. Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev174.py              # writes tests/corpus/dev174
    python scripts/make_corpus_dev174.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20210317

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, retitle_other, writer_adder  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2021, 3, 1, 6, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2021, 4, 30, 19, 0, tzinfo=timezone.utc)

cs.GAPS.update({"rem": (4, 10), "acc": (0, 0), "end": (1, 7), "msg": (2, 10), "inm": (3, 10), "inv": (14, 24)})


def _window(steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail still lands inside the two months."""
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ an independent sustainability consultant (this process only)
RHEADLINE = {"en": "Independent sustainability consultant | Carbon accounting, Scope 3, CSRD readiness | Amsterdam",
             "de": "Unabhängige/r Nachhaltigkeitsberater/in | CO2-Bilanzierung, Scope 3, CSRD | Amsterdam",
             "fr": "Consultant(e) indépendant(e) en développement durable | Bilan carbone, Scope 3, CSRD | Amsterdam"}
SKILLS = {
    "en": ["Carbon Accounting", "Sustainability Consulting", "GHG Protocol", "Life Cycle Assessment", "Sustainability Reporting", "Stakeholder Engagement"],
    "de": ["CO2-Bilanzierung", "Nachhaltigkeitsberatung", "GHG Protocol", "Ökobilanzierung", "Nachhaltigkeitsberichterstattung"],
    "fr": ["Bilan carbone", "Conseil en développement durable", "GHG Protocol", "Analyse du cycle de vie", "Reporting extra-financier"],
    "es": ["Huella de carbono", "Consultoría de sostenibilidad", "GHG Protocol", "Análisis de ciclo de vida", "Informes de sostenibilidad"],
    "it": ["Carbon accounting", "Consulenza sostenibilità", "GHG Protocol", "LCA", "Rendicontazione di sostenibilità"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE.get(_l, RHEADLINE["en"])
# Alex reads LinkedIn in English mostly, German and French at times
mc.LANGS[:] = ["en", "de", "en", "fr", "en"]
mc.CITY["en"] = ["Amsterdam", "Utrecht", "Rotterdam", "Antwerp", "Ghent", "The Hague"]
mc.CITY["de"] = ["Düsseldorf", "Köln", "Hamburg", "Berlin", "Münster"]
mc.CITY["fr"] = ["Bruxelles", "Liège", "Lille", "Paris"]
mc.JOBS[:] = [("Sustainability Manager", "Koninklijke Vandermeer Foods"), ("Carbon Accounting Lead (interim)", "ABN-style Retail Bank NV"),
              ("ESG Consultant – freelance", "GreenBridge Partners"), ("Referent Nachhaltigkeit (m/w/d)", "Stadtwerke Münsterland"),
              ("Chargé(e) de mission climat", "Région Hauts-de-France")]
mc.COMPANIES["good"] = ["Vandermeer Foods", "Hogeschool van Amsterdam", "MVO Nederland", "Universiteit Gent", "IHK Düsseldorf",
                        "Klimaatplatform Utrecht", "Het Financieele Dagblad", "De Groene Fabriek"]
mc.COMPANIES["sales"] = ["CarbonLedger", "Emissio", "GreenSeal Certified", "OffsetHub", "LeadLoop for Consultants", "EcoRank Awards",
                         "ClimaCert"]
mc.HEADLINES["good"] = ["Sustainability Lead at {co}", "Docent duurzaamheid | {co}", "Programma-manager klimaat | {co}",
                        "Inkoper | {co}", "Researcher circular economy, {co}", "Journalist duurzaamheid | {co}"]
mc.HEADLINES["sales"] = ["Account Executive Benelux | {co}", "Partnerships | {co}", "Founder & CEO at {co}",
                         "Helping consultants win more clients | {co}", "Business Development DACH | {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "lookalike:e-linkedin.info", "buried",
                       "untrusted:mx.example.org", "noauth", "lookalike:linkedin.com.evil.example", "wrongpass"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared the signed purchase order for the carbon footprint project. Sign in to view the PO and confirm your bank details.",
           "Congratulations {first}! You are shortlisted for Sustainability Consultant of the Year 2021. Log in to confirm your nomination today."],
    "de": ["Hallo {first}, ich habe Ihnen den Auftrag für die CO2-Bilanz freigegeben. Bitte melden Sie sich an, um ihn zu bestätigen.",
           "Guten Tag {first}, Sie sind für den Green Consulting Award 2021 nominiert. Bestätigen Sie Ihre Teilnahme im Portal."],
    "fr": ["Bonjour {first}, je vous ai transmis notre bon de commande pour le bilan carbone. Connectez-vous pour le consulter.",
           "Bonjour {first}, vous êtes nominé(e) au Prix du Conseil Durable 2021. Connectez-vous pour confirmer."],
    "es": ["Hola {first}, te he enviado la orden de compra del proyecto de huella de carbono. Inicia sesión para verla.",
           "Hola {first}, estás nominado/a a un premio de sostenibilidad. Confirma tu candidatura en el portal."],
    "it": ["Ciao {first}, ti ho inviato l'ordine per il progetto carbon footprint. Accedi per vederlo.",
           "Ciao {first}, sei candidato/a a un premio sostenibilità. Accedi per confermare."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": {"job": ("{n} new jobs for \"sustainability consultant\"", "Your job alert for carbon accounting in {city}"),
           "news": "Dutch firms brace for EU reporting rules", "group": "Top conversations in Sustainability Professionals Benelux",
           "newsletter": "Net Zero Notes: what the SBTi update means for SMEs"},
    "de": {"job": ("{n} neue Jobs für „Nachhaltigkeitsberater“", "Ihr Jobalert für CO2-Bilanzierung in {city}"),
           "news": "Lieferkettengesetz: Was Mittelständler jetzt tun müssen", "group": "Top-Beiträge in Klimaschutz im Mittelstand",
           "newsletter": "Klimabilanz kompakt: Scope 3 ohne Kopfschmerzen"},
    "fr": {"job": ("{n} nouvelles offres pour « consultant RSE »", "Votre alerte emploi pour bilan carbone à {city}"),
           "news": "CSRD : les PME belges dans le flou", "group": "Meilleures discussions dans Réseau RSE Belgique",
           "newsletter": "La Lettre Climat : le bilan carbone des PME"},
})

PEOPLE: list[tuple] = []
WRITERS: dict[str, str] = {}
P = writer_adder(PEOPLE, WRITERS)


# =============================================================== good_invitation
P("good_invitation", "en", "Femke van der Wal", "Inkoop & Duurzaamheid | Vandermeer Foods", "Zwolle",
  ("inv", "Hoi Alex, via Sanne van MVO Nederland kreeg ik je naam. Wij moeten dit jaar onze Scope 3 nulmeting doen (zuivel, ca. 180 leveranciers) "
          "en zoeken een zelfstandig adviseur. Zou je een offerte willen maken? Ik stuur je graag de uitvraag."),
  ("rem",), nl="nl")
P("good_invitation", "en", "Pieter Vanhoutte", "Zelfstandig klimaatadviseur | Gent", "Gent",
  ("inv", "Hi Alex, saw your post on category 11 emissions for appliance makers. I built a spreadsheet for use-phase estimates that I'd gladly share - "
          "and honestly I'm stuck on one thing, how you treat grid factors across EU markets. Fellow one-person shop, happy to swap notes."))
P("good_invitation", "de", "Katrin Wolff", "Referentin Energie & Klima | IHK Düsseldorf", "Düsseldorf",
  ("inv", "Guten Tag, wir laden zu einem kostenfreien Online-Workshop „CO2-Bilanz im Mittelstand“ am 22. April ein. Für Energieberater werden "
          "4 Fortbildungsstunden anerkannt. Ich dachte, das passt auch für Sie – und als Referent/in aus den Niederlanden wären Sie ebenfalls willkommen."),
  ("rem",))
P("good_invitation", "fr", "Sophie Lambrechts", "Journaliste | L'Echo, rubrique entreprises", "Bruxelles",
  ("inv", "Bonjour, je prépare un dossier sur le greenwashing dans les rapports des PME belges et néerlandaises. On m'a conseillé votre nom. "
          "Auriez-vous une demi-heure pour en parler, cité ou en off, comme vous voulez ?"))
P("good_invitation", "en", "Joris Kuipers", "Docent Duurzame Bedrijfsvoering | Hogeschool van Amsterdam", "Amsterdam",
  ("inv", "Dag Alex! Ik coördineer de minor Circulaire Economie. Zou je in mei een gastcollege willen geven over CO2-boekhouding in de praktijk? "
          "Er is een (bescheiden) vergoeding en de studenten zijn erg gemotiveerd."), nl="nl")
P("good_invitation", "en", "Hanna Schröder", "Head of Operations | Rollfix GmbH (e-bike delivery)", "Berlin",
  ("inv", "Hello Alex, we're a 60-person cargo bike company and an investor now wants a proper carbon footprint + reduction plan by June. "
          "Could you send us a quote? I'm the one who'd sign. Found you through the Climate Consultants list.", ),
  ("rem",))

P("good_invitation", "en", "Marloes Verbeek", "Beleidsadviseur Duurzaamheid | Gemeente Zaanstad", "Zaandam",
  ("inv", "Goedemiddag Alex, wij zoeken voor de gemeentelijke organisatie een externe adviseur voor de CO2-prestatieladder (niveau 3). "
          "Meervoudig onderhandse aanvraag, je naam kwam via een collega-gemeente. Mag ik je de uitnodiging tot offerte sturen?"),
  ("rem",), nl="nl")

# =============================================================== default_invitation
P("default_invitation", "en", "Ruud Hendriks", "Ondernemer | Vastgoed", "Eindhoven", ("inv", DEFAULT))
P("default_invitation", "en", "Marleen Claes", "Business consultant", "Antwerpen", ("inv", NONOTE), ("rem",))
P("default_invitation", "de", "Thomas Keller", "Vertrieb | Energiedienstleistungen", "Essen", ("inv", NONOTE))
P("default_invitation", "fr", "Aurélie Dumont", "Chargée de projets | Environnement", "Namur", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Bram Verhoeven", "Account Executive Benelux | CarbonLedger", "Utrecht",
  ("inv", "Hi Alex! Consultants like you use CarbonLedger to run footprints for 5x more clients with the same hours. White-label reports, "
          "partner pricing from €290/month. Open to a 20 min demo next week?"))
P("sales_invitation", "en", "Lotte Maes", "Partnerships | GreenSeal Certified", "Leuven",
  ("inv", "Hi Alex, we're recruiting accredited advisors for the GreenSeal label in NL. Accreditation is €1,850 + €600 yearly, and you get listed "
          "in our directory where companies find you. Can I send the info pack?"))
P("sales_invitation", "de", "Maximilian Brandt", "Business Development DACH | OffsetHub", "Hamburg",
  ("inv", "Hallo Alex, wir bieten zertifizierte Kompensationsprojekte (Gold Standard, VCS) zu Großhandelspreisen für Berater an – "
          "Ihre Kunden werden klimaneutral, Sie verdienen mit. Kurzes Telefonat?"))
P("sales_invitation", "en", "Wouter de Graaf", "Zelfstandig LCA-specialist | SimaPro & OpenLCA", "Delft",
  ("inv", "Hoi Alex, ik doe LCA's als onderaannemer voor adviesbureaus, snel en tegen een scherp uurtarief (€75). Mocht je capaciteit tekortkomen, "
          "ik neem graag werk over. Zullen we even bellen?"), nl="nl")
P("sales_invitation", "fr", "Julien Mercier", "Fondateur | EcoRank – notation ESG des PME", "Lille",
  ("inv", "Bonjour Alex, EcoRank propose aux consultants une licence revendeur de sa notation ESG : vous facturez vos clients, on vous reverse 30 %. "
          "Je vous montre la plateforme en 15 minutes ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Dennis Mulder", "Founder | Independent Climate Consultants NL", "Haarlem",
  ("inv", "Hi Alex, I'm starting a small circle of independent climate consultants in NL - share leads, compare day rates, vent about Scope 3 data. "
          "Monthly borrel in Amsterdam, nothing formal. Would be great to have you in.", ),
  ("msg", "Great to have you in the circle! Quick heads-up: I'm also reseller for Emissio, the carbon accounting tool most of the members use. "
          "Partner licence is €3,600/yr but I can get you 25% off if you sign before 1 May. Shall I book a demo for you?", (3, 8)))
P("bait_and_switch_invitation", "en", "Ellen Peeters", "Independent ESG advisor | Antwerpen", "Antwerpen",
  ("inv", "Hello Alex, quick question from one freelancer to another: how do you handle liability when a client publishes your footprint "
          "figures? I'm reviewing my own contracts and would love to hear how you do it."),
  ("msg", "Thanks for accepting! Actually, I also work as an intermediary for Ardena Verzekeringen - we have a professional indemnity policy "
          "tailored for sustainability consultants, from €39/month. Can I send you a quote?", (3, 9)),
  ("msg", "Hi Alex, following up on the indemnity quote. Price goes up on 1 May, so let me know this week?", (4, 10)))
P("bait_and_switch_invitation", "de", "Sebastian Hoffmann", "Gründer | Klimaberater-Netzwerk DACH", "Köln",
  ("inv", "Hallo Alex, wir sind ein offenes Netzwerk von rund 40 Klimaberater:innen in DACH und Benelux, tauschen Vorlagen und Erfahrungen. "
          "Hätten Sie Lust, dazuzukommen? Kostet nichts."),
  ("msg", "Schön, dass Sie dabei sind! Für die volle Mitgliedschaft mit Zugang zum Vorlagen-Archiv und Kunden-Matching erheben wir 79 € im Monat. "
          "Außerdem empfehle ich unser Zertifikat „Klimaberater:in Plus“ (1.490 €). Soll ich Ihnen das Anmeldeformular schicken?", (4, 10)))
P("bait_and_switch_invitation", "fr", "Camille Rousseau", "Animatrice | Club des consultants RSE indépendants", "Paris",
  ("inv", "Bonjour Alex, je vous propose de rejoindre notre club de consultants RSE indépendants, on partage retours d'expérience et veille "
          "réglementaire. Un guide CSRD gratuit est offert aux nouveaux membres."),
  ("msg", "Merci d'avoir rejoint le club ! Petite info : nous avons un service de génération de leads pour consultants (10 rendez-vous qualifiés "
          "par mois, 750 € HT). Voulez-vous qu'on en discute cette semaine ?", (2, 7)))
P("bait_and_switch_invitation", "en", "Tom Willems", "Managing Director | Green Business Awards Benelux", "Brussels",
  ("inv", "Dear Alex, congratulations - our jury selected you as a nominee for the Green Business Awards 2021, category Independent Consultant. "
          "Please connect so I can share the details."),
  ("msg", "Dear Alex, thank you! To confirm your nomination we kindly ask the entry fee of €495 excl. VAT, which includes two tickets to the gala "
          "dinner in June. Winners receive a logo pack. Shall I send the invoice?", (2, 6)))

P("bait_and_switch_invitation", "en", "Jens Van Damme", "Coordinator | Vlaams-Nederlands Klimaatnetwerk", "Antwerpen",
  ("inv", "Dag Alex, we organiseren een gratis intervisiegroep voor klimaatadviseurs uit Vlaanderen en Nederland: zes sessies, casussen "
          "delen, geen verkoop. Er is nog één plek vrij, interesse?"),
  ("msg", "Welkom in de groep! Eerlijk gezegd financieren we de intervisie via ons partnerprogramma: voor €2.950 per jaar krijg je onze "
          "rapportagesjablonen plus een vermelding op het platform. De meeste deelnemers doen mee. Zal ik je het contract doorsturen?", (4, 9)),
  ("msg", "Hoi Alex, ik zie je handtekening nog niet. Als je vóór vrijdag tekent, krijg je de eerste maand gratis.", (3, 7)), nl="nl")

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Niels Bos", "Host | The Green Founder Podcast", "Rotterdam",
  ("inm", "Guest on The Green Founder Podcast?", "Hi Alex, I host a podcast about sustainability entrepreneurs in the Netherlands (a few thousand listeners). "
          "Your story of going independent would make a great episode. Fancy recording in April?"),
  ("inm", "Re: Guest on The Green Founder Podcast?", "Super, glad you're in! One practical thing: we work with a guest contribution of €650 for "
          "production and promotion, including a video clip for your LinkedIn. I'll send the invoice and the booking link."))
P("bait_and_switch_inmail", "en", "Iris Smit", "MSc student Sustainable Business | Erasmus University", "Rotterdam",
  ("inm", "Master's thesis interview - 20 minutes?", "Hi Alex, I'm writing my thesis on how small consultancies do carbon accounting for SMEs. "
          "Could I interview you for 20 minutes? Everything anonymised of course."),
  ("inm", "Thanks + something you might like", "Thank you so much for the interview! I also do a side job for FootprintFlow, a tool "
          "that automates supplier data collection. Based on what you told me it'd save you hours - can I set up a demo with our sales lead?", (4, 9)))
P("bait_and_switch_inmail", "de", "Dr. Jana Richter", "Jurymitglied | Deutscher Nachhaltigkeitsberater-Preis", "Frankfurt",
  ("inm", "Nominierung Nachhaltigkeitsberater-Preis 2021", "Guten Tag, die Jury hat Sie für den Nachhaltigkeitsberater-Preis 2021 in der Kategorie "
          "„Internationale Beratung“ nominiert. Herzlichen Glückwunsch! Wir melden uns mit den nächsten Schritten."),
  ("inm", "Nächste Schritte Ihrer Nominierung", "Vielen Dank für Ihre Rückmeldung. Für die Aufnahme in die Finalrunde fällt eine Bearbeitungsgebühr "
          "von 890 € zzgl. MwSt. an, das Siegel „Nominiert 2021“ ist inklusive. Die Rechnung erhalten Sie separat."))
P("bait_and_switch_inmail", "fr", "Olivier Dufour", "Consultant | Transition énergétique", "Liège",
  ("inm", "Question sur votre méthode Scope 3", "Bonjour Alex, j'ai vu votre présentation sur les achats et le Scope 3. Je me demandais "
          "comment vous traitez les facteurs monétaires quand les fournisseurs ne répondent pas ?"),
  ("inm", "Suite", "Merci pour votre réponse détaillée. En fait je représente aussi un fonds de compensation carbone au Brésil : "
          "vos clients pourraient compenser leur Scope 3 à 8 €/t. Je vous envoie la brochure et on fixe un appel ?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Sanne Dekker", "Duurzaamheidscoach | Spreker", "Amersfoort",
  ("end",), ("end",),
  ("msg", "Hoi Alex! Heb je net aanbevolen voor {skill} 🌱 Zou jij mij willen aanbevelen voor Coaching en Public Speaking? "
          "Ik ben mijn profiel aan het opknappen. Dankjewel!!"), nl="nl")
P("endorse_me_back", "de", "Markus Lehmann", "Energieberater (HWK) | Gebäudeenergie", "Münster",
  ("end",),
  ("msg", "Hallo Alex, hab Sie eben für {skill} bestätigt. Würden Sie mir im Gegenzug „Energieberatung“ und „Fördermittelberatung“ bestätigen? "
          "Ich bewerbe mich gerade für die BAFA-Liste. Besten Dank!"))
P("endorse_me_back", "fr", "Nathalie Colin", "Consultante RSE | Formatrice", "Mons",
  ("end",), ("end",),
  ("msg", "Coucou Alex, je vous ai recommandé(e) pour {skill}, mérité ! Si vous avez deux secondes, une recommandation en retour pour "
          "« Formation » et « RSE » me ferait très plaisir. Merci beaucoup"))
P("endorse_me_back", "en", "Kevin De Smet", "Energy auditor | Freelance", "Brugge",
  ("end",),
  ("msg", "hey alex, endorsed u for {skill}. mind doing energy auditing + ISO 50001 for me? new clients always check that stuff lol. thx"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Jeroen Smits", "Sales Director | SolarLease Benelux", "Breda",
  ("inv", "Hi Alex, your clients want to cut Scope 2, we install solar on commercial roofs with zero upfront cost. Partnership? Let's connect."),
  ("rem",),
  ("inm", "Really?", "Two weeks and no answer. Bit rich for someone who posts about 'collaboration for the planet' every other day. "
          "Apparently that only counts when there's nothing in it for the other guy. Good luck with your 'independent' career."))
P("hostility_after_decline", "de", "Uwe Krämer", "Berater | CO2-Kompensation & Zertifikate", "Bremen",
  ("inv", DEFAULT),
  ("inm", "Ihre Ignoranz", "Hallo, ich habe Ihnen eine Vernetzungsanfrage geschickt, nichts weiter. Keine Reaktion. Ganz ehrlich: Wer so arrogant "
          "mit Kollegen umgeht, sollte anderen nichts über Verantwortung erzählen. Unprofessionell."))
P("hostility_after_decline", "fr", "Grégory Lemoine", "Consultant en stratégie | Ex-Big Four", "Bruxelles",
  ("inv", "Bonjour Alex, j'aimerais échanger sur une éventuelle collaboration sur des missions CSRD en Belgique."),
  ("rem",),
  ("inm", "Sans commentaire", "Bonjour, pas de réponse, pas même un « non merci ». Je trouve ça d'une impolitesse rare. On se croise "
          "forcément dans ce petit milieu, je m'en souviendrai."))
P("hostility_after_decline", "en", "Stijn Vermeulen", "Freelance business developer | Cleantech", "Mechelen",
  ("inv", "Alex, I bring consultants big clients for a 15% finder's fee. Connect and let's make money."),
  ("inm", "lol", "ignored by a carbon consultant, that's a first. you people really think you're better than sales huh. your loss mate"))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Erik van Leeuwen", "Directeur | Van Leeuwen Transport BV", "Tilburg",
  ("msg", "Hoi Alex, dank voor de offerte. We gaan akkoord: footprint 2020 voor de vloot en het depot, graag starten na Pasen. "
          "Ik stuur je de brandstofdata via WeTransfer.", (2, 5)),
  ("msg", "Alex, ik heb je factuur ontvangen en ik ga die niet betalen zoals hij er nu ligt. Jij stuurt mij 38 uur voor een Excel met wat "
          "grafiekjes? Dat is gewoon oplichterij. Ik had 20% korting gevraagd en jij doet alsof je neus bloedt. Hoe durf je. "
          "Onprofessioneler heb ik het zelden meegemaakt, en dat ga ik iedereen in de regio vertellen.", (12, 20)), nl="nl")
P("hostility_connection", "de", "Christian Vogel", "Key Account Manager | Emissio", "München",
  ("msg", "Hallo Alex, kurze Frage: Nutzen Sie für Ihre Kundenbilanzen noch Excel? Emissio automatisiert die Datenerfassung und "
          "liefert CSRD-fähige Berichte. Darf ich Ihnen eine Demo zeigen?"),
  ("msg", "Hallo Alex, ich hatte Ihnen die Demo angeboten und einen Testzugang. Drei Nachrichten, keine Antwort – für jemanden, "
          "der Firmen in Sachen Transparenz berät, ist das ein ziemliches Armutszeugnis. Ich entferne Sie aus meinen Kontakten."))
P("hostility_connection", "fr", "Bastien Girard", "Sous-traitant ACV | Bureau d'études Girard", "Lille",
  ("acc",),
  ("msg", "Merci pour la connexion Alex ! Comme évoqué, je fais des ACV en sous-traitance à 550 €/jour. Je vous envoie ma plaquette ?"),
  ("msg", "Bon, visiblement vous n'avez pas le temps de répondre à un « petit » sous-traitant. C'est vous qui m'avez invité, quand même. "
          "Pour quelqu'un qui parle de chaîne de valeur responsable, c'est un peu fort. Très peu pour moi."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Lars Jacobs", "Carbon Credits Broker | OffsetHub Benelux", "Amsterdam",
  ("msg", "Hi Alex, fresh batch of Verra-certified cookstove credits in, €6.40/t for partners. Could be a nice upsell for your footprint clients?"),
  ("msg", "Morning Alex, we now also have Dutch forestry credits (Nationale Koolstofmarkt). Limited volume. Call this week?"),
  ("msg", "Hi, last reminder on the cookstove batch - 12k tonnes left. Want me to reserve some for your clients?"))
P("connection_only_pitches", "en", "Daan Visser", "Partner Manager | CarbonLedger", "Utrecht",
  ("msg", "Hey Alex! Saw you're doing more CSRD readiness work. CarbonLedger just launched an ESRS module - want a sneak peek?"),
  ("msg", "Hoi Alex, nog even terugkomend op de ESRS-module: we hebben een partnerkorting van 30% tot eind april. Zal ik een belletje inplannen?"),
  nl="nl")
P("connection_only_pitches", "de", "Petra Neumann", "Vertrieb | ClimaCert Zertifizierung", "Stuttgart",
  ("msg", "Hallo Alex, ClimaCert zertifiziert Klimabilanzen nach ISO 14064 – als Partnerberater/in bieten Sie Ihren Kunden das Siegel direkt an. "
          "Die Partnergebühr beträgt 1.200 € p.a. Interesse?"),
  ("msg", "Guten Tag, unser Frühjahrsangebot: Partnergebühr im ersten Jahr halbiert. Wollen wir kurz telefonieren?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Mirjam Bosman", "Webdesigner voor zzp'ers | Groene hosting", "Nijmegen",
  ("msg", "Hoi Alex, leuk dat we connected zijn! Ik zag dat je website nog niet op groene hosting draait en niet echt converteert. "
          "Ik bouw sites voor duurzame zzp'ers vanaf €1.450. Zin in een vrijblijvend gesprek?"), nl="nl")
P("single_pitch", "de", "Florian Busch", "Gründer | LinkedIn-Ghostwriting für Berater", "Berlin",
  ("msg", "Hallo Alex, Ihre Fachbeiträge sind stark, aber die Reichweite ist ausbaufähig. Wir schreiben 3 Posts pro Woche für Sie, 890 €/Monat. "
          "Darf ich Ihnen Beispiele zeigen?"))
P("single_pitch", "fr", "Manon Lefèvre", "Traductrice technique FR/NL/EN", "Gand",
  ("msg", "Bonjour Alex, je traduis des rapports de durabilité du néerlandais et de l'anglais vers le français, 0,12 €/mot. "
          "Si vous avez des clients wallons ou français, je serais ravie de vous faire une offre."))
P("single_pitch", "en", "Gareth Hughes", "Growth consultant | Helping ESG consultancies scale", "London",
  ("msg", "Alex - most solo ESG consultants hit a ceiling at ~€150k. Our 12-week Scale Sprint fixes pricing and pipeline. "
          "I've got 2 spots for April. Worth a 15 min chat?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Evelien Jansen", "Senior adviseur | Klimaatplatform Utrecht", "Utrecht",
  ("msg", "Hoi Alex, we hebben bij het platform een gratis handreiking Scope 3 voor mkb gemaakt, met een invultool. Zou jij er vóór publicatie "
          "even kritisch naar willen kijken? Je wordt uiteraard genoemd als meelezer."),
  ("msg", "Dank voor je opmerkingen, die over de uitgavenfactoren hebben we overgenomen. Hier de definitieve versie, deel hem gerust met je klanten."),
  nl="nl")
P("connection_brings_value", "en", "Bart Van den Broeck", "Sustainability Manager | Agristo", "Harelbeke",
  ("end",),
  ("msg", "Hi Alex, a colleague at a frozen-veg producer in Zeeland is looking for help on their first CDP response. I told her you're the person. "
          "Okay if I share your e-mail? She has budget and a deadline in July."))
P("connection_brings_value", "de", "Dr. Miriam Schulz", "Wissenschaftliche Mitarbeiterin | Wuppertal Institut", "Wuppertal",
  ("msg", "Hallo Alex, wie besprochen anbei der Link zu unserem frei verfügbaren Datensatz mit Emissionsfaktoren für Lebensmittelverpackungen "
          "(CC-BY). Falls Sie Lücken für NL finden, sagen Sie Bescheid – wir pflegen das gern nach."))
P("connection_brings_value", "fr", "Thibault Renard", "Consultant climat indépendant", "Liège",
  ("msg", "Salut Alex, on organise un atelier gratuit entre indépendants sur la méthode SBTi pour les PME, le 15 avril en visio. "
          "Pas de vente, juste des retours de terrain. Tu viens ? Je peux te réserver un créneau pour présenter ton cas transport."))

P("connection_brings_value", "en", "Robin Maas", "Freelance data analyst | ex-CBS", "Den Haag",
  ("msg", "Hey Alex, CBS just published the 2019 environmental accounts per sector, with emission intensities per euro of output. "
          "Might save you the EXIOBASE mapping for Dutch SME clients. Link below, the table you want is 83300NED."),
  ("msg", "Follow-up: I wrote a tiny Python script that maps SBI codes to those intensities. It's on my GitHub, MIT licence, go wild."))

# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Anouk Timmermans", "Talent Acquisition | Rabo-style Cooperative Bank", "Utrecht",
  ("inm", "Interim: Carbon Accounting Lead (6 months)", "Hi Alex, we're looking for an interim Carbon Accounting Lead to set up financed-emissions "
          "reporting (PCAF), 4 days a week, 6 months, start May. Day rate depending on experience. Your profile fits well - open to a call?"), nl="nl")
P("stranger_inmail_recruiter", "de", "Sabine Hartmann", "Geschäftsführerin | Hartmann Möbelwerke", "Bielefeld",
  ("inm", "Anfrage: CO2-Bilanz für unser Werk", "Guten Tag, ein Kunde aus den Niederlanden verlangt von uns eine Produkt-CO2-Bilanz für "
          "unsere Büromöbel. Ein Geschäftspartner hat Sie empfohlen. Könnten Sie uns ein Angebot für zwei Produktlinien machen? "
          "Wir bräuchten das Ergebnis bis Ende Juni."))
P("stranger_inmail_recruiter", "fr", "Claire Vandenberghe", "Responsable RSE | Groupe Lemaire Distribution", "Tournai",
  ("inm", "Mission freelance – bilan carbone", "Bonjour Alex, nous cherchons un consultant indépendant pour accompagner notre premier bilan "
          "carbone (12 sites en Belgique et dans le Nord). Mission de 25 à 30 jours. Seriez-vous disponible pour un échange et une proposition ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Ward Claessens", "Sales | ClimaCert Benelux", "Antwerp",
  ("inm", "Become a certified ClimaCert partner", "Hi Alex, ClimaCert is onboarding independent advisors in NL. With our partner accreditation "
          "(€2,100) you can issue our climate label to your clients. Shall I book you into next week's info session?"))
P("stranger_inmail_sales", "de", "Tobias Winkler", "Account Executive | Emissio", "München",
  ("inm", "Weniger Excel, mehr Beratung", "Hallo Alex, Berater:innen verbringen 60 % ihrer Zeit mit Datensammeln. Emissio automatisiert das. "
          "Darf ich Ihnen in 20 Minuten zeigen, wie?"),
  ("inm", "Kurze Nachfrage", "Hallo Alex, wir haben im April noch Partner-Slots mit 3 Monaten gratis. Soll ich einen Termin reservieren?"))
P("stranger_inmail_sales", "fr", "Sarah Benoît", "Business Developer | LeadLoop for Consultants", "Paris",
  ("inm", "Plus de clients RSE en 30 jours", "Bonjour Alex, nous remplissons l'agenda des consultants RSE avec des rendez-vous qualifiés. "
          "À partir de 490 €/mois, sans engagement. On en parle ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Maarten de Boer", "Carbon accounting trainer | ex-Deloitte", "Amsterdam",
  ("inv", "Hoi Alex, ik heb een openbare checklist gemaakt voor Scope 3 screening bij mkb-klanten. Misschien handig voor je, ik stuur hem je graag. "
          "Ook benieuwd naar jouw ervaringen."),
  ("msg", "Hier is 'ie! Gebruik hem gerust bij klanten. Laat weten wat je mist."),
  ("msg", "Hoi Alex, ik start in mei mijn betaalde masterclass 'Scope 3 voor adviseurs' (€1.195). Als vroege connectie krijg je 15% korting. "
          "Zal ik je inschrijven?"), nl="nl")
P("good_turns_ugly", "en", "Liesbeth Wouters", "Circular economy advisor | VITO alumna", "Mol",
  ("inv", "Hi Alex, we met at the Circular Flanders webinar. I'm compiling a free list of LCA databases with their licence terms, "
          "would you like a copy? Happy to get your additions too."),
  ("msg", "Here it is - 34 databases, licence terms checked in March. Add anything I missed!"),
  ("end",),
  ("msg", "Hi Alex, I endorsed you for {skill} earlier. Could you endorse me for LCA and Circular Economy? Trying to land a VITO tender and "
          "it helps if my profile looks solid. Thanks!"))
P("good_turns_ugly", "de", "Andreas Klein", "Nachhaltigkeitsmanager | Mittelstand", "Aachen",
  ("inv", "Hallo Alex, ich organisiere einen kostenlosen Stammtisch für Nachhaltigkeitsverantwortliche im Dreiländereck Aachen/Maastricht/Lüttich. "
          "Nächster Termin 8. April, online. Lust?"),
  ("msg", "Danke fürs Mitmachen beim Stammtisch! Anbei die Folien."),
  ("msg", "Hallo Alex, unter uns: Ich vertreibe nebenbei eine ESG-Software (LizenzBasis ab 4.800 €/Jahr) und suche Berater als Vertriebspartner. "
          "Provision 20 %. Wollen wir telefonieren?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Koen Mertens", "Business Development | EcoRank Benelux", "Hasselt",
  ("inm", "ESG rating for your clients?", "Hi Alex, EcoRank's SME rating gives your clients a badge investors recognise. Resellers earn 30% - want the partner deck?"),
  ("inv", "Hi Alex, loved your post on double materiality, really clear. Would be great to stay in touch."))
P("reinvite_known_bad", "de", "Jan-Philipp Sauer", "Vertrieb | Energiedaten-Software", "Hannover",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir waren beide beim Webinar der Deutschen Energie-Agentur. Vernetzen wir uns?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Rik Hermans", "Founder | Hermans Green Solutions", "Den Bosch",
  ("inv", "Hoi Alex, wij leveren groene stroomcontracten voor mkb. Jouw klanten, onze contracten, jij provisie. Even bellen?"),
  ("inm", "Nou ja", "Geen reactie dus. Typisch zo'n adviseur die denkt dat ie boven 'verkopers' staat. Veel succes met je powerpoints, "
          "straks heb je geen klanten meer."),
  ("inv", "Hoi Alex, zand erover? Ik zou graag alsnog connecten, er komen interessante projecten aan."), nl="nl")
P("reinvite_known_ugly", "fr", "Pascal Michaux", "Président | Trophées de la Transition", "Namur",
  ("inm", "Vous êtes nominé(e) !", "Bonjour Alex, le comité des Trophées de la Transition a retenu votre candidature dans la catégorie "
          "Conseil. Félicitations ! Je reviens vers vous pour la suite."),
  ("inm", "Confirmation de votre nomination", "Bonjour, pour valider votre participation, merci de régler les frais de dossier de 420 € HTVA. "
          "Ils comprennent le trophée et la publication dans notre magazine."),
  ("inv", "Bonjour Alex, je serais heureux de vous compter dans mon réseau professionnel."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Yvonne Kramer", "Accountmanager | Printwerk Duurzaam Drukwerk", "Alkmaar",
  ("acc",),
  ("msg", "Dank voor het connecten Alex! Voor je klantrapporten: wij drukken CO2-gecompenseerd op gerecycled papier, 10% korting op je eerste order. "
          "Zal ik een offerte sturen?"), nl="nl")
P("user_invited_pitch_once", "de", "Stefan Bauer", "Partner | Bauer & Frei Steuerberatung", "Kleve",
  ("acc",),
  ("msg", "Danke für die Einladung! Als Selbstständige/r mit Kunden in Deutschland: Wir betreuen grenzüberschreitende Freiberufler steuerlich. "
          "Soll ich Ihnen ein Angebot für die Umsatzsteuer-Meldungen machen?"))
P("user_invited_pitch_once", "en", "Chloé Dubois", "Account Manager | CarbonLedger France", "Lyon",
  ("acc",),
  ("msg", "Thanks for connecting Alex, great meeting you at the webinar. Since you asked about the API: I can get you a 30-day partner trial "
          "if you sign the annual plan by April. Want me to set it up?"), nl="en")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Hendrik Bakker", "Eigenaar | Zonnedak Advies", "Almere",
  ("acc",),
  ("msg", "Hé Alex, fijn dat je me toevoegde na de netwerkborrel. Kunnen we een samenwerking opzetten: jij doet de footprint, ik verkoop de panelen "
          "aan je klanten, jij krijgt 5%? Ik stuur je het voorstel."),
  ("msg", "Alex, nog even over de samenwerking: ik heb de contracten klaar liggen. Wanneer kunnen we tekenen?"), nl="nl")
P("user_invited_pitch_twice", "de", "Nina Albrecht", "Vertriebsleiterin | GreenSeal Deutschland", "Düsseldorf",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung! Wie am Telefon angedeutet: Die GreenSeal-Beraterakkreditierung kostet 1.850 €, "
          "danach stehen Sie in unserem Verzeichnis. Soll ich die Unterlagen schicken?"),
  ("msg", "Hallo Alex, kurze Erinnerung: Die Akkreditierungsrunde schließt am 30. April. Soll ich Sie eintragen?"))
P("user_invited_pitch_twice", "fr", "Antoine Marchal", "Directeur commercial | OffsetHub France", "Paris",
  ("acc",),
  ("msg", "Merci d'avoir accepté... enfin, de m'avoir invité ! Nous proposons des crédits carbone certifiés à vos clients avec une commission "
          "de 12 % pour vous. Un call de 15 minutes ?"),
  ("msg", "Bonjour Alex, je relance : nouveau projet de reforestation au Pérou, 9 €/t. Je vous réserve un volume ?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Sanne Hoekstra", "Programmamanager Klimaat | MVO Nederland", "Utrecht",
  ("acc",),
  ("msg", "Hoi Alex, leuk je te spreken op de kennissessie. Zoals beloofd: hier de link naar de gratis CO2-tool voor mkb en de lijst met "
          "bedrijven die hulp zoeken. Ik heb jouw naam doorgegeven aan twee van hen."), nl="nl")
P("user_invited_value", "en", "Dirk Vandamme", "Professor Sustainable Supply Chains | Universiteit Gent", "Gent",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. Here's the working paper on spend-based vs. activity-based Scope 3 I mentioned, with our uncertainty "
          "ranges per sector. Feel free to use it with clients; I'd be curious whether the numbers match what you see in practice."))
P("user_invited_value", "de", "Julia Brückner", "Redakteurin | Klimareporter", "Berlin",
  ("acc",),
  ("msg", "Danke für die Vernetzung! Ich schreibe gerade über die CO2-Bepreisung im Mittelstand und würde Sie gern als Expertin/Experten "
          "aus den Niederlanden zitieren. Hätten Sie nächste Woche 20 Minuten?"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Willemijn Prins", "Directeur | Stichting Groene Bedrijven", "Den Haag", ("acc",))
P("acceptance_only", "fr", "Hélène Jacquet", "Chargée de mission climat | Région Wallonne", "Namur", ("acc",))
P("lone_endorsement", "en", "Frank Huisman", "Projectleider | Gemeente Amsterdam", "Amsterdam", ("end",))
P("lone_endorsement", "de", "Claudia Petersen", "Umweltmanagerin | Hafen Hamburg", "Hamburg", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Femke van der Wal", "f.vanderwal@vandermeer.example.nl", "Uitvraag Scope 3 nulmeting",
     "Hoi Alex,\n\nIk heb je ook een LinkedIn-verzoek gestuurd. In de bijlage onze uitvraag; graag je offerte vóór 9 april.\n\nGroet,\nFemke", "en"),
    ("Erik van Leeuwen", "erik@vanleeuwen-transport.example.nl", "Re: Factuur 2021-014",
     "Alex,\n\nZoals ik al op LinkedIn schreef: die factuur betaal ik niet zonder korting.\n\nErik", "en"),
    ("Belastingdienst", "noreply@belastingdienst.example.nl", "Herinnering: btw-aangifte eerste kwartaal",
     "Geachte ondernemer,\n\nUw aangifte omzetbelasting over het eerste kwartaal moet uiterlijk 30 april binnen zijn.", "en"),
    ("KVK", "info@kvk.example.nl", "Webinar: als zzp'er zichtbaar worden op LinkedIn",
     "Beste ondernemer,\n\nOp 14 april geven we een gratis webinar over zichtbaarheid op LinkedIn en andere kanalen.", "en"),
    ("IHK Düsseldorf", "veranstaltungen@ihk-duesseldorf.example.de", "Ihre Anmeldung: CO2-Bilanz im Mittelstand",
     "Guten Tag,\n\nvielen Dank für Ihre Anmeldung. Den Zugangslink erhalten Sie am Vortag. Folgen Sie uns auch auf LinkedIn.", "de"),
    ("Moneybird", "noreply@moneybird.example.com", "Factuur 2021-014 is bekeken",
     "Je factuur aan Van Leeuwen Transport BV is bekeken. Tip: deel je reviews op LinkedIn om nieuwe klanten te vinden.", "en"),
    ("Club RSE Wallonie", "info@clubrse.example.be", "Invitation : petit-déjeuner climat du 20 avril",
     "Bonjour,\n\nnous vous invitons à notre petit-déjeuner. Retrouvez le programme sur notre page LinkedIn.", "fr"),
    ("Pieter Vanhoutte", "pieter@vanhoutte-klimaat.example.be", "Cat. 11 spreadsheet",
     "Hi Alex,\n\nsent you a LinkedIn invite too, but here's the spreadsheet directly. Grid factors tab is the messy one.\n\nPieter", "en"),
]

# a few people in the older layout (the footer carries the year of the mail)
OLD_LAYOUT = {"Pieter Vanhoutte", "Katrin Wolff", "Ruud Hendriks", "Lotte Maes", "Ellen Peeters", "Uwe Krämer", "Lars Jacobs",
              "Evelien Jansen", "Koen Mertens", "Stefan Bauer", "Dirk Vandamme"}
ERAS = {s[2]: ("2016" if s[2] in OLD_LAYOUT else "cur") for s in PEOPLE}

HEADER = [f"# mailbot dev174 corpus. Generated by scripts/make_corpus_dev174.py (seed {SEED}); do not edit by hand.",
          "# March and April 2021 of an independent sustainability consultant in Amsterdam who sells services: buyers asking for proposals, "
          "carbon-accounting software vendors, certification schemes with fees, subcontractors, peers sharing methods, fake award nominations, "
          "a rude client after an invoice; English by Dutch and Flemish speakers, Dutch, German, some French. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li174(mc.LinkedInMail):
    """The older layout's footer with the year of the mail (2021), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories174(cs.EraStories):
    """Stories inside March and April 2021: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li174(self.g, self.b)
        self.window: tuple[datetime, datetime] | None = None
        corpus = self

        def start_date(g, era: str) -> datetime:
            lo, hi = corpus.window or (WIN_LO, WIN_HI)
            corpus.window = None
            return lo + timedelta(seconds=g.r.randint(0, int((hi - lo).total_seconds())))
        self.g.start_date = types.MethodType(start_date, self.g)

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.window = _window(steps)
        return super().story(scenario, lang, name, headline, location, nl, steps)


def check_notes() -> None:
    names = [s[2] for s in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev174")
    args = ap.parse_args()
    check_notes()
    c = Stories174(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(9)
    c.make_other(11)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("languages (people):", dict(sorted(Counter(p.lang for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
