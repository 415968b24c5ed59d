#!/usr/bin/env python3
"""Write mailbot's dev182 corpus: tests/corpus/dev182/*.eml + expected.toml.

The angle: an ordinary two months (April and May 2021) in the LinkedIn inbox of Alex, an
estate agent (Immobilienmaklerin/Immobilienmakler) in Munich who sells a service: buyers and
tenants asking for viewings, owners thinking of selling, relocation managers sending
newcomers, peers in Rosenheim, Madrid or Milan passing on leads, the regional association's
free further training (the yearly 20 hours a Munich agent owes under §34c GewO), property
portals, CRM and lead sellers, photographers, drone pilots and home stagers, mortgage
brokers wanting a tip-off arrangement, fake buyers and deposit scams, and an owner who turns
rude after a talk about lowering the asking price. Bavarian and standard German, English,
some Italian, Spanish and French.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py; the skills, job titles, headlines of spoof-only names, the
spoofs' pitches and the subjects of LinkedIn's other mail are swapped for this world in this
process only. All mail falls between 1 April and 31 May 2021. Every note was written from
shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev182.py              # writes tests/corpus/dev182
    python scripts/make_corpus_dev182.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20210412

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2021, 4, 1, 6, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2021, 5, 31, 19, 0, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (4, 10), "acc": (0, 0), "end": (1, 8), "msg": (2, 11), "inm": (2, 9), "inv": (15, 24)})


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


# ------------------------------------------------------------------ a Munich estate agent's world (this process only)
RHEADLINE = "Immobilienmakler:in | Wohnimmobilien München & Umland | Verkauf und Vermietung"
SKILLS = {
    "en": ["Real Estate", "Property Valuation", "Negotiation", "Residential Sales", "Letting", "Customer Service"],
    "de": ["Immobilienvermittlung", "Immobilienbewertung", "Verhandlung", "Wohnimmobilien", "Vermietung", "Kundenberatung"],
    "fr": ["Immobilier", "Estimation immobilière", "Négociation", "Vente résidentielle", "Location"],
    "es": ["Bienes raíces", "Tasación inmobiliaria", "Negociación", "Venta residencial", "Alquiler"],
    "it": ["Immobiliare", "Valutazioni immobiliari", "Negoziazione", "Compravendita residenziale", "Locazioni"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE
mc.CITY["de"] = ["München", "Starnberg", "Rosenheim", "Augsburg", "Freising", "Dachau"]
mc.CITY["en"] = ["Munich", "London", "Dublin", "Zurich", "Vienna", "New York"]
mc.JOBS[:] = [("Immobilienberater:in Wohnen (m/w/d)", "Isarwert Immobilien"), ("Teamleitung Vermietung (m/w/d)", "Südhaus Residential"),
              ("Senior Property Consultant", "Alpenblick Estates"), ("Makler:in Neubauvertrieb (m/w/d)", "Kranz & Roth Projektentwicklung"),
              ("Branch Manager Munich", "Harlow & Finch Property")]
mc.COMPANIES["good"] = ["Isarwert Immobilien", "IVD Süd", "Notariat am Stachus", "Kranz & Roth Projektentwicklung", "TU München",
                        "Relocation Partners Bavaria", "Südhaus Residential", "Stadtsparkasse Ebersberg"]
mc.COMPANIES["sales"] = ["ImmoLeads24", "MaklerCloud", "Drohnenblick Media", "StagingKunst", "Portalplus", "EnergieAusweis Express",
                         "FinanzPartner Süd"]
mc.HEADLINES["good"] = ["Immobilienmaklerin bei {co}", "Relocation Consultant | {co}", "Notarfachwirt, {co}", "Property Manager at {co}",
                        "Projektleiter Neubau | {co}", "Wohnungssuchend in München | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager Makler | {co}", "Founder & CEO at {co}", "Vertrieb Immobilienbranche | {co}",
                         "Mehr Eigentümer-Leads für Makler | {co}", "Sales Director DACH, {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "lookalike:linkedinmail.net", "buried",
                       "untrusted:mx.example.org", "noauth", "lookalike:linkedin.com.secure-notify.example", "wrongpass"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I sent the signed reservation agreement and the deposit receipt for the flat. Please log in to confirm and release the keys.",
           "Hello {first}, your listing was flagged by our compliance team. Sign in within 24 hours to keep it online."],
    "de": ["Hallo {first}, ich habe Ihnen die Anzahlungsbestätigung für die Wohnung freigegeben. Bitte melden Sie sich an, um sie zu prüfen.",
           "Guten Tag {first}, Ihr Exposé wurde gemeldet. Bitte bestätigen Sie innerhalb von 24 Stunden Ihre Identität im Portal."],
    "fr": ["Bonjour {first}, je vous ai transmis la preuve de virement de la caution. Connectez-vous pour la consulter.",
           "Bonjour {first}, votre annonce a été signalée. Connectez-vous sous 24 heures pour la garder en ligne."],
    "es": ["Hola {first}, te he enviado el justificante de la fianza del piso. Inicia sesión para verlo.",
           "Hola {first}, tu anuncio ha sido marcado. Inicia sesión en 24 horas para mantenerlo activo."],
    "it": ["Ciao {first}, ti ho inviato la ricevuta della caparra per l'appartamento. Accedi per visualizzarla.",
           "Gentile {first}, il suo annuncio è stato segnalato. Acceda entro 24 ore per mantenerlo online."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "de": {"job": ("{n} neue Jobs für „Immobilienmakler“", "Ihr Jobalarm für Immobilienberater in {city}"),
           "news": "Kaufpreise in München: Ist das Ende der Fahnenstange erreicht?", "group": "Top-Unterhaltungen in Immobilienprofis Bayern",
           "newsletter": "Der Makler-Brief: Bestellerprinzip, ein Jahr danach"},
    "en": {"job": ("{n} new jobs for \"real estate agent\"", "Your job alert for property consultant in {city}"),
           "news": "Why are German house prices still rising in 2021?", "group": "Top conversations in European Residential Property",
           "newsletter": "The Lettings Ledger: remote viewings after the lockdown"},
    "it": {"job": ("{n} nuove offerte per «agente immobiliare»", "Il tuo avviso di lavoro per agente immobiliare a {city}"),
           "news": "Mutui 2021: tassi ancora ai minimi?", "group": "Conversazioni principali in Agenti Immobiliari Italia",
           "newsletter": "Il mattone in tasca: comprare all'estero"},
    "es": {"job": ("{n} empleos nuevos de «agente inmobiliario»", "Tu alerta de empleo de asesor inmobiliario en {city}"),
           "news": "¿Se enfría el mercado de la vivienda en 2021?", "group": "Conversaciones destacadas en Agentes Inmobiliarios Europa",
           "newsletter": "Ladrillo y datos: comprar sin visitar"},
    "fr": {"job": ("{n} nouvelles offres pour « agent immobilier »", "Votre alerte emploi pour négociateur immobilier à {city}"),
           "news": "Immobilier : les prix repartent-ils à la hausse ?", "group": "Meilleures discussions dans Agents immobiliers francophones",
           "newsletter": "La lettre du négociateur : visites virtuelles, bilan"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Korbinian Huber", "Oberarzt Anästhesie | Klinikum rechts der Isar", "München",
  ("inv", "Servus Alex, meine Frau und ich suchen seit einem Jahr ein Reihenhaus im Münchner Osten, Trudering oder Haar. Ich hab gesehen, dass Sie "
          "da das Eckhaus in der Wasserburger Landstraße drin haben. Wär ein Besichtigungstermin am Samstag möglich? Finanzierungszusage liegt vor."),
  ("rem",))
P("good_invitation", "en", "Priya Raghunathan", "Senior Software Engineer | moving to Munich in June", "Bangalore",
  ("inv", "Hi Alex, I'm joining a team in Munich on 1 June and need a 2-room flat near the S-Bahn, ideally Schwabing or Neuhausen, budget around 1,600 warm. "
          "My company pays the agent fee. Could you let me know if you have anything, and how viewings work while I'm still abroad?"))
P("good_invitation", "de", "Sepp Brandl", "Immobilienmakler | Brandl Immobilien Rosenheim", "Rosenheim",
  ("inv", "Griaß di Alex, i hätt a junge Familie, die raus aus Rosenheim nach München will, Eigentumswohnung 4 Zimmer, bis 950.000. Des is ned mei Gebiet, "
          "drum gib i's gern an di weiter. Können uns ja kurz absprechen."),
  ("rem",))
P("good_invitation", "it", "Lucia Bernardi", "Commercialista | Studio Bernardi", "Verona",
  ("inv", "Buongiorno Alex, mio figlio inizia il master alla TUM a ottobre e vorremmo comprare un bilocale a Monaco invece di pagare l'affitto per due anni. "
          "Lei segue anche clienti italiani? Potremmo vedere qualcosa a fine maggio, quando siamo su."))
P("good_invitation", "de", "Dr. Renate Obermaier", "Vorsitzende Regionalgruppe München | IVD Süd", "München",
  ("inv", "Liebe Kollegin, lieber Kollege, am 20. Mai machen wir online die nächste Fortbildung zum neuen WEG-Recht, drei Stunden, kostenlos für Mitglieder und Gäste, "
          "und sie zählt für die Weiterbildungspflicht nach §34c. Ich würde Sie gerne einladen."))
P("good_invitation", "fr", "Mathieu Lemaire", "Ingénieur structures | Airbus Defence and Space", "Toulouse",
  ("inv", "Bonjour Alex, je suis muté à Ottobrunn à la rentrée avec ma femme et nos deux enfants. On cherche une maison à louer pas trop loin de l'école "
          "française. Vous faites de la location ? Je serais ravi d'avoir vos conseils sur les quartiers."),
  ("rem",))
P("good_invitation", "es", "Inmaculada Torres", "Agente inmobiliaria | Torres & Vega Propiedades", "Madrid",
  ("inv", "Hola Alex, tengo un cliente, directivo de un banco, que se traslada a Múnich en septiembre y quiere comprar piso. Busco un agente de confianza allí "
          "para pasárselo. ¿Trabajas con compradores extranjeros? Te cuento los detalles por aquí."))


# =============================================================== default_invitation
P("default_invitation", "de", "Tobias Wimmer", "Vertrieb | Immobilien | Finanzen", "Augsburg", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Jordan Blake", "Real Estate Investor | Passive Income", "Manchester", ("inv", NONOTE))
P("default_invitation", "it", "Federico Sala", "Consulente immobiliare", "Bolzano", ("inv", DEFAULT))
P("default_invitation", "de", "Melanie Kerschbaum", "Hausverwaltung | Buchhaltung", "Erding", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Florian Greiner", "Key Account Manager Makler Süd | Portalplus", "München",
  ("inv", "Hallo Alex, Ihre Objekte stehen bei uns noch im Basis-Paket. Mit dem Premium-Platz landen Sie in den Suchergebnissen ganz oben, in München bringt "
          "das im Schnitt 40 % mehr Anfragen. Darf ich Ihnen das Angebot für Q2 in 15 Minuten vorstellen?"))
P("sales_invitation", "en", "Ethan Caldwell", "Growth Lead DACH | MaklerCloud CRM", "Berlin",
  ("inv", "Hey Alex! Still juggling leads in Excel and Outlook? MaklerCloud syncs your portal enquiries, auto-books viewings and sends the Exposé. "
          "Agents in Munich save ~6h a week. Free 14-day trial, can I give you a quick walkthrough?"),
  ("rem",))
P("sales_invitation", "de", "Dominik Sedlmair", "Drohnenpilot & Immobilienfotograf | Drohnenblick Media", "Freising",
  ("inv", "Grüß Gott, Luftaufnahmen verkaufen Häuser! Ich biete Maklern im Raum München Pakete ab 249 € an: 20 Fotos, Drohne, Grundriss. "
          "Diesen Monat 10 % Rabatt fürs erste Objekt. Soll ich Ihnen Muster schicken?"))
P("sales_invitation", "it", "Chiara Lombardi", "Home Stager certificata | StagingKunst", "Milano",
  ("inv", "Ciao Alex, faccio home staging per agenzie in Baviera e Alto Adige: arredo in affitto, foto, consegna in 5 giorni. "
          "Le case arredate si vendono il 30% più veloce. Ti mando il listino per il mercato di Monaco?"))
P("sales_invitation", "de", "Marco Lindner", "Eigentümer-Leads für Makler | ImmoLeads24", "Nürnberg",
  ("inv", "Hallo Alex, wir liefern verkaufsbereite Eigentümer-Leads aus Ihrem PLZ-Gebiet, exklusiv, ab 89 € pro Lead. Kein Abo, keine Grundgebühr. "
          "Haben Sie diese Woche Zeit für ein kurzes Telefonat?"))
P("sales_invitation", "es", "Rodrigo Almansa", "Asesor hipotecario | FinanzPartner Süd", "München",
  ("inv", "Hola Alex, soy asesor hipotecario en Múnich y trabajo con varios agentes: tú me pasas compradores que necesitan financiación y te pago un 0,3 % "
          "del préstamo como comisión de referencia. ¿Te interesa? Quedamos para un café."))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Stefan Achleitner", "Gründer | Münchner Makler-Stammtisch", "München",
  ("inv", "Hallo Alex, wir sind ein lockerer Stammtisch unabhängiger Makler aus München, einmal im Monat im Augustiner, Austausch über Markt und Recht, "
          "keine Verkaufsveranstaltung. Magst dazukommen?"),
  ("msg", "Freut mich, dass du dabei bist! Kleine Info vorab: Ab Juni kostet der Stammtisch 79 € im Monat, dafür bekommst du Zugang zu unserem "
          "Lead-Pool und die Vorlagen für Alleinaufträge. Soll ich dir den Mitgliedsantrag schicken?", (3, 9)),
  ("msg", "Servus Alex, nur eine Erinnerung: Die Gründungsmitglieder-Konditionen (59 € statt 79 €) gelten nur noch bis Freitag. Sag kurz Bescheid.", (5, 12)))
P("bait_and_switch_invitation", "en", "Hannah Whitfield", "Community Lead | Munich Property Professionals", "Munich",
  ("inv", "Hi Alex, I run a small community for English-speaking property people in Munich, agents, relocation folks, a couple of notaries. "
          "We swap referrals and market gossip. Would love to have you in it!"),
  ("msg", "Welcome aboard Alex! Quick one: I also head partnerships at LeadNest, which plugs straight into ImmoScout and answers enquiries in 2 minutes "
          "around the clock. Members get 3 months at half price, shall I set up a demo for you?", (4, 10)))
P("bait_and_switch_invitation", "de", "Christian Feichtinger", "Baufinanzierungsberater | unabhängig", "Starnberg",
  ("inv", "Hallo Alex, kurze Frage unter Kollegen aus der Branche: Wie handhaben Sie seit dem Bestellerprinzip bei Vermietungen die Provision, wenn der "
          "Mieter selbst sucht? Würde mich über Ihre Erfahrung freuen."),
  ("msg", "Danke für Ihre Antwort, sehr hilfreich! Übrigens: Ich vermittle Baufinanzierungen bei über 400 Banken. Wenn Sie mir Ihre Käufer schicken, "
          "bekommen Sie von mir eine Tippgeberprovision. Wann passt Ihnen ein Termin?", (3, 8)),
  ("msg", "Hallo Alex, ich hab Ihnen unsere Kooperationsvereinbarung angehängt. Unterschreiben und zurückschicken reicht, dann kann's losgehen.", (6, 12)))
P("bait_and_switch_invitation", "it", "Giorgio Ferrante", "Consulente per italiani in Germania", "Monaco di Baviera",
  ("inv", "Ciao Alex, sto preparando una guida gratuita per gli italiani che comprano casa in Baviera (notaio, Grunderwerbsteuer, mutuo). "
          "Mi piacerebbe avere il parere di un agente del posto, te la mando volentieri."),
  ("msg", "Grazie del collegamento! Ti dico subito: la guida la distribuiamo attraverso il nostro portale per clienti italiani. Per comparire come agente "
          "consigliato la quota è di 390 € l'anno. Ti mando il modulo?", (3, 10)))
P("bait_and_switch_invitation", "es", "Valeria Montoya", "Agente inmobiliaria | Coach | Hispanohablantes en Alemania", "Frankfurt",
  ("inv", "Hola Alex, estoy armando un grupo de agentes hispanohablantes en Alemania para pasarnos clientes y resolver dudas legales entre colegas. "
          "Sin costo. ¿Te sumas?"),
  ("msg", "¡Qué bueno tenerte! Te cuento que el grupo va de la mano de mi programa de mentoría 'Agente 6 cifras': 8 semanas, 1.490 €. "
          "Esta semana hay plazas con descuento. ¿Agendamos una llamada?", (4, 10)),
  ("msg", "Alex, ¿pudiste ver lo del programa? Me quedan dos plazas para la edición de junio.", (5, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Oliver Sandberg", "Editor | Bavarian Property Review", "Munich",
  ("inm", "Quick quote for our Munich market piece?", "Hi Alex, I'm putting together a piece on how the lockdown changed what Munich buyers want, "
          "gardens, home offices, the move to the Umland. Could I quote you? Two or three sentences by email would be perfect."),
  ("inm", "Your feature in Bavarian Property Review", "Thanks Alex, great insights. We'd love to run them as a full profile of your agency in the June issue. "
          "Featured agent profiles are €1,200 incl. photo shoot, and we have one slot left. Shall I reserve it?", (3, 8)))
P("bait_and_switch_inmail", "de", "Wolfgang Reuter", "Privatier | Investor", "Zürich",
  ("inm", "Interesse an Ihrer Villa in Grünwald", "Sehr geehrte Damen und Herren, ich habe Ihr Inserat für die Villa in Grünwald gesehen und bin als Käufer "
          "ernsthaft interessiert, Kaufpreis ist kein Problem. Meine Anwälte in Zürich würden die Abwicklung übernehmen."),
  ("inm", "Abwicklung Grünwald", "Guten Tag, für die Freigabe der Mittel verlangt meine Bank eine Verifizierung über den Treuhandservice SecureDeal. "
          "Die Registrierung als Makler kostet 480 €, danach fließt die Reservierungsgebühr sofort. Bitte bis Montag erledigen.", (2, 6)))
P("bait_and_switch_inmail", "fr", "Théo Garnier", "Étudiant en master immobilier | ESSEC", "Cergy",
  ("inm", "Mémoire sur le marché munichois", "Bonjour Alex, j'écris mon mémoire de master sur les écarts de prix entre Paris et Munich. "
          "Accepteriez-vous de répondre à 5 questions par écrit ? Je vous enverrai le mémoire terminé."),
  ("inm", "Merci + une proposition", "Merci beaucoup pour vos réponses ! En fait je lance aussi une startup, EstimaFlash, un outil d'estimation automatique pour agents. "
          "L'abonnement est à 49 €/mois, je vous offre le premier. On fait une démo de 20 minutes ?", (4, 9)))
P("bait_and_switch_inmail", "en", "Michael Okafor", "Petroleum Engineer | Offshore", "Aberdeen",
  ("inm", "Flat in Haidhausen", "Hello Alex, I am working offshore and moving to Munich with my family in July. The 3-room flat in Haidhausen is just what we need. "
          "I cannot come for a viewing but I am ready to rent it from distance. Please let me know the next steps."),
  ("inm", "Deposit transfer", "Hello again, my employer already sent the deposit and 3 months rent through their payment agent. To release it you must pay the "
          "agent clearance fee of 350 EUR by Western Union. Then all the money comes to your account today. Kindly confirm.", (2, 5)))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Sabine Moosbauer", "Hausverwalterin | Moosbauer WEG-Verwaltung", "Dachau",
  ("end",),
  ("msg", "Hallo Alex, hab dich für {skill} bestätigt, gern geschehen 😊 Magst du mich im Gegenzug für WEG-Verwaltung und Mietrecht bestätigen? "
          "Ich bau gerade mein Profil auf, das hilft mir echt."))
P("endorse_me_back", "en", "Grace Holloway", "Interior Stylist | Homes that sell", "Munich",
  ("end",), ("end",),
  ("msg", "Hi Alex, I've endorsed you for a couple of skills over the last weeks. Would you mind returning the favour with Home Staging and Interior Design? "
          "Only takes a second, thanks so much!"))
P("endorse_me_back", "it", "Paolo De Santis", "Geometra | Perizie immobiliari", "Bolzano",
  ("end",),
  ("msg", "Ciao Alex, ti ho dato qualche conferma di competenze. Se ti va di ricambiare con Perizie e Catasto mi fai un favore, sto cercando incarichi in Germania."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Hubert Stangl", "Selbständiger Immobilienkaufmann", "Landshut",
  ("inv", DEFAULT),
  ("inm", "Ned amoi a Antwort", "Ja mei, Alex, do schreibt ma höflich und kriagt ned amoi a Antwort. Typisch Münchner Makler, hochnäsig bis zum Gehtnichtmehr. "
          "Brauchst di ned wundern, wenn di koana mag."))
P("hostility_after_decline", "en", "Craig Dunmore", "Property Investor | Author | Speaker", "Leeds",
  ("inv", "Alex, I buy 10+ units a year across Europe and Munich is next. Let's connect, you'll want to know me."),
  ("rem",),
  ("inm", "Your loss", "Ignoring an investor with a real budget. Bold move. This is exactly why German agents have such a terrible reputation, zero hustle, "
          "zero manners. Don't bother reaching out when you need a buyer."))
P("hostility_after_decline", "de", "Ingrid Pfaffinger", "Eigentümerin | Vermietung privat", "Pasing",
  ("inv", "Guten Tag, ich möchte meine Wohnung in Pasing vermieten und suche jemanden, der mir Mieter bringt, aber ohne Provision für mich. Vernetzen?"),
  ("inm", "Unverschämt", "Sie halten es also nicht für nötig, auf eine Anfrage zu reagieren. Ich finde das unprofessionell und unverschämt. "
          "Ich werde Sie bestimmt nicht weiterempfehlen, und meine Nachbarn auch nicht."))
P("hostility_after_decline", "es", "Álvaro Castaño", "Inversor inmobiliario", "Marbella",
  ("inv", "Hola Alex, busco oportunidades off-market en Múnich para un family office. Conectemos."),
  ("inm", "Sin respuesta", "Veo que no aceptas. Muy poco profesional, la verdad. Con esa actitud no me extraña que en Alemania todo vaya tan lento. "
          "Allá tú."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Dr. Gerhard Wimmersberger", "Geschäftsführer a.D. | Eigentümer", "Bogenhausen",
  ("acc",),
  ("msg", "Sehr geehrte/r Alex, danke für das Gespräch gestern. Ich habe Ihre Bewertung gelesen. Dass Sie mir nach sechs Wochen ohne Käufer eine "
          "Preissenkung um 120.000 € vorschlagen, halte ich für eine Zumutung."),
  ("msg", "Ich sage es Ihnen ganz offen: Sie haben keine Ahnung vom Bogenhausener Markt. Ein Anfänger hätte das besser gemacht. Ich erwarte, dass Sie "
          "das Objekt zum vereinbarten Preis vermarkten, oder ich sorge dafür, dass man in meinem Golfclub von Ihnen hört.", (1, 4)))
P("hostility_connection", "en", "Ryan Kessler", "Account Executive | PropShot 3D Tours", "Berlin",
  ("msg", "Hey Alex, thanks for connecting! Quick one: our 3D virtual tours get Munich listings 2x the enquiries. €199 per property, first one free. Want to try it?"),
  ("msg", "Following up on the tours, Alex. We're booking the Munich shoot days for May, can I put you down for one?"),
  ("msg", "Wow, 'not interested' after I spent two weeks on you. No wonder your listings look like it's 2005. Good luck with that attitude."))
P("hostility_connection", "de", "Bettina Haslinger", "Home Staging | Stilberatung", "Grünwald",
  ("acc",),
  ("msg", "Liebe Alex, danke fürs Vernetzen! Ich richte Häuser für den Verkauf ein, gern auch Ihr nächstes Objekt. Mein Paket fürs Wohnzimmer startet bei 890 €."),
  ("msg", "Schade, dass Sie sich für die günstige Variante entschieden haben. Ehrlich gesagt sieht man das den Fotos auch an. Wer am Staging spart, spart am "
          "Verkaufspreis, das sollte man als Makler eigentlich wissen."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Jens Pohlmann", "Regional Sales Manager | Portalplus", "München",
  ("msg", "Hallo Alex, wir haben ab Mai ein neues Paket für Makler mit 5-20 Objekten: Top-Listing plus Bewertungsrechner auf Ihrer Website. "
          "Hätten Sie nächste Woche 20 Minuten?"),
  ("msg", "Hallo Alex, kurzes Update: Bei Abschluss bis 15.5. gibt es 2 Monate gratis. Soll ich Ihnen das Angebot schicken?"),
  ("msg", "Letzte Chance auf die Frühbucher-Konditionen, Alex. Ich habe Ihnen vorsorglich schon den Vertrag vorbereitet."))
P("connection_only_pitches", "en", "Lily Chambers", "Property Photographer | Crisp Listings", "Munich",
  ("msg", "Hi Alex! Spring is the best light for exteriors. I'm offering Munich agents a bundle: 25 HDR photos + floor plan for €290. Fancy it?"),
  ("msg", "Hey Alex, just a nudge, I still have Tuesday and Thursday slots this month for shoots. Let me know if you have a listing coming up!"))
P("connection_only_pitches", "it", "Stefano Rinaldi", "Certificazioni energetiche | EnergieAusweis Express", "Innsbruck",
  ("msg", "Ciao Alex, facciamo Energieausweis per agenzie in tutta la Baviera in 48 ore, 179 € a immobile. Ti interessa una convenzione per i tuoi incarichi?"),
  ("msg", "Alex, ti ricordo la nostra offerta: con 5 certificati al mese scendiamo a 149 €. Fammi sapere se vuoi il contratto."))


# =============================================================== single_pitch
P("single_pitch", "de", "Andreas Pichler", "Versicherungsmakler | Gewerbe & Vermögensschaden", "Ingolstadt",
  ("msg", "Hallo Alex, als Makler brauchen Sie ja eine Vermögensschadenhaftpflicht. Ich kann Ihnen ein Angebot machen, das meist 20 % unter dem liegt, "
          "was die Kollegen zahlen. Soll ich kurz rechnen?"))
P("single_pitch", "es", "Lorena Quintero", "Diseño web para inmobiliarias", "Valencia",
  ("msg", "¡Hola Alex! Vi tu web y creo que podríamos darle un buen lavado de cara: fichas de inmuebles con vídeo, multidioma y formulario de tasación. "
          "Te preparo presupuesto sin compromiso si quieres."))
P("single_pitch", "fr", "Nicolas Barbier", "Fondateur | VisiteLive", "Lyon",
  ("msg", "Bonjour Alex, nous proposons des visites en direct guidées par vidéo pour les acheteurs à distance. Vous pourriez tester gratuitement 30 jours, "
          "puis c'est 59 € par mois. Je vous envoie un accès ?"))
P("single_pitch", "en", "Tom Prescott", "Business Coach for Estate Agents", "Bristol",
  ("msg", "Alex, most agents leave 30% of their commission on the table in negotiations. My 6-week coaching fixes that. Worth a 15-min chat?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Veronika Staudinger", "Immobilienmaklerin | Staudinger Immobilien Starnberg", "Starnberg",
  ("msg", "Hi Alex, ich hab einen Käufer für eine 3-Zimmer-Wohnung in Schwabing, der bei mir nix findet. Er ist vorgemerkt bei der Bank und flexibel beim Termin. "
          "Willst du ihn übernehmen? Gemeinschaftsgeschäft wie immer 50/50."),
  ("msg", "Danke dir! Und falls du am Donnerstag Zeit hast: Beim Notar Dr. Kögl gibt's einen kleinen Abend zum neuen Grundbuchverfahren, ich hab noch einen Platz frei."))
P("connection_brings_value", "de", "Notar Dr. Maximilian Kögl", "Notar | Notariat am Stachus", "München",
  ("end",),
  ("msg", "Sehr geehrte/r Alex, wir laden Makler aus unserem Umfeld am 12. Mai zu einem kostenlosen Abendvortrag zur Grunderwerbsteuer bei Share Deals ein. "
          "Danach kleiner Umtrunk. Anmeldung formlos per Antwort."))
P("connection_brings_value", "en", "Sarah McAllister", "Relocation Manager | Relocation Partners Bavaria", "Munich",
  ("msg", "Hi Alex, we have four families from a US medtech company arriving in June, all looking to rent 4-room flats or houses in the south of Munich. "
          "Can I send you their briefs? Your last placement went really smoothly."))
P("connection_brings_value", "it", "Marta Colombo", "Ricercatrice | Osservatorio Immobiliare Europeo", "Milano",
  ("msg", "Ciao Alex, come promesso ti giro il nostro rapporto 2021 sui prezzi nelle città europee, c'è un capitolo su Monaco con i dati per quartiere. "
          "È gratuito, usalo pure con i clienti."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Katharina Voss", "Talent Acquisition | Südhaus Residential", "München",
  ("inm", "Teamleitung Vermietung bei Südhaus", "Hallo Alex, wir suchen für unser Münchner Büro eine Teamleitung Vermietung (5 Leute), Festgehalt plus Bonus, "
          "30 Tage Urlaub, Dienstwagen. Ihr Profil passt sehr gut. Hätten Sie Lust auf ein unverbindliches Gespräch?"))
P("stranger_inmail_recruiter", "en", "Daniel Harrington", "Head of People | Harlow & Finch Property", "London",
  ("inm", "Branch Manager Munich, new office", "Hi Alex, we're opening our first German branch in Munich this autumn and are looking for a branch manager with local residential "
          "experience. Salary range €85-100k plus commission share. Open to a confidential chat next week?"))
P("stranger_inmail_recruiter", "es", "Carmen Villalobos", "Recruiter | Iberia Homes International", "Barcelona",
  ("inm", "Puesto de asesor/a bilingüe en Múnich", "Hola Alex, buscamos asesor/a inmobiliario/a con alemán y español para atender a compradores españoles en Baviera. "
          "Contrato indefinido, fijo más comisiones. ¿Te apetece que hablemos?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Patrick Eberle", "Vertriebsleiter | Maklersoftware Süd", "Regensburg",
  ("inm", "Exposés in 3 Minuten", "Hallo Alex, erstellen Sie Ihre Exposés noch von Hand? Mit unserer Software geht es in drei Minuten, inklusive Portalexport. "
          "Ich zeige es Ihnen gern in einer kurzen Online-Demo."))
P("stranger_inmail_sales", "en", "Ashley Morgan", "SDR | ListingBoost", "Dublin",
  ("inm", "More seller leads in Munich?", "Hi Alex, we run Facebook and Instagram campaigns that bring agents 15-30 seller valuations a month. "
          "No leads, no fee for the first month. Can I book you in for a call?"),
  ("inm", "Re: More seller leads in Munich?", "Hi Alex, circling back. Two agencies in Munich have started this month, we can only take one more in your area."))
P("stranger_inmail_sales", "fr", "Claire Dumont", "Directrice commerciale | SignaPro", "Strasbourg",
  ("inm", "Panneaux « À vendre » personnalisés", "Bonjour Alex, nous fabriquons des panneaux et banderoles pour agences en France et en Allemagne. "
          "Livraison en 72 h à Munich. Puis-je vous envoyer notre catalogue et nos tarifs ?"))
P("stranger_inmail_sales", "it", "Davide Marchi", "Business Developer | CasaTour 360", "Bologna",
  ("inm", "Tour virtuali per le tue inserzioni", "Buongiorno Alex, realizziamo tour virtuali 360° anche in Germania. Prezzo lancio 149 € a immobile. "
          "Posso mostrarti un esempio in una videochiamata?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Thomas Reischl", "Immobilienmakler & Trainer | Reischl Immobilien", "Fürstenfeldbruck",
  ("inv", "Hallo Alex, ich schreibe jedes Quartal einen Marktbericht für den Landkreis FFB und gebe ihn an Kollegen weiter, die an der Grenze zu München arbeiten. "
          "Magst du ihn haben?"),
  ("msg", "Hier ist der Bericht für Q1, mit Quadratmeterpreisen nach Gemeinden. Kannst du gern für deine Eigentümergespräche verwenden."),
  ("msg", "Alex, ich hab jetzt ein Online-Training für Akquise gestartet: 'Alleinauftrag in 30 Tagen', 997 € netto. Für Kollegen aus meinem Netzwerk 20 % Rabatt. "
          "Soll ich dir den Link schicken?", (5, 12)))
P("good_turns_ugly", "en", "Ben Hartley", "Photographer | Architecture & Interiors", "Munich",
  ("inv", "Hi Alex, I'm building my interiors portfolio and would happily shoot one of your listings for free, you'd get all the images. Interested?"),
  ("msg", "Here are the photos from the Maxvorstadt flat, all edited. Use them however you like, and thanks for letting me in!"),
  ("end",),
  ("msg", "Hi Alex, glad you liked the shots! Could you endorse me for Real Estate Photography and Photo Editing? I endorsed you already, it would really help my profile."))
P("good_turns_ugly", "it", "Francesca Russo", "Agente immobiliare | Milano-Monaco", "Milano",
  ("inv", "Ciao Alex, ho un cliente milanese che vuole vendere un appartamento a Monaco ereditato dalla zia. Preferisce un agente del posto: posso presentarvi?"),
  ("msg", "Ti ho girato il contatto del signor Brambilla, aspetta la tua chiamata. In bocca al lupo!"),
  ("msg", "Alex, visto che ti ho passato il cliente, ti propongo di entrare nella mia rete di agenti partner: 150 € al mese e ti passo tutti i clienti italiani. "
          "Ti mando il contratto?", (5, 12)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Kevin Hartmann", "Vertrieb | ImmoLeads24", "Nürnberg",
  ("inm", "Eigentümer-Leads München-Ost", "Hallo Alex, ich habe gerade zwölf frische Eigentümer-Leads in Trudering und Riem frei, 95 € pro Stück. Interesse?"),
  ("inv", "Hallo Alex, wir sind uns auf der Expo Real über den Weg gelaufen, lass uns doch vernetzen!"))
P("reinvite_known_bad", "en", "Natalie Brooks", "Investor Relations | Property Crowdfunding", "London",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, loved your post about the Munich rent cap debate. Would be great to connect."))
P("reinvite_known_bad", "es", "Martín Echeverría", "Asesor financiero | Inversión en ladrillo", "Madrid",
  ("inv", "Hola Alex, ayudo a agentes a invertir sus comisiones en inmuebles en España con rentabilidad del 7 %. ¿Hablamos?"),
  ("inv", "Hola Alex, compañero del sector, me gustaría tenerte en mi red."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Rainer Kastl", "Immobilienberater", "Dachau",
  ("inv", "Servus, ich bin auch Makler und würd mich gern vernetzen."),
  ("inm", "Na super", "Man schreibt Kollegen an und wird ignoriert. Arrogant, so kenn ich die Münchner. Hoffentlich gehen dir bald die Aufträge aus."),
  ("inv", "Hallo Alex, vielleicht sind wir letztes Mal schlecht gestartet. Neuer Versuch?"))
P("reinvite_known_ugly", "en", "Victoria Lane", "Founder | Global Agent Alliance", "Dubai",
  ("inm", "Invitation: Global Agent Alliance", "Hi Alex, we're a free alliance of top agents in 40 cities passing international buyers to each other. You've been nominated for Munich."),
  ("inm", "Your Alliance membership", "Congratulations Alex! To activate your Munich territory the annual membership is $1,950. Pay this week and get the verified badge free.", (3, 7)),
  ("inv", "Hi Alex, would love to stay in touch, no strings attached."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Julia Brunnhuber", "Baufinanzierung | Stadtsparkasse Ebersberg", "Ebersberg",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Wenn Sie Käufer haben, die noch eine Finanzierung brauchen, empfehlen Sie mich gern weiter. "
          "Ich hätte Ihnen auch gern unsere Konditionen für Ihre Kunden in einem kurzen Termin vorgestellt."))
P("user_invited_pitch_once", "en", "Mark Jennings", "Director | Prime Interiors Staging", "London",
  ("acc",),
  ("msg", "Thanks for the add, Alex. We've just opened in Munich and are offering agents staging at launch prices, 15% off the first three homes. Shall I send the deck?"))
P("user_invited_pitch_once", "it", "Alessandro Greco", "Fotografo immobiliare", "Trento",
  ("acc",),
  ("msg", "Grazie per il collegamento! Se ti servono foto per le tue case in vendita, faccio servizi a Monaco due volte al mese, 220 € a servizio. Ti mando il portfolio?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Markus Eigner", "Geschäftsführer | Eigner Umzüge & Entrümpelung", "München",
  ("acc",),
  ("msg", "Servus Alex, danke fürs Vernetzen! Wir machen Entrümpelungen und Umzüge für Erbengemeinschaften, perfekt für Ihre Verkäufer. "
          "Für jede Vermittlung zahlen wir 10 % Provision. Interesse?"),
  ("msg", "Hallo Alex, ich hab Ihnen mal unsere Preisliste und Flyer fürs Büro geschickt. Sollen wir einen Termin machen?"))
P("user_invited_pitch_twice", "en", "Chloe Bennett", "Partnerships | RentReady Insurance", "Dublin",
  ("acc",),
  ("msg", "Hi Alex, great to connect! We offer rent guarantee insurance that agents can bundle for landlords, and you earn 12% on every policy. Quick call this week?"),
  ("msg", "Hi Alex, following up. We're onboarding German agents this month, happy to send the partner agreement over today."))
P("user_invited_pitch_twice", "fr", "Julien Moreau", "Directeur | Gestion locative Lémanique", "Genève",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Nous gérons des biens pour des propriétaires expatriés. Vous pourriez nous confier vos mandats de gestion contre une "
          "rétrocession de 15 %. On en parle ?"),
  ("msg", "Bonjour Alex, je relance pour notre proposition de partenariat. Je peux vous envoyer le contrat cette semaine."))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Prof. Dr. Ulrike Brenninger", "Professorin für Immobilienwirtschaft | Hochschule München", "München",
  ("acc",),
  ("msg", "Danke für die Vernetzung! Wie besprochen: Unsere Studierenden machen im Sommersemester eine Mietpreisauswertung für den Münchner Norden, "
          "die Ergebnisse stelle ich Ihnen gern zur Verfügung. Und wenn Sie im Herbst einen Praxisvortrag halten mögen, freuen wir uns."))
P("user_invited_value", "en", "James O'Connor", "HR Business Partner | Medtronix Germany", "Munich",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. We're relocating about 20 people to Munich over the summer and I'd like to send the ones who want to buy to you. "
          "Can I share your contact in our relocation pack?"))
P("user_invited_value", "es", "Lucía Fernández", "Agente inmobiliaria | Barcelona", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por conectar! Te paso el contacto de una pareja de Barcelona que se muda a Múnich en agosto y busca alquiler con jardín. Les he hablado muy bien de ti."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Franziska Lechner", "Architektin | Lechner Architekten", "München", ("acc",))
P("acceptance_only", "en", "David Kim", "Relocation Consultant", "Munich", ("acc",))
P("lone_endorsement", "de", "Michael Gruber", "Ehemaliger Kunde | Ingenieur bei BMW", "München", ("end",))
P("lone_endorsement", "it", "Elena Conti", "Agente immobiliare", "Merano", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Immobilien-Portal Kundenservice", "service@portal.example.de", "Ihre Anfrage zur Wohnung in Haidhausen",
     "Hallo,\n\nein Interessent hat über unser Portal eine Anfrage gestellt. Er hat Ihnen angeblich auch auf LinkedIn geschrieben.\n\nIhr Portal-Team", "de"),
    ("IVD Süd Geschäftsstelle", "info@ivd-sued.example.de", "Weiterbildungsnachweis 2021",
     "Liebes Mitglied,\n\nbitte denken Sie an Ihren Nachweis der Weiterbildung nach §34c GewO. Termine finden Sie auch auf unserer LinkedIn-Seite.", "de"),
    ("Notariat am Stachus", "termine@notariat-stachus.example.de", "Beurkundungstermin 18.5., 10:00 Uhr",
     "Sehr geehrte Damen und Herren,\n\nanbei der Entwurf des Kaufvertrags. Bitte leiten Sie ihn an Käufer und Verkäufer weiter.", "de"),
    ("Priya Raghunathan", "priya.r@mail.example.in", "Flat search Munich - my documents",
     "Hi Alex,\n\nI also sent you a LinkedIn invitation. Here are my payslips and the employer letter for the flat applications.\n\nPriya", "en"),
    ("XING", "noreply@xing.example.com", "Neue Kontaktanfrage",
     "Hallo Alex,\n\nSie haben eine neue Kontaktanfrage. Tipp: Verknüpfen Sie Ihr XING-Profil mit LinkedIn.", "de"),
    ("Lucia Bernardi", "lucia.bernardi@studio.example.it", "Appartamento per mio figlio",
     "Gentile Alex,\n\nle ho scritto anche su LinkedIn. Saremo a Monaco dal 27 al 30 maggio, se possibile vorremmo vedere due o tre bilocali.\n\nCordiali saluti", "it"),
    ("Stadtsparkasse", "noreply@sparkasse.example.de", "Ihr Kontoauszug ist verfügbar",
     "Guten Tag,\n\nIhr elektronischer Kontoauszug steht im Online-Banking bereit. Folgen Sie uns auch auf LinkedIn.", "de"),
    ("Hannah Whitfield", "hannah@munichpropertypros.example.com", "Munich Property Professionals: meetup",
     "Hi all,\n\nour next meetup is on 6 May. Members, don't forget to check your LinkedIn messages for the partnership offer.\n\nHannah", "en"),
]

ERAS = {s[2]: "cur" for s in PEOPLE}

HEADER = [f"# mailbot dev182 corpus. Generated by scripts/make_corpus_dev182.py (seed {SEED}); do not edit by hand.",
          "# April and May 2021 of a Munich estate agent who sells a service: buyers and tenants asking for viewings, owners, relocation managers, "
          "peers passing leads, portals, CRM and lead sellers, photographers and stagers, mortgage brokers, fake buyers and deposit scams, a rude owner "
          "after a price-reduction talk; Bavarian and standard German, English, some Italian, Spanish and French. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Stories182(cs.EraStories):
    """Stories inside April and May 2021: each story starts early enough for its last mail to land in the window."""

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
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev182")
    args = ap.parse_args()
    check_notes()
    c = Stories182(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(8)
    c.make_other(10)
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
