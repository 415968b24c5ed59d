#!/usr/bin/env python3
"""Write mailbot's development corpus dev205: tests/corpus/dev205/*.eml + expected.toml.

The angle: an ordinary two months (September to early November 2022) of the user Alex as
fleet manager of a city bus company in Marseille. Their LinkedIn world: electric-bus makers,
telematics and fuel-card vendors, charging-infrastructure sellers, bus leasing firms, drivers
and mechanics applying for jobs, peers at other operators (Montpellier, Lyon, Valencia, Turin,
Leeds, Karlsruhe) sharing what they learnt about depot charging, paid "mobility awards", a tyre
supplier who turns rude after losing the tender, recruiters, and the usual bait and switch and
endorse-me-back. French, English, Italian, some German and Spanish.

The MIME and layout machinery comes from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, job-alert titles, headlines of spoof-only names and
PYMK suggestions, and what spoofs carry are swapped for this world in this process only.
Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev205.py              # writes tests/corpus/dev205
    python scripts/make_corpus_dev205.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20220905

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2022, 9, 5, 6, 30, tzinfo=timezone.utc)
WIN_HI = datetime(2022, 11, 4, 18, 0, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (5, 9), "acc": (0, 0), "end": (1, 6), "msg": (2, 10), "inm": (3, 9), "inv": (16, 24)})


def _window(steps) -> tuple[datetime, datetime]:
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a bus company in Marseille (this process only)
RHEADLINE = {
    "fr": "Responsable de flotte | Calanques Bus (Marseille)",
    "en": "Fleet Manager | Calanques Bus, Marseille",
    "it": "Fleet Manager | Calanques Bus, Marsiglia",
    "de": "Fuhrparkleiter | Calanques Bus, Marseille",
    "es": "Responsable de flota | Calanques Bus, Marsella",
}
SKILLS = {
    "fr": ["Gestion de flotte", "Maintenance des véhicules", "Transport public", "Électromobilité", "Achats", "Management d'équipe"],
    "en": ["Fleet Management", "Vehicle Maintenance", "Public Transport", "Electric Vehicles", "Procurement"],
    "it": ["Gestione flotte", "Manutenzione veicoli", "Trasporto pubblico", "Mobilità elettrica"],
    "de": ["Fuhrparkmanagement", "Fahrzeuginstandhaltung", "ÖPNV", "Elektromobilität"],
    "es": ["Gestión de flotas", "Mantenimiento de vehículos", "Transporte público", "Movilidad eléctrica"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.LANGS[:] = ["fr", "en", "fr", "it", "de", "es", "en"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin-mail.co", "nodkim",
                       "display:outlook.com", "untrusted:mx.example.org", "wrongpass", "lookalike:xn--lnkedin-rfb.com"]
mc.JOBS[:] = [("Responsable maintenance flotte bus", "Réseau urbain – Toulon"), ("Head of Fleet Electrification", "Northline Buses"),
              ("Direttore tecnico flotta", "Azienda trasporti – Genova"), ("Leiter Werkstatt Busbetrieb (m/w/d)", "Stadtwerke – Freiburg"),
              ("Jefe de taller de autobuses", "Operador urbano – Alicante")]
mc.COMPANIES["good"] = ["Tram-Bus Montpellier", "Northline Buses", "Azienda Mobilità Torino", "Autobuses Urbanos de Valencia",
                        "KIT Karlsruhe", "UTP", "Régie des Transports Niçois"]
mc.COMPANIES["sales"] = ["FleetPulse", "CarteRoute Pro", "VoltDepot", "BusLease Europe", "TyreCare Sud", "Mobility Excellence Awards"]
mc.HEADLINES["good"] = ["Responsable maintenance chez {co}", "Depot Engineer at {co}", "Responsabile flotta presso {co}",
                        "Jefe de taller en {co}", "Wissenschaftlerin am {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Developer chez {co}", "Key Account Manager ÖPNV | {co}",
                         "Directeur commercial | {co}"]
SPOOF_PITCH = {
    "fr": ["Bonjour {first}, votre carte carburant flotte a été bloquée. Connectez-vous pour la réactiver avant demain.",
           "Bonjour {first}, je vous ai partagé le dossier d'appel d'offres pneumatiques. Connectez-vous pour le télécharger."],
    "en": ["Hi {first}, I shared the telematics export for your depot with you. Sign in to open the file.",
           "Dear {first}, your fleet account has an unpaid toll invoice. Log in to settle it today."],
    "it": ["Ciao {first}, ti ho condiviso il capitolato per i nuovi autobus elettrici. Accedi per scaricarlo.",
           "Gentile {first}, la sua carta carburante è sospesa. Acceda per riattivarla."],
    "de": ["Hallo {first}, ich habe Ihnen das Angebot für die Ladeinfrastruktur freigegeben. Bitte hier anmelden.",
           "Guten Tag {first}, Ihr Flottenkonto wurde gesperrt. Bitte bestätigen Sie Ihre Daten."],
    "es": ["Hola {first}, te he compartido el pliego de la licitación de autobuses. Inicia sesión para verlo.",
           "Estimado/a {first}, su tarjeta de combustible ha sido bloqueada. Acceda para desbloquearla."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "fr": dict(job=("{n} nouvelles offres pour « responsable de flotte »", "Responsable maintenance bus – {n} nouvelles offres"),
               news="Bus électriques : les réseaux face à la flambée de l'électricité", group="Meilleures discussions dans Transport public & mobilité",
               newsletter="La lettre du dépôt : recharge, ateliers et ZFE"),
    "en": dict(job=("{n} new jobs for \"fleet manager\"", "Head of Fleet – {n} new jobs"),
               news="Energy prices test Europe's electric bus plans", group="Top conversations in Zero Emission Bus Network",
               newsletter="Depot Notes: charging, uptime and spare parts"),
    "it": dict(job=("{n} nuove offerte per «fleet manager»", "Responsabile officina autobus – {n} nuove offerte"),
               news="PNRR, corsa contro il tempo per i bus elettrici", group="Conversazioni principali in Trasporto pubblico locale",
               newsletter="Flotte in movimento: TPL ed elettrico"),
    "de": dict(job=("{n} neue Jobs für „Fuhrparkleiter“", "Leiter Busbetrieb – {n} neue Jobs"),
               news="Strompreise bremsen die E-Bus-Wende", group="Top-Unterhaltungen in ÖPNV & E-Mobilität",
               newsletter="Betriebshof aktuell: Laden, Werkstatt, Personal"),
    "es": dict(job=("{n} empleos nuevos de «responsable de flota»", "Jefe de taller de autobuses – {n} empleos nuevos"),
               news="Los operadores urbanos aceleran la compra de autobuses eléctricos", group="Conversaciones destacadas en Transporte urbano",
               newsletter="Cocheras: la newsletter del mantenimiento de autobuses"),
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Sandrine Pélissier", "Responsable maintenance | Tram-Bus Montpellier", "Montpellier",
  ("inv", "Bonjour Alex, on vient de réceptionner nos 14 premiers bus électriques et le dépôt disjoncte dès qu'on en branche plus de 10 la nuit. "
          "Vous avez combien de kVA souscrits à Saint-Menet ? Je veux bien un retour d'expérience entre collègues."),
  ("rem",))
P("good_invitation", "en", "Tom Hargreaves", "Engineering Director | Northline Buses", "Leeds",
  ("inv", "Hi Alex, saw your comment about battery fade on the ZEB group. We've logged 3 winters of state-of-health data on 40 single-deckers "
          "and I'm happy to send you the anonymised curves, no strings. Might save you a warranty argument."))
P("good_invitation", "it", "Federica Lombardi", "Area tecnica | Associazione aziende TPL", "Roma",
  ("inv", "Buongiorno Alex, il 19 ottobre facciamo un webinar gratuito aperto anche agli operatori francesi su gare e manutenzione dei bus elettrici, "
          "con Torino e Bologna che raccontano i primi due anni. Se le interessa le giro il link di iscrizione."))
P("good_invitation", "fr", "Karim Benali", "Mécanicien poids lourds | Habilitation B2VL", "Aubagne",
  ("inv", "Bonjour Monsieur, mécanicien PL depuis 8 ans (Iveco, Mercedes), habilitation électrique à jour. J'ai vu que vous passez à l'électrique "
          "et je voudrais savoir si l'atelier recrute. Je peux vous envoyer mon CV."),
  ("rem",))
P("good_invitation", "es", "Lucía Navarro", "Jefa de cocheras | Autobuses Urbanos de Valencia", "Valencia",
  ("inv", "Hola Alex, en noviembre abrimos la cochera de hidrógeno a otros operadores para una visita técnica (gratis, solo hay que apuntarse). "
          "Me dijo Jordi que estáis dudando entre H2 y batería: venid a verlo antes de decidir."))
P("good_invitation", "de", "Jonas Weber", "Wissenschaftler E-Mobilität | KIT Karlsruhe", "Karlsruhe",
  ("inv", "Hallo Alex, wir werten Ladedaten von 9 Verkehrsbetrieben aus und stellen die Ergebnisse im Dezember kostenlos vor. "
          "Ein französischer Betrieb fehlt uns noch. Hätten Sie Interesse, mitzumachen oder einfach den Bericht zu bekommen?"))
P("good_invitation", "fr", "Nadia Ferhat", "Conductrice receveuse | Permis D, FIMO voyageurs", "Marseille",
  ("inv", "Bonjour, je conduis des cars scolaires depuis 3 ans et je cherche un poste en urbain sur Marseille. "
          "Est-ce que vous faites des sessions de recrutement cet automne ? Merci d'avance pour votre réponse."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "fr", "Bruno Castagna", "Commercial | Véhicules industriels", "Vitrolles", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Ryan Doherty", "Sales | EV Charging | Mobility", "Dublin", ("inv", NONOTE))
P("default_invitation", "it", "Marco Santini", "Consulente flotte aziendali", "Genova", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Heike Brandt", "Vertrieb Telematik", "Hannover", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Cédric Vial", "Business Developer | CarteRoute Pro – cartes carburant", "Lyon",
  ("inv", "Bonjour Alex, vos bus passent par quelles stations pour le gazole des navettes ? Avec CarteRoute on négocie 5 à 7 cts/L "
          "et la TVA est récupérée automatiquement. Je vous fais une simulation sur vos volumes ?"))
P("sales_invitation", "en", "Priya Raman", "Account Executive | FleetPulse Telematics", "London",
  ("inv", "Hey Alex! Operators your size are cutting idling by 18% with FleetPulse. 20 minutes next week to walk you through a live depot dashboard?"),
  ("rem",))
P("sales_invitation", "de", "Florian Maier", "Key Account Manager ÖPNV | VoltDepot Ladeinfrastruktur", "Stuttgart",
  ("inv", "Guten Tag Alex, wir haben in Frankreich gerade zwei Betriebshöfe mit 150-kW-Ladern ausgestattet. Gern stelle ich Ihnen unser Komplettpaket "
          "inkl. Lastmanagement vor – passt ein Termin im Oktober?"))
P("sales_invitation", "es", "Álvaro Requena", "Director comercial | BusLease Iberia", "Madrid",
  ("inv", "Hola Alex, alquilamos autobuses eléctricos con mantenimiento incluido, cuota fija a 8 años. Evita el desembolso y el riesgo de batería. "
          "¿Te preparo una oferta para 10 unidades?"))
P("sales_invitation", "it", "Paolo Ferrante", "Sales | Gestionale officine TPL", "Bologna",
  ("inv", "Salve Alex, il nostro software gestisce ordini di lavoro e ricambi per officine bus, già usato da 30 aziende. Le organizzo una demo online?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Gilles Arnaud", "Animateur | Club des gestionnaires de flotte Sud", "Aix-en-Provence",
  ("inv", "Bonjour Alex, on monte un petit club de responsables de flotte de la région, un petit-déj par trimestre pour parler ateliers, recrutement, ZFE. "
          "Entre pairs, sans fournisseurs. Ça vous dit ?"),
  ("msg", "Merci d'avoir accepté ! Petite précision : le club est porté par mon cabinet, et l'entrée se fait via notre audit TCO de flotte "
          "(2 900 € HT, déductible de la cotisation). Je vous envoie le devis ?", (3, 8)))
P("bait_and_switch_invitation", "en", "Nathan Cole", "Fleet electrification | ex-operator, now advising", "Bristol",
  ("inv", "Alex, fellow bus fleet person here. I ran a 60-bus depot through electrification and made every mistake going. Happy to swap notes on charging schedules."),
  ("msg", "Good to be connected. So, I now help operators with exactly this through ChargeSense, our smart charging platform. "
          "Licences start at £35/bus/month. Worth a quick demo?", (4, 9)),
  ("msg", "Hi Alex, bumping this - we've got an onboarding slot free in November if you want to get ahead of winter.", (6, 10)))
P("bait_and_switch_invitation", "de", "Sabine Kühn", "Batterie-Expertin | E-Bus", "Nürnberg",
  ("inv", "Hallo Alex, ich habe einen kostenlosen Leitfaden zu Batteriegarantien bei E-Bussen geschrieben – was man vor der Abnahme prüfen sollte. "
          "Gern schicke ich ihn Ihnen."),
  ("msg", "Freut mich! Der Leitfaden kommt bald. Vorab: Wir bieten Batteriediagnosen vor Ort an, 480 € pro Fahrzeug, bei 20 Bussen Mengenrabatt. "
          "Wann könnten wir telefonieren?", (2, 7)))
P("bait_and_switch_invitation", "it", "Stefano Rinaldi", "Responsabile progetti idrogeno", "Torino",
  ("inv", "Ciao Alex, domanda da collega: come vi siete trovati con i rifornimenti notturni? Noi stiamo valutando l'idrogeno e mi servirebbe un parere sincero."),
  ("msg", "Grazie per il collegamento. Ti dico la verità: lavoro con un fornitore di stazioni H2 in leasing, canone da 18k al mese. "
          "Se mi dai 20 minuti ti mostro i numeri per Marsiglia.", (3, 9)))
P("bait_and_switch_invitation", "es", "Raquel Soler", "Comunidad de jefes de taller de autobús", "Barcelona",
  ("inv", "Hola Alex, estoy creando una comunidad de jefes de taller de autobús para compartir averías raras y soluciones. Sin venta, solo gente del oficio. ¿Te sumas?"),
  ("msg", "¡Bienvenido! Por cierto, te presento RecambiosBus, nuestro marketplace de piezas: primer pedido con 10% de descuento y envío a Francia en 48 h.", (2, 6)),
  ("msg", "Alex, ¿pudiste mirar el catálogo? Tengo filtros y pastillas para Citaro con buen precio esta semana.", (5, 9)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Megan Foley", "Research Lead | Transit Uptime Study", "Manchester",
  ("inm", "Short survey: e-bus uptime", "Hi Alex, I'm gathering uptime figures from European operators for an independent benchmark. "
          "Ten questions, and every participant gets the full report. Would you take part?"),
  ("inm", "Your uptime results + next step", "Thanks Alex! Based on your answers, our predictive maintenance module could lift availability by 6 points. "
          "Pricing is per vehicle per month; could we book a call with your maintenance lead?"))
P("bait_and_switch_inmail", "fr", "Laure Dumont", "Rédactrice | Livre blanc ZFE et transport public", "Paris",
  ("inm", "Interview pour un livre blanc", "Bonjour Alex, je prépare un livre blanc gratuit sur l'impact des ZFE sur les réseaux de bus. "
          "Accepteriez-vous un entretien de 20 minutes ? Votre témoignage serait précieux."),
  ("inm", "Suite de notre échange", "Bonjour Alex, pour figurer dans le livre blanc avec votre logo, il existe un pack partenaire à 1 500 € HT. "
          "Je vous joins le bon de commande."))
P("bait_and_switch_inmail", "it", "Davide Colombo", "Analista | Benchmark costi TPL", "Milano",
  ("inm", "Benchmark costi manutenzione", "Buongiorno Alex, sto confrontando i costi al km di manutenzione di 25 aziende di bus in Italia e Francia. "
          "Se condivide i suoi dati, le mando il confronto anonimo."),
  ("inm", "Il suo confronto", "Alex, il benchmark completo con il suo posizionamento è disponibile nella versione premium a 990 euro. "
          "Posso attivarle l'accesso oggi?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Sébastien Roux", "Chef d'atelier | Transport urbain", "Nîmes",
  ("end",), ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour {skill} et deux autres compétences. Tu pourrais me rendre la pareille sur Maintenance et Management ? "
          "Je postule chez Keolis, ça aide."))
P("endorse_me_back", "en", "Gareth Price", "Depot Manager | Coach & Bus", "Cardiff",
  ("end",),
  ("msg", "Alex mate, popped an endorsement on your {skill}. Any chance you'd do the same for me on Fleet Operations? Cheers."))
P("endorse_me_back", "es", "Iker Etxeberria", "Técnico de mantenimiento | Flota urbana", "Bilbao",
  ("end",),
  ("msg", "Hola Alex, te he validado {skill}. ¿Me validas tú Mantenimiento preventivo y Electricidad del automóvil? Me vendría genial para el CV."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Thierry Gasquet", "Courtier | Assurance flottes et transporteurs", "Toulon",
  ("inv", "Bonjour Alex, je suis courtier spécialisé flottes de bus. Je peux revoir votre contrat et vous faire économiser 15 %. On en parle ?"),
  ("rem",),
  ("inm", "Sans réponse", "Deux relances et pas un mot. C'est ça, le service public ? Un simple \"non merci\" ça coûte rien. "
          "Je retiens le nom de votre boîte."))
P("hostility_after_decline", "en", "Dwayne Mercer", "Mobility Consultant", "Birmingham",
  ("inv", DEFAULT),
  ("inm", "Seriously?", "Ignoring a connection request from someone in your own industry is pretty unprofessional, Alex. "
          "Hope the buses run better than your manners."))
P("hostility_after_decline", "de", "Uwe Schäfer", "Vertriebsleiter | Telematik für Busflotten", "Köln",
  ("inv", "Hallo Alex, unsere Telematikbox liest CAN-Daten aller gängigen Busse aus. Kurzer Call, um Ihnen ein Angebot zu machen?"),
  ("inm", "Ihr Verhalten", "Sie ignorieren meine Anfrage, aber beschweren sich auf Messen über fehlende Daten. Etwas mehr Respekt gegenüber Lieferanten "
          "wäre angebracht, Herr Kollege."))
P("hostility_after_decline", "it", "Roberto Gallo", "Titolare | Autoscuola professionale", "Napoli",
  ("inv", "Ciao Alex, formiamo autisti con patente D e CQC, possiamo fare corsi per i vostri nuovi assunti. Ci colleghiamo?"),
  ("rem",),
  ("inm", "Complimenti", "Complimenti per la maleducazione. Uno cerca di proporre un servizio e neanche una risposta. Gente come lei rovina il settore."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Régis Mouret", "Directeur régional | TyreCare Sud – pneumatiques poids lourds", "Marseille",
  ("msg", "Bonjour Alex, suite à la visite de vendredi je vous confirme notre offre de pneus rechapés Michelin pour le renouvellement : "
          "contrat au km, permanence 24/7 au dépôt. On peut caler la signature avant l'appel d'offres ?"),
  ("msg", "Alex, je relance : nos prix pour le lot pneumatiques tiennent jusqu'au 30. Un rendez-vous la semaine prochaine ?"),
  ("msg", "J'apprends que le marché part chez un concurrent moins-disant. Franchement, après 12 ans à dépanner vos bus à 3 h du matin, "
          "c'est une honte. Vous verrez la qualité du service. Je ne suis pas près d'oublier ça."))
P("hostility_connection", "en", "Connor Walsh", "Sales Manager | Retrofit e-bus conversions", "Cork",
  ("acc",),
  ("msg", "Thanks for connecting at the Busworld stand, Alex. As promised: converting 10 of your diesel Citaros to battery would cost about half a new bus each. Proposal attached."),
  ("msg", "No reply in two weeks? Bit rude after you asked for the numbers. I'd expected more from someone in your position, frankly."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Émilie Garnier", "Chargée d'affaires | BusLease Europe", "Lyon",
  ("msg", "Bonjour Alex, nos offres de location longue durée de bus électriques sont arrivées : 12 m, batterie garantie 8 ans. Je vous envoie une proposition ?"),
  ("msg", "Alex, nous avons 6 véhicules disponibles immédiatement à tarif préférentiel. Un appel jeudi ?"),
  ("msg", "Dernière relance de ma part : l'offre de rentrée se termine vendredi. Dites-moi si je vous réserve un créneau."))
P("connection_only_pitches", "it", "Gianluca Ferri", "Country Manager | FleetPulse Italia", "Verona",
  ("msg", "Ciao Alex! Abbiamo appena lanciato la telemetria FleetPulse in Francia. Ti va una prova gratuita di 30 giorni sul deposito e poi ne parliamo del contratto?"),
  ("msg", "Alex, ti rigiro il listino per 120 veicoli con lo sconto lancio. Fammi sapere quando possiamo sentirci."))
P("connection_only_pitches", "en", "Olivia Grant", "Awards Director | Mobility Excellence Awards", "London",
  ("msg", "Hi Alex, Calanques Bus has been shortlisted for Fleet of the Year 2022! To confirm your place the entry fee is €1,450, which includes two gala tickets."),
  ("msg", "Alex, only 4 days left to confirm your shortlisting. Winners get our logo pack and press release. Shall I send the invoice?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Yannick Bertrand", "Responsable grands comptes | Carte carburant", "Montpellier",
  ("msg", "Salut Alex, on a une nouvelle carte multi-énergies (gazole, GNV, recharge). Si tu veux je te fais un comparatif avec ton fournisseur actuel."))
P("single_pitch", "de", "Katrin Vogel", "Vertrieb | Reifendruckkontrolle für Busse", "Bremen",
  ("msg", "Hallo Alex, darf ich Ihnen unser Reifendruck-Monitoring vorstellen? Rechnet sich bei Stadtbussen nach 14 Monaten. Termin im November?"))
P("single_pitch", "es", "Marina Castell", "Organizadora | Premios Movilidad Sostenible", "Madrid",
  ("msg", "Hola Alex, abrimos inscripciones para los Premios Movilidad Sostenible 2022. La cuota de participación es de 900 €. ¿Te envío el formulario?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Julien Carrère", "Responsable flotte | Transports urbains lyonnais", "Lyon",
  ("msg", "Salut Alex, comme promis au salon : notre tableau de suivi des recharges nocturnes (puissance par borne, heure de fin, SOC au départ). "
          "Prends, adapte, ça nous a évité deux pannes de dépôt cet été."),
  ("msg", "Au fait, on a eu une mise à jour logicielle des chargeurs qui corrigeait les coupures à 80 %. Vérifie votre version, c'est le même fabricant."))
P("connection_brings_value", "en", "Aisha Okafor", "Depot Engineer | Northline Buses", "Leeds",
  ("msg", "Alex, here's the TCO spreadsheet we used for the tender board, with our real kWh and tyre costs. Swap in your numbers; the formulas are all there."))
P("connection_brings_value", "it", "Valentina Greco", "Responsabile flotta | Azienda Mobilità Torino", "Torino",
  ("msg", "Ciao Alex, ti giro il capitolato tecnico della nostra ultima gara bus elettrici (è pubblico). Le clausole sulla garanzia batteria ci hanno salvato, guarda art. 14."))
P("connection_brings_value", "de", "Martin Hoffmann", "Werkstattleiter | Stadtwerke Busbetrieb", "Freiburg",
  ("end",),
  ("msg", "Hallo Alex, anbei unsere Checkliste für die Hochvolt-Unterweisung der Mechaniker, die Sie in Lyon angesprochen hatten. Auf Deutsch, aber gut übersetzbar."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Camille Roche", "Chargée de recrutement | Cabinet transport & logistique", "Lyon",
  ("inm", "Poste : Directeur technique réseau bus (Toulon)", "Bonjour Alex, je recrute pour un réseau urbain de 180 bus un directeur technique "
          "qui pilotera la transition vers l'électrique. Poste en CDI, rémunération 75-85 k€. Votre parcours colle bien, seriez-vous ouvert à un échange confidentiel ?"))
P("stranger_inmail_recruiter", "en", "Daniel Brooks", "Talent Partner | Northline Buses", "Leeds",
  ("inm", "Head of Fleet Electrification – Northline", "Hi Alex, we're hiring a Head of Fleet Electrification to lead our 300-bus switch by 2027. "
          "Relocation supported, French speakers welcome for our Lille partnership. Open to a chat?"))
P("stranger_inmail_recruiter", "es", "Elena Martín", "Selección | Operador de transporte urbano", "Alicante",
  ("inm", "Jefe/a de mantenimiento de flota – Alicante", "Hola Alex, buscamos jefe/a de mantenimiento para una flota de 140 autobuses, 40 eléctricos. "
          "Hablar francés es un plus. ¿Te interesa que te cuente más?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jake Summers", "Growth | RouteIQ scheduling software", "Austin",
  ("inm", "Cut deadhead km by 12%", "Hi Alex, RouteIQ optimises block scheduling for electric buses around charging windows. "
          "Can I show you a 15-min demo?"),
  ("inm", "Quick follow-up", "Alex, circling back - happy to run a free pilot on one line if you share your GTFS."))
P("stranger_inmail_sales", "fr", "Hélène Marchand", "Organisation | Trophées de la Mobilité Urbaine", "Paris",
  ("inm", "Votre candidature aux Trophées", "Bonjour Alex, votre réseau a été repéré pour les Trophées 2022. Frais de dossier 1 200 € HT, "
          "visibilité garantie dans notre magazine. Je vous envoie le dossier ?"))
P("stranger_inmail_sales", "it", "Luca Moretti", "Area Manager Francia | Autobus elettrici", "Brescia",
  ("inm", "Nuovo 12 m elettrico per Marsiglia", "Buongiorno Alex, il nostro nuovo urbano 12 m ha 400 km di autonomia reale. "
          "Possiamo portarle un veicolo in prova a ottobre e discutere un'offerta per la prossima gara?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Pascale Lemoine", "Consultante | ex-directrice technique réseau urbain", "Avignon",
  ("inv", "Bonjour Alex, j'ai piloté le passage à l'électrique du réseau d'Avignon. Si ça peut vous aider, je partage volontiers nos retours sur "
          "les pannes de climatisation en été, on a souffert."),
  ("msg", "Comme promis, notre note interne sur la clim des bus électriques et les réglages qui ont marché. Bon courage pour l'été prochain !"),
  ("msg", "Alex, je lance mon offre d'accompagnement à l'électrification : 8 jours de mission, 9 600 € HT. Vous seriez mon premier client en Provence, on cale un rdv ?"))
P("good_turns_ugly", "en", "Ben Whitaker", "Depot Manager | City bus operator", "Sheffield",
  ("inv", "Hi Alex, we met on the UITP depot tour in Lyon. You asked about our wash-bay layout for e-buses - I've got the drawings if you still want them."),
  ("msg", "Drawings attached. Shout if the dimensions don't make sense."),
  ("end",),
  ("msg", "Hey Alex, I endorsed you for {skill}. Would you mind endorsing me for Fleet Management and Health & Safety? Updating my profile for a promotion."))
P("good_turns_ugly", "de", "Claudia Brenner", "Ladeinfrastruktur-Planerin", "Mannheim",
  ("inv", "Hallo Alex, ich habe für drei Betriebshöfe die Ladeplanung gemacht und teile gern unser Rechenblatt zur Netzanschlussleistung."),
  ("msg", "Hier das Rechenblatt. Die Gleichzeitigkeitsfaktoren sind aus echten Messungen."),
  ("msg", "Übrigens plane ich inzwischen auch für Kunden – für Ihren Betriebshof wäre das ein Festpreis von 14.000 €. Wollen wir darüber sprechen?", (5, 12)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Arnaud Perrin", "Commercial | Solutions de lavage pour bus", "Grenoble",
  ("inm", "Portique de lavage", "Bonjour Alex, notre portique de lavage consomme 40 % d'eau en moins. Je peux passer vous le présenter ?"),
  ("inv", "Bonjour Alex, je vois que nous avons plusieurs contacts en commun dans le transport, ravi d'échanger."))
P("reinvite_known_bad", "en", "Sophie Lang", "Partnerships | Fleet Software", "Amsterdam",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, loved your post on depot charging. Would be great to connect!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Franck Delmas", "Gérant | Pièces détachées autocars", "Marseille",
  ("inv", "Alex, pièces Iveco et Heuliez à -30 %, livrées au dépôt. On s'appelle ?"),
  ("inm", "Pas de réponse ?", "Vous êtes trop important pour répondre à un fournisseur local ? Bravo la mentalité."),
  ("inv", "Bonjour Alex, repartons sur de bonnes bases ? Je serais content de vous compter dans mon réseau."))
P("reinvite_known_ugly", "it", "Fabio Sala", "Coordinatore | Rete europea gestori di flotta", "Milano",
  ("inm", "Rete europea dei fleet manager", "Ciao Alex, stiamo creando una rete europea di fleet manager del trasporto pubblico per confrontarci sui problemi del deposito. Ti va di entrare?"),
  ("inm", "Quota di adesione", "Benvenuto! L'adesione annuale è di 650 euro, comprende la partecipazione al nostro forum a Milano. Ti mando il modulo di pagamento?"),
  ("inv", "Ciao Alex, mi farebbe piacere averti nei miei contatti."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Mathieu Olivier", "Ingénieur d'affaires | Bornes de recharge", "Marseille",
  ("acc",),
  ("msg", "Merci pour l'ajout Alex ! Puisqu'on s'est croisés au salon, je vous propose un audit gratuit de votre dépôt avant devis pour 20 bornes."))
P("user_invited_pitch_once", "it", "Silvia Rossetti", "Key Account | Ricambi originali bus", "Padova",
  ("acc",),
  ("msg", "Grazie del collegamento Alex. Ti allego il nostro listino ricambi 2023 per Citaro e Urbanway, con consegna a Marsiglia in 72 ore. Ordini minimi bassi."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Harvey Lloyd", "Sales Director | Bus Leasing Partners", "Manchester",
  ("acc",),
  ("msg", "Thanks for the add, Alex. We lease refurbished Euro 6 buses as a bridge while you wait for e-bus deliveries. Want a quote for 8 units?"),
  ("msg", "Alex, the bridge fleet offer is still on - 5 buses available from November. Can we get a call in?"))
P("user_invited_pitch_twice", "fr", "Aurélie Blanc", "Responsable commerciale | Télématique embarquée", "Nantes",
  ("acc",),
  ("msg", "Merci pour la mise en relation ! Je vous envoie la plaquette de notre boîtier et la grille tarifaire pour 150 véhicules."),
  ("msg", "Bonjour Alex, avez-vous pu regarder la grille ? Je peux vous proposer une remise si on signe avant décembre."))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Laurent Giraud", "Responsable maintenance | Régie des Transports Niçois", "Nice",
  ("acc",),
  ("msg", "Salut Alex, merci pour l'invitation. Comme on en parlait, je t'envoie nos gammes de maintenance préventive des bus électriques, tu peux t'en servir telles quelles."))
P("user_invited_value", "es", "Jordi Puig", "Responsable de flota | Transport urbà", "Girona",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Te paso el informe que hicimos tras 2 años con eléctricos: consumo real por línea y averías. Si quieres lo comentamos por teléfono."))
P("user_invited_value", "it", "Giorgio Bianchi", "Manutenzione flotta | Azienda trasporti", "Genova",
  ("acc",),
  ("msg", "Grazie Alex! Ecco il contatto del tecnico che ci ha risolto i problemi di isolamento sulle batterie. Digli che ti mando io."),
  nl="it")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Manon Leclerc", "Directrice d'exploitation | Réseau urbain", "Toulon", ("acc",))
P("acceptance_only", "en", "Ian Fraser", "Head of Engineering | Bus operator", "Glasgow", ("acc",))
P("lone_endorsement", "fr", "Kévin Morel", "Conducteur receveur", "Marseille", ("end",))
P("lone_endorsement", "it", "Sara Costa", "Tecnica di officina", "Torino", ("end",))


# =============================================================== a few more voices (mixed languages)
P("good_invitation", "fr", "Dimitri Papadakis", "Mechanical Engineer | Looking for a job in France", "Marseille",
  ("inv", "Hello Alex, I'm a Greek bus mechanic, certified on high-voltage systems, now living in Marseille and learning French. "
          "Is your workshop hiring? I can send my CV in French or English."),
  nl="en")
P("sales_invitation", "fr", "Oliver Krämer", "Sales | Fahrerassistenzsysteme", "München",
  ("inv", "Hallo Alex, unser Abbiegeassistent ist ab 2024 Pflicht. Wir rüsten Ihre Flotte nach – darf ich ein Angebot schicken?"),
  nl="de")
P("single_pitch", "it", "Chiara Vitale", "Consulente | Finanziamenti flotte", "Roma",
  ("msg", "Alex, ci sono ancora fondi europei per il rinnovo flotte. Gestiamo noi la pratica, a percentuale sul contributo ottenuto. Ti interessa?"))
P("connection_brings_value", "es", "Pilar Romero", "Responsable de formación | Operador urbano", "Sevilla",
  ("msg", "Hola Alex, te paso el programa de formación en conducción eficiente que usamos con los conductores de eléctricos. Nos ha bajado el consumo un 9 %. Gratis, úsalo."))
P("user_invited_pitch_once", "de", "Tobias Richter", "Business Development | Betriebshofsoftware", "Berlin",
  ("acc",),
  ("msg", "Danke für die Vernetzung! Unsere Software plant Ladevorgänge und Umläufe zusammen. Hätten Sie Lust auf eine kurze Demo?"))
P("hostility_after_decline", "es", "Rubén Calvo", "Comercial | Neumáticos industriales", "Zaragoza",
  ("inv", "Hola Alex, trabajamos neumáticos de autobús a precio de fábrica. ¿Hablamos?"),
  ("inm", "Qué poca educación", "Ni contestar. Así os va en Francia con los concursos. Un poco de respeto por los que trabajamos."))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Service RH Calanques Bus", "rh@calanques-bus.example.fr", "Candidatures conducteurs – session d'octobre",
     "Bonjour Alex,\n\nvoici les 12 candidatures reçues. Plusieurs candidats disent vous avoir aussi écrit sur LinkedIn : merci de nous les renvoyer.\n\nLe service RH", "fr"),
    ("Achats Calanques Bus", "achats@calanques-bus.example.fr", "Marché pneumatiques : notification",
     "Alex,\n\nle lot pneumatiques est attribué. Les candidats non retenus seront informés par courrier ; pas d'échange sur LinkedIn pendant le délai de recours.", "fr"),
    ("Julien Carrère", "j.carrere@tul.example.fr", "Tableau recharges (version complète)",
     "Salut Alex,\n\nla version LinkedIn était tronquée, voici le fichier complet.\n\nJulien", "fr"),
    ("Busworld Europe", "visitors@busworld.example.org", "Your visitor badge",
     "Dear Alex,\n\nyour badge is attached. Tag us on LinkedIn with #Busworld2022!", "en"),
    ("UITP Events", "events@uitp.example.org", "Depot tour Lyon – photos",
     "Hi Alex,\n\nthe photos from the depot tour are online. Feel free to share them on LinkedIn.", "en"),
    ("Fornitore ricambi", "ordini@ricambi.example.it", "Conferma ordine 4471",
     "Gentile cliente,\n\nil suo ordine è stato spedito. Seguici su LinkedIn per le novità.", "it"),
    ("Verkehrsverbund Workshop", "workshop@kit.example.de", "Datenerhebung Ladeinfrastruktur",
     "Hallo Alex,\n\nJonas Weber hat Sie auch über LinkedIn kontaktiert. Hier der Link zum Fragebogen.", "de"),
    ("Karim Benali", "karim.benali@mail.example.fr", "CV mécanicien",
     "Bonjour Monsieur,\n\nsuite à ma demande sur LinkedIn, voici mon CV.\n\nCordialement,\nKarim Benali", "fr"),
    ("Cocheras Valencia", "visitas@auv.example.es", "Visita técnica cochera H2",
     "Hola Alex,\n\nconfirmamos tu plaza para la visita del 17 de noviembre. Lucía Navarro te escribió también por LinkedIn.", "es"),
]

ERAS = {s[2]: "cur" for s in PEOPLE}

HEADER = [f"# mailbot development corpus dev205. Generated by scripts/make_corpus_dev205.py (seed {SEED}); do not edit by hand.",
          "# Alex as fleet manager of a Marseille bus company, September to early November 2022: e-bus, telematics, fuel-card and charging vendors, "
          "leasing firms, drivers and mechanics applying, peer operators sharing charging experience, paid mobility awards, a rude tyre supplier. "
          "Same format as tests/corpus/dev."]


class Stories205(cs.EraStories):
    """Stories inside the two months: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
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
    assert len(names) == len(set(names)), "duplicate names"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert lang in mc.L and nl in mc.L, (name, lang, nl)
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev205")
    args = ap.parse_args()
    check_notes()
    c = Stories205(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(11)
    c.make_other(12)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
