#!/usr/bin/env python3
"""Write mailbot's corpus dev196: tests/corpus/dev196/*.eml + expected.toml.

The angle: an ordinary two months (March and April 2023) of Alex, sales director at an
industrial-pumps maker in Lyon. Alex sells, and is sold to. Buyers (distributors, plant and
maintenance engineers) ask for quotes; sellers of CRM, sales training, lead lists and
LinkedIn automation pitch; sales reps apply for a job on Alex's team; peers share trade-show
tips; paid "top 50 sales leaders" rankings fish for fees; a distributor turns rude after
losing exclusivity. French, English, German, some Italian and Spanish.

The MIME and layout machinery comes from scripts/make_corpus.py through
scripts/corpus_stories.py; the skills, job titles, companies, headlines, the recipient's
headline and the pitches spoofs carry are swapped in this process only. Every note was
written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev196.py              # writes tests/corpus/dev196
    python scripts/make_corpus_dev196.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20230317

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2023, 3, 1, 6, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2023, 4, 30, 19, 0, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (5, 10), "acc": (0, 0), "end": (1, 7), "msg": (2, 10), "inm": (3, 10), "inv": (20, 30)})
# a stranger's InMail that brings something of value (here a buyer asking for a quote): good, nothing to do
cs.OUTCOME["stranger_inmail_value"] = ("good", "none")


def _window(steps) -> tuple[datetime, datetime]:
    """The start dates from which a story's last mail still lands inside the two months."""
    span = timedelta(0)
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += timedelta(days=gap[1], seconds=40000)
    hi = WIN_HI - span
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=6)
    return WIN_LO, hi


# ------------------------------------------------------------------ an industrial-pumps sales director (this process only)
RHEADLINE = {
    "en": "Sales Director at Pompes Vernay Industrie",
    "de": "Vertriebsleiter bei Pompes Vernay Industrie",
    "fr": "Directeur commercial chez Pompes Vernay Industrie",
    "es": "Director comercial en Pompes Vernay Industrie",
    "it": "Direttore commerciale presso Pompes Vernay Industrie",
}
SKILLS = {
    "en": ["B2B Sales", "Key Account Management", "Industrial Pumps", "Negotiation", "Distribution Channel Management", "Sales Management"],
    "de": ["B2B-Vertrieb", "Key Account Management", "Industriepumpen", "Verhandlungsführung", "Vertriebsleitung"],
    "fr": ["Vente B2B", "Grands comptes", "Pompes industrielles", "Négociation commerciale", "Management commercial", "Réseau de distribution"],
    "es": ["Ventas B2B", "Gestión de cuentas clave", "Bombas industriales", "Negociación", "Dirección comercial"],
    "it": ["Vendite B2B", "Key account management", "Pompe industriali", "Negoziazione", "Gestione della rete vendita"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.LANGS[:] = ["fr", "en", "fr", "de", "en"]
mc.CITY["fr"] = ["Lyon", "Villeurbanne", "Saint-Étienne", "Grenoble", "Paris", "Marseille"]
mc.JOBS[:] = [("Directeur commercial Europe (H/F)", "Hydrosteel Group"), ("Head of Sales EMEA - Fluid Handling", "Torrent Pumps"),
              ("Vertriebsleiter Industriepumpen (m/w/d)", "Kessler Fördertechnik"), ("Responsable grands comptes (H/F)", "Aquavalve SAS"),
              ("Area Sales Manager Southern Europe", "Nordflow AB")]
mc.COMPANIES["good"] = ["Arkema", "Sanofi Pont-de-Claix", "Suez Eau France", "BASF Ludwigshafen", "Veolia", "Hydrotech Ibérica", "Idraulica Padana",
                        "Syndicat Profluid"]
mc.COMPANIES["sales"] = ["Pipedrive Partners", "LeadForge", "SalesCraft Academy", "ProspectIQ", "DataBoost B2B", "Top50 Sales Leaders Awards",
                         "Closr CRM", "Linkflow Automation"]
mc.HEADLINES["good"] = ["Maintenance engineer at {co}", "Responsable achats techniques | {co}", "Plant manager, {co}",
                        "Directeur commercial | {co}", "Process engineer at {co}", "Gérant | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Development Manager at {co}", "Founder & CEO at {co}",
                         "Helping industrial sales teams close more | {co}", "Growth Consultant | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I sent you the purchase order for the 12 centrifugal pumps as a shared file. Sign in to download it before Friday.",
           "Hello {first}, your company page has been flagged for unusual activity. Verify your account within 24 hours to avoid suspension."],
    "de": ["Hallo {first}, die Bestellung über 8 Kreiselpumpen liegt als freigegebene Datei bereit. Bitte hier anmelden, um sie zu öffnen.",
           "Guten Tag {first}, Ihr Konto wurde vorübergehend eingeschränkt. Bitte bestätigen Sie Ihre Identität innerhalb von 24 Stunden."],
    "fr": ["Bonjour {first}, je vous ai transmis notre bon de commande (pompes doseuses) via un fichier partagé. Connectez-vous pour le télécharger.",
           "Bonjour {first}, votre compte présente une activité inhabituelle. Confirmez vos identifiants sous 24 h pour éviter la suspension."],
    "es": ["Hola {first}, te he compartido el pedido de las bombas para la planta de Tarragona. Inicia sesión para descargarlo.",
           "Estimado {first}, su cuenta ha sido limitada. Verifique sus datos en las próximas 24 horas."],
    "it": ["Buongiorno {first}, le ho condiviso l'ordine d'acquisto per le pompe. Acceda per scaricarlo entro venerdì.",
           "Gentile {first}, il suo account è stato sospeso per attività sospetta. Confermi i suoi dati entro 24 ore."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

retitle_other({
    "en": {"job": ("{n} new jobs for \"sales director\"", "Your job alert for sales director in {city}"),
           "news": "Are trade shows still worth the money?", "group": "New posts in Industrial Pumps & Fluid Handling Professionals",
           "newsletter": "The Industrial Seller: why RFQs stall after the site visit"},
    "fr": {"job": ("{n} nouvelles offres pour « directeur commercial »", "Votre alerte emploi pour directeur commercial à {city}"),
           "news": "Salons professionnels : le grand retour ?", "group": "Nouvelles publications dans Réseau Commerciaux Industrie Rhône-Alpes",
           "newsletter": "Vendre à l'industrie : la relance après devis"},
    "de": {"job": ("{n} neue Jobs für „Vertriebsleiter“", "Ihr Job-Alert für Vertriebsleiter in {city}"),
           "news": "Hannover Messe 2023: Was bleibt hängen?", "group": "Neue Beiträge in Pumpen & Verdichter Netzwerk",
           "newsletter": "Vertrieb im Maschinenbau: Preiserhöhungen richtig kommunizieren"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Mathieu Perrin", "Responsable maintenance | Arkema, site de Pierre-Bénite", "Lyon",
  ("inv", "Bonjour, on a deux pompes de transfert acide qui lâchent tous les six mois sur la ligne 3. Un collègue de Saint-Fons m'a dit que vous aviez "
          "une version à garniture double. Pourriez-vous me faire un chiffrage pour 2 unités + pièces ?"),
  ("rem",))
P("good_invitation", "de", "Jürgen Albrecht", "Einkauf Technik | BASF Ludwigshafen", "Ludwigshafen",
  ("inv", "Guten Tag Herr Morgan, wir planen für Q3 den Austausch von 14 Dosierpumpen im Werk. Ihr Name kam von unserem Instandhalter. "
          "Können Sie uns bis Ende April ein Richtangebot schicken? Datenblatt liegt vor, schicke ich nach dem Vernetzen."))
P("good_invitation", "es", "Lucía Navarro", "Gerente | Hidrotecnia Levante, distribución industrial", "Valencia",
  ("inv", "Hola Alex! Distribuimos bombas en la Comunidad Valenciana y tenemos clientes en agroalimentaria que preguntan por vuestras bombas de lóbulos. "
          "¿Nos pasarías tarifa de distribuidor y condiciones? Nos interesaría trabajar la zona con vosotros."))
P("good_invitation", "en", "Tom Whitaker", "Head of Sales, Kellerman Valves UK", "Sheffield",
  ("inv", "Alex, saw you'll be at Hannover Messe. First time for me with our own stand. Happy to swap notes on what actually worked for you there, "
          "I can share our lead-capture sheet from Achema in return. Coffee on the Tuesday?"))
P("good_invitation", "fr", "Sarah Benali", "Technico-commerciale | 6 ans en vente de pompes et vannes", "Villeurbanne",
  ("inv", "Bonjour Alex, j'ai vu votre annonce pour un poste d'ingénieur commercial Sud-Est. Je viens de chez un concurrent du process et je connais bien "
          "les chimistes de la vallée. Je vous ai envoyé mon CV par le site, je me permets de vous le signaler ici."),
  ("rem",))
P("good_invitation", "it", "Paolo Ferretti", "Titolare | Idraulica Padana srl", "Cremona",
  ("inv", "Buongiorno Alex, ci siamo visti a Mcter l'anno scorso. Un nostro cliente caseario cerca pompe sanitarie 3A, "
          "mi servirebbe un'offerta per 6 pezzi con consegna a giugno. Mi dice a chi scrivere per l'Italia?"))
P("good_invitation", "en", "Karin Holm", "Programme lead | Profluid sales academy (free sessions)", "Paris",
  ("inv", "Hi Alex - I coordinate the free monthly sessions for members' sales teams at Profluid. April's is on pricing after the steel increases. "
          "Would you speak for 20 min, or just join? No cost, members only."))
P("good_invitation", "fr", "Bruno Lacombe", "Directeur commercial | Robinetterie Lacombe", "Saint-Étienne",
  ("inv", "Salut Alex, Bruno de chez Lacombe, on s'est croisés au club export de la CCI. Tu aurais un bon transporteur pour l'Algérie ? "
          "Le nôtre nous a planté deux fois. Je te renvoie l'ascenseur quand tu veux."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "fr", "Kevin Moulin", "Commercial terrain | Solutions industrielles", "Bourgoin-Jallieu", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Ryan Costa", "Sales | Growth | Closing", "Manchester", ("inv", NONOTE))
P("default_invitation", "de", "Sandra Vogt", "Außendienst | Industriebedarf", "Mannheim", ("inv", DEFAULT))
P("default_invitation", "it", "Fabio Serra", "Agente di commercio", "Bergamo", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Jorge Medina", "Business Development", "Sevilla", ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jake Donnelly", "Account Executive | Closr CRM for manufacturers", "Dublin",
  ("inv", "Hi Alex, most pump makers I talk to still run their pipeline in Excel + Sage. Closr plugs into your ERP and shows your reps which quotes "
          "are going cold. 20 min next week to show you?"))
P("sales_invitation", "fr", "Laetitia Fournier", "Formatrice vente complexe | SalesCraft Academy", "Paris",
  ("inv", "Bonjour Alex, j'accompagne des équipes commerciales industrielles sur la négociation grands comptes. Nos sessions inter-entreprises à Lyon "
          "démarrent en mai (1 490 € HT/pers). Je vous envoie le programme ?"),
  ("rem",))
P("sales_invitation", "de", "Dennis Hartung", "Lead Generation B2B | DataBoost", "Köln",
  ("inv", "Hallo Alex, wir haben eine geprüfte Liste von 3.800 Instandhaltungsleitern in DACH mit Direktdurchwahl. Für Pumpenhersteller "
          "Paketpreis ab 2.200 €. Interesse an einer Stichprobe?"))
P("sales_invitation", "en", "Priya Raman", "Partnerships | Top50 Sales Leaders Awards", "London",
  ("inv", "Hi Alex, you're on our longlist for Europe's Top 50 Industrial Sales Leaders 2023! Finalists secure their profile page and gala seat "
          "with the €1,250 recognition package. Can I send details?"))
P("sales_invitation", "fr", "Anthony Girard", "Growth | Linkflow - automatisation LinkedIn", "Lille",
  ("inv", "Alex, 40 rdv qualifiés par mois pour vos commerciaux sans lever le petit doigt : on automatise la prospection LinkedIn de votre équipe. "
          "Un call de 15 min cette semaine ?"))
P("sales_invitation", "es", "Marina Quiroga", "Consultora de ventas | Método Cierre 360", "Madrid",
  ("inv", "Hola Alex, ayudo a directores comerciales del sector industrial a acortar el ciclo de venta un 30%. ¿Te cuento en una llamada cómo lo hicimos "
          "con un fabricante de válvulas?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Grégoire Dumont", "Fondateur | Cercle des Directeurs Commerciaux Industrie", "Lyon",
  ("inv", "Bonjour Alex, je réunis une fois par mois une douzaine de directeurs commerciaux de l'industrie en Auvergne-Rhône-Alpes, entre pairs, sans "
          "fournisseurs. Prochain dîner le 21. Ça vous dirait d'en être ?"),
  ("msg", "Content de vous compter parmi nous ! Pour info, l'adhésion au Cercle passe par notre programme d'accompagnement commercial, 4 800 € HT "
          "l'année, coaching individuel inclus. Je vous envoie le bulletin ?"),
  ("msg", "Alex, je reviens vers vous pour le bulletin d'adhésion. Il reste 2 places au tarif de lancement, ensuite on repasse à 6 200 €.", (4, 9)))
P("bait_and_switch_invitation", "en", "Nadia Clarke", "Editor | Industrial Sales Leaders Review", "Birmingham",
  ("inv", "Alex, congratulations: our readers nominated you for the 2023 Top 50 Sales Leaders in Manufacturing. I'd love to connect and hear a bit "
          "about your year for the write-up."),
  ("msg", "Thanks Alex! To confirm your place in the published Top 50 we ask finalists for a contribution of £1,900 (profile, photo shoot, two gala "
          "tickets). Shall I send the invoice to you or to marketing?"))
P("bait_and_switch_invitation", "de", "Holger Brandt", "Vertriebsleiter a.D. | Mentor", "Stuttgart",
  ("inv", "Hallo Herr Morgan, ich bin selbst 25 Jahre Pumpenvertrieb gefahren (KSB, Wilo). Wenn Sie mal einen Sparringspartner für Preisgespräche "
          "mit Konzerneinkäufern brauchen, melden Sie sich gern. Ganz unverbindlich."),
  ("msg", "Freut mich! Damit Sie wissen, wie ich arbeite: Mein Vertriebscoaching für Führungskräfte läuft über 6 Monate, 950 € im Monat. "
          "Sollen wir einen Starttermin festlegen?", (3, 8)))
P("bait_and_switch_invitation", "it", "Chiara Lombardi", "Community manager | Rete Vendite Industria Italia", "Milano",
  ("inv", "Ciao Alex, ho creato un gruppo di confronto per direttori vendite del settore fluidi, Italia e Francia. Ci scambiamo contatti di fiere "
          "e distributori. Ti va di entrare?"),
  ("msg", "Benvenuto! Ti giro la nostra proposta: per i membri abbiamo un database di 12.000 contatti acquisti nel settore chimico e alimentare, 1.800 € "
          "per l'estrazione Italia. Vuoi che ti prepari un preventivo?"),
  ("msg", "Alex, ti ricordo l'offerta sul database, scade venerdì.", (3, 7)))
P("bait_and_switch_invitation", "fr", "Julien Sabatier", "Ingénieur process | aujourd'hui consultant", "Grenoble",
  ("inv", "Bonjour, question d'ingé à ingé : quelle marge vous prenez sur le NPSH requis quand le client donne des données de process approximatives ? "
          "Je cherche des retours d'expérience."),
  ("msg", "Merci pour la réponse très claire. Au passage, je lance une offre de génération de leads pour les fabricants d'équipements : je vous trouve "
          "des projets de rénovation d'usine avant l'appel d'offres. 690 €/mois. On en parle ?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Derek Lawson", "Host | The Industrial Sales Podcast", "Leeds",
  ("inm", "Guest spot on The Industrial Sales Podcast?", "Hi Alex, I host a podcast for people selling engineered products. We'd love to have you on "
          "to talk about selling pumps through distributors. 30 minutes, recorded remotely. Interested?"),
  ("inm", "Re: Guest spot", "Great! Quick heads-up on logistics: guest episodes are part of our sponsored series, €2,400 per episode, which covers "
          "production and promotion to 8k listeners. I'll send the booking link."))
P("bait_and_switch_inmail", "de", "Stefan Köhler", "Projektleiter | Marktstudie Pumpenvertrieb DACH 2023", "Frankfurt am Main",
  ("inm", "Marktstudie Vertrieb 2023 – Ihre Einschätzung?", "Guten Tag Herr Morgan, wir befragen Vertriebsleiter im Pumpenmarkt zu Preisentwicklung "
          "und Lieferzeiten. Alle Teilnehmer erhalten die Ergebnisse kostenlos. Hätten Sie 10 Minuten?"),
  ("inm", "Ihre Teilnahme – nächster Schritt", "Danke für Ihre Antworten! Die Kurzfassung kommt nächste Woche. Viele Teilnehmer buchen dazu unser "
          "Wettbewerbsmonitoring (3.600 € p.a.), damit sie ihre Preise laufend vergleichen können. Darf ich Ihnen ein Angebot machen?"),
  ("inm", "Wettbewerbsmonitoring", "Herr Morgan, kurze Erinnerung an das Angebot – bis 30.4. gilt der Einführungsrabatt von 20 %."))
P("bait_and_switch_inmail", "es", "Álvaro Gil", "Director | Foro de Ventas Industriales", "Barcelona",
  ("inm", "Invitación como ponente", "Hola Alex, organizamos en mayo una jornada sobre venta técnica en Barcelona y nos encantaría que hablaras de "
          "cómo trabajáis con distribuidores. Sería un lujo tenerte."),
  ("inm", "Ponencia – condiciones", "¡Qué bien que te interese! Para los ponentes hay un paquete de visibilidad obligatorio de 1.500 € (stand pequeño + logo). "
          "¿A qué nombre emitimos la factura?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Cédric Bonnet", "Commercial sédentaire | Négoce industriel", "Vienne",
  ("end",), ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour {skill}, tu le mérites 😉. Tu pourrais me rendre la pareille sur Négociation et Prospection ? "
          "Je prépare un changement de poste."))
P("endorse_me_back", "en", "Liam Fitzgerald", "Regional Sales Manager | Fluid handling", "Cork",
  ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} earlier in the week. Would you mind returning the favour for Channel Sales and CRM? Cheers!"))
P("endorse_me_back", "de", "Tanja Weber", "Vertriebsinnendienst | Pumpen & Armaturen", "Karlsruhe",
  ("end",), ("end",),
  ("msg", "Hallo Alex, ich habe Ihre Kenntnisse bestätigt – jetzt wäre es nett, wenn Sie meine auch bestätigen (Angebotswesen, SAP SD). Danke im Voraus!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Franck Rivière", "Consultant | Externalisation commerciale", "Annecy",
  ("inv", "Bonjour Alex, je mets à disposition des commerciaux externalisés pour l'industrie. On en parle ?"),
  ("rem",),
  ("inm", "Sans réponse", "Trois semaines sans un mot. C'est ça, le savoir-vivre d'un directeur commercial ? Vous devriez savoir mieux que "
          "personne ce que c'est de se faire ignorer. Bravo."))
P("hostility_after_decline", "en", "Gary Marsh", "Sales Trainer | Speaker", "Leicester",
  ("inv", DEFAULT),
  ("inm", "Really?", "Funny how sales directors expect everyone to answer their cold calls but can't click accept on a simple connection. "
          "Arrogant. Good luck hitting your numbers."))
P("hostility_after_decline", "de", "Uwe Lindner", "Vertriebsberater | Industrie", "Dresden",
  ("inv", "Hallo, ich unterstütze Vertriebsteams im Maschinenbau bei der Neukundengewinnung. Kurz telefonieren?"),
  ("inm", "Ihre Ablehnung", "Sie haben meine Anfrage ignoriert. Das ist schlicht unprofessionell und zeigt, wie Ihr Haus mit Menschen umgeht. "
          "Ich werde das bei Ihren Kunden gern erwähnen."))
P("hostility_after_decline", "es", "Rubén Ortega", "Comercial autónomo | Bombas y riego", "Murcia",
  ("inv", "Hola Alex, soy agente comercial en Murcia, ¿buscáis representación en el sureste?"),
  ("rem",),
  ("inm", "vaya tela", "Ni un no gracias. Así os va a las empresas francesas en España, con esa soberbia. Que te vaya bonito."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Patrick Lefèvre", "Gérant | Lefèvre Hydraulique, distributeur Sud-Ouest", "Toulouse",
  ("msg", "Alex, on a reçu le courrier pour la fin de l'exclusivité Sud-Ouest au 1er juillet. Je voudrais comprendre, on fait 1,2 M€ avec vous depuis 10 ans."),
  ("msg", "Donc c'est ça, 10 ans de boulot et vous nous jetez pour un distributeur national qui ne connaît pas un seul client. Vous êtes un "
          "donneur de leçons sans parole. Ne comptez plus sur nous, et je ne me gênerai pas pour dire à tout le monde comment vous traitez vos partenaires.", (3, 7)))
P("hostility_connection", "it", "Massimo Rinaldi", "Agente plurimandatario | Pompe e valvole", "Brescia",
  ("msg", "Ciao Alex, ti propongo di passare a me il mandato Lombardia, ho 40 clienti pronti. Provvigione 8%, ne parliamo?"),
  ("msg", "Ho saputo che avete scelto un altro agente. Complimenti, scelta da dilettanti. Con questa arroganza in Italia non vendete una pompa. "
          "Non scrivermi più."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Brandon Keel", "Founder | ProspectIQ - intent data for B2B", "Amsterdam",
  ("msg", "Hey Alex, thanks for connecting. ProspectIQ tells you which plants are researching pumps right now, before they send an RFQ. Can I show you a live feed for France?"),
  ("msg", "Alex, quick one: we've got a pilot offer for industrial OEMs this month - 3 months at half price. Worth 15 minutes?"),
  ("msg", "Last nudge from me - would Thursday or Friday work for the demo?"))
P("connection_only_pitches", "fr", "Élise Marchand", "Consultante | Salons et événements B2B", "Paris",
  ("msg", "Bonjour Alex, nous avons encore des emplacements sur le pavillon régional du salon Pollutec. Stand clé en main à partir de 7 900 € HT, voulez-vous le plan ?"),
  ("msg", "Alex, je me permets de relancer : le pavillon est complet à 80 %. Je peux vous réserver un angle jusqu'à vendredi."))
P("connection_only_pitches", "de", "Marco Bauer", "Sales Enablement | Pipedrive Partner", "Berlin",
  ("msg", "Hallo Alex, viele Pumpenhersteller verlieren Angebote, weil niemand nachfasst. Wir richten Ihnen Pipedrive mit automatischen Follow-ups in 2 Wochen ein. Interesse?"),
  ("msg", "Hallo nochmal, wir hätten im Mai noch Kapazität für ein Einführungsprojekt zum Festpreis von 6.500 €. Kurzer Call?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Olivier Chevalier", "Courtier | Assurance crédit export", "Lyon",
  ("msg", "Bonjour Alex, avec vos ventes vers le Maghreb, avez-vous couvert le risque d'impayé ? Je peux vous faire une étude comparative gratuite des assureurs crédit, on se voit 30 min ?"))
P("single_pitch", "en", "Emily Shaw", "Customer Success | Gong for Manufacturing", "London",
  ("msg", "Hi Alex, hope Q1 closed well! We've just launched call analytics tuned for technical sales teams. Would you be open to a quick demo with your sales managers?"))
P("single_pitch", "it", "Roberto Galli", "Consulente | Incentivi export e fiere", "Torino",
  ("msg", "Ciao Alex, per le aziende che espongono in Italia ci occupiamo delle pratiche per i contributi fiera, success fee 12%. Ti interessa una valutazione?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Nathalie Roux", "Directrice commerciale | Vannes et Automatismes Rhône", "Lyon",
  ("msg", "Alex, petit tuyau pour Pollutec : réserve ton hôtel dès maintenant, l'an dernier tout était plein à 30 km. Et le mardi matin est le seul créneau "
          "où les acheteurs des collectivités passent vraiment sur les stands."),
  ("msg", "Je t'envoie aussi notre fiche de qualification de visiteurs, on l'a affinée sur 3 salons. Prends-la telle quelle si ça t'aide."))
P("connection_brings_value", "en", "Mark Jennings", "VP Sales EMEA | Torrent Pumps", "Rotterdam",
  ("end",),
  ("msg", "Alex, heads-up: the Profluid annual meeting has free seats for non-members this year if you register before the 15th. Worth it for the pricing panel alone."))
P("connection_brings_value", "de", "Katrin Schulz", "Instandhaltungsleiterin | Chemiepark Marl", "Marl",
  ("msg", "Hallo Alex, wir haben die beiden Pumpen aus Ihrem letzten Angebot jetzt drei Monate im Betrieb – keine Störung. Ich habe Sie unserem Standort "
          "in Antwerpen empfohlen, der Kollege meldet sich nächste Woche bei Ihnen wegen 5 weiterer Einheiten."))
P("connection_brings_value", "es", "Carmen Ruiz", "Jefa de compras | Hydrotech Ibérica", "Bilbao",
  ("msg", "Hola Alex, te confirmo que pasamos el pedido de las 10 bombas dosificadoras la semana que viene. ¿Me mandas la oferta actualizada con el plazo de entrega?"))


# =============================================================== stranger_inmail_recruiter / value
P("stranger_inmail_recruiter", "fr", "Camille Renaud", "Consultante executive search | Industrie & énergie", "Paris",
  ("inm", "Direction commerciale Europe – ETI familiale", "Bonjour Alex, je recrute pour une ETI familiale de la robinetterie (CA 180 M€) son futur directeur "
          "commercial Europe, basé à Lyon, rattaché au PDG. Votre parcours correspond bien. Seriez-vous ouvert à un échange confidentiel ?"))
P("stranger_inmail_recruiter", "en", "Hannah Becker", "Talent Acquisition Lead | Nordflow AB", "Stockholm",
  ("inm", "Area Sales Manager Southern Europe - Nordflow", "Hi Alex, we're growing our pump business in France, Spain and Italy and I'm looking for "
          "someone who knows the distributor landscape. Full package, remote from Lyon. Open to a chat?"))
P("stranger_inmail_recruiter", "de", "Florian Maier", "Geschäftsführer | Kessler Fördertechnik", "Augsburg",
  ("inm", "Vertriebsleitung Industriepumpen", "Guten Tag Herr Morgan, wir suchen für unsere französische Niederlassung eine Vertriebsleitung. "
          "Ich schreibe Ihnen persönlich, weil ein Kunde Sie empfohlen hat. Hätten Sie Interesse an einem vertraulichen Gespräch?"))
P("stranger_inmail_value", "en", "Ahmed Karimi", "Procurement Manager | Gulf Water Treatment LLC", "Dubai",
  ("inm", "RFQ - 24 centrifugal pumps, desalination project", "Dear Alex, we are sourcing 24 stainless centrifugal pumps for a desalination plant "
          "extension, delivery Q4. Your distributor in Marseille gave us your name. Could you send a quotation and lead time? Specs attached to my email."))
P("stranger_inmail_value", "it", "Giulia Conti", "Responsabile tecnico | Caseificio Valpadana", "Parma",
  ("inm", "Richiesta offerta pompe sanitarie", "Buongiorno, stiamo rifacendo la linea di pastorizzazione e ci servono 4 pompe a lobi. Può indicarmi prezzo "
          "e tempi, o il vostro referente per l'Italia? Grazie."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Chris Whitman", "SDR | LeadForge", "Austin",
  ("inm", "Alex, quick question", "Hi Alex, are your reps spending more time researching accounts than selling? LeadForge builds verified contact lists of plant "
          "managers in 48h. Open to a 15-minute call?"),
  ("inm", "Re: Alex, quick question", "Bumping this up - we just helped a valve manufacturer book 60 meetings in a quarter. Worth a look?"))
P("stranger_inmail_sales", "fr", "Thomas Garnier", "Responsable partenariats | Palmarès des 50 meilleurs commerciaux", "Paris",
  ("inm", "Votre présence au palmarès 2023", "Bonjour Alex, votre profil a retenu l'attention de notre jury pour le palmarès des 50 directeurs commerciaux "
          "qui comptent. La parution dans le magazine (pleine page + interview) est proposée à 2 950 € HT. Souhaitez-vous réserver ?"))
P("stranger_inmail_sales", "de", "Lars Peters", "Account Manager | Sales Navigator Trainings", "Hamburg",
  ("inm", "Workshop für Ihr Vertriebsteam", "Hallo Alex, wir schulen Vertriebsteams im Maschinenbau auf Social Selling. Tagesworkshop inhouse 3.900 €. Wann passt ein Kennenlernen?"))
P("stranger_inmail_sales", "es", "Daniela Paredes", "Ejecutiva de cuentas | Bases de datos industriales", "Ciudad de México",
  ("inm", "Contactos de compras en plantas químicas", "Hola Alex, tenemos 5.200 contactos verificados de jefes de mantenimiento en España y Portugal. "
          "Precio especial este mes. ¿Te mando una muestra?"),
  ("inm", "Muestra gratuita", "Alex, te dejo el enlace para la muestra de 50 contactos. Si lo contratas antes del viernes, 15% de descuento."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Sébastien Morel", "Directeur commercial | Agitateurs Morel", "Roanne",
  ("inv", "Alex, on vend aux mêmes usines sans être concurrents (agitateurs vs pompes). Ça vaudrait le coup d'échanger nos calendriers de salons et "
          "pourquoi pas de partager un stand à Pollutec ?"),
  ("msg", "Comme promis, voici notre planning salons 2023 et les contacts des organisateurs qui font des prix aux exposants régionaux."),
  ("msg", "Alex, au fait, je suis aussi associé dans une petite boîte de formation commerciale. On fait un séminaire \"closing industriel\" pour les équipes, "
          "2 jours à 8 500 € pour 10 personnes. Je te le réserve pour mai ?"))
P("good_turns_ugly", "en", "Oliver Grant", "Sales Ops consultant | ex-Grundfos", "Copenhagen",
  ("inv", "Alex, I put together a free template for distributor scorecards (rebates, stock levels, forecast accuracy). Happy to send it over, no strings."),
  ("msg", "Here you go - the scorecard template plus a short guide. Use it however you like."),
  ("end",),
  ("msg", "Hope the template helped! I endorsed you for {skill}, could you endorse me for Sales Operations and Channel Management? Building up my profile "
          "for consulting."))
P("good_turns_ugly", "de", "Martina Huber", "Leiterin Vertrieb | Armaturenwerk Huber", "Linz",
  ("inv", "Hallo Alex, ich organisiere den kostenlosen Vertriebsleiter-Stammtisch auf der Hannover Messe (Mittwoch 18 Uhr, Halle 15). Kommen Sie vorbei?"),
  ("msg", "Schön, dass Sie da waren! Anbei die Kontaktliste der Runde, wie besprochen."),
  ("msg", "Hallo Alex, kurze Info: Ich vertreibe nebenbei eine CRM-Lösung für Mittelständler. Soll ich Ihnen eine Demo einrichten?"),
  ("msg", "Alex, ich hake nach – diese Woche gäbe es noch 25 % Messe-Rabatt auf die Lizenzen.", (2, 5)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Josh Peterson", "Account Executive | Salesloop", "Manchester",
  ("inm", "Pipeline visibility for Pompes Vernay?", "Hi Alex, Salesloop gives sales directors a live forecast from their reps' activity. Could we book a demo?"),
  ("inv", "Hi Alex, really enjoyed your comment on the distributor-pricing thread. Would be great to be connected."))
P("reinvite_known_bad", "fr", "Nicolas Faure", "Business developer", "Clermont-Ferrand",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, nous étions tous les deux au salon Global Industrie à Lyon. Au plaisir d'échanger !"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Dirk Hoffmann", "Vertriebstrainer | Keynote Speaker", "Bielefeld",
  ("inv", "Hallo Alex, ich trainiere Vertriebsteams auf Abschlussquote. Interesse?"),
  ("inm", "Tja", "Keine Reaktion – typisch Vertriebsleiter, die selbst nicht verkaufen können. Ihr Team tut mir leid."),
  ("inv", "Hallo Alex, vielleicht war mein Ton neulich etwas scharf. Lassen Sie uns trotzdem vernetzen."))
P("reinvite_known_ugly", "en", "Vanessa Cole", "Community lead | Industrial Growth Network", "Bristol",
  ("inm", "Join 400 industrial sales leaders", "Hi Alex, we run a free peer network for sales leaders in manufacturing. Monthly roundtables, shared templates. Fancy joining?"),
  ("inm", "Next steps", "Brilliant! Members get access to our outbound agency at a preferred rate - £3k a month for 20 booked meetings. Shall I set up a call?"),
  ("inv", "Hi Alex, would love to have you in my network, lots of overlap!"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Aurélie Bertrand", "Chargée d'affaires | Banque Rhône-Alpes Entreprises", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Puisqu'on en parlait au salon, je peux vous présenter notre offre d'affacturage export. Un rendez-vous la semaine prochaine ?"))
P("user_invited_pitch_once", "en", "Daniel Moore", "Regional Manager | TradeShow Displays Europe", "Frankfurt am Main",
  ("acc",),
  ("msg", "Cheers for connecting after Hannover, Alex. If you're planning a bigger stand next year, we do modular booths that travel well - happy to quote."))
P("user_invited_pitch_once", "it", "Stefano Moretti", "Key Account | Software CPQ per l'industria", "Bologna",
  ("acc",),
  ("msg", "Grazie del collegamento Alex! Visto che fate pompe configurabili, il nostro CPQ ridurrebbe i tempi di offerta da giorni a minuti. Facciamo una demo?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Ethan Brooks", "Founder | Quotient - AI quoting for engineered products", "Boston",
  ("acc",),
  ("msg", "Thanks for the add, Alex! Quotient turns RFQ PDFs into priced quotes in minutes. Could I run one of your real RFQs through it live?"),
  ("msg", "Hi Alex, following up - we're onboarding two European pump OEMs in May and have one slot left. Shall I send pricing?"))
P("user_invited_pitch_twice", "fr", "Claire Dubois", "Directrice associée | Cabinet de recrutement commercial", "Lyon",
  ("acc",),
  ("msg", "Merci d'avoir accepté ! Pour votre poste d'ingénieur commercial, notre cabinet peut vous présenter 3 profils sous 10 jours, honoraires 20 % du brut annuel."),
  ("msg", "Alex, je me permets de relancer pour notre proposition d'accompagnement au recrutement. On fixe un point ?"))
P("user_invited_pitch_twice", "de", "Tobias Engel", "Partner | Vertriebsberatung Engel & Co.", "München",
  ("acc",),
  ("msg", "Danke für die Vernetzung! Wir analysieren Ihre Distributorenverträge und holen typischerweise 3-5 % Marge zurück. Darf ich ein Angebot schicken?"),
  ("msg", "Guten Tag Alex, ich melde mich noch einmal wegen der Vertragsanalyse. Wie wäre ein Termin in KW 17?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Isabelle Garnier", "Déléguée régionale | Syndicat Profluid", "Lyon",
  ("acc",),
  ("msg", "Merci Alex ! Comme promis, voici le compte rendu de la commission export et les chiffres du marché des pompes 2022, à ne pas diffuser hors adhérents."))
P("user_invited_value", "en", "Sophie Turner", "Plant Engineer | Thames Water", "Reading",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. We're putting out a tender in June for 30 submersible pumps across four sites. I'll make sure you're on the bidders list - "
          "here's the procurement portal link."))
P("user_invited_value", "es", "Miguel Serrano", "Director comercial | Bombas Serrano", "Zaragoza",
  ("acc",),
  ("msg", "¡Gracias por conectar! Te paso el contacto del organizador de la feria SMAGUA, nos hizo buen precio por ir en pabellón conjunto con otros fabricantes."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Hélène Masson", "Acheteuse | Suez Eau France", "Lyon", ("acc",))
P("acceptance_only", "de", "Peter Wolff", "Technischer Leiter | Stadtwerke Ulm", "Ulm", ("acc",))
P("lone_endorsement", "fr", "Lucas Petit", "Ingénieur commercial junior | Pompes Vernay Industrie", "Lyon", ("end",))
P("lone_endorsement", "it", "Marco Rossi", "Distributore | Rossi Fluidotecnica", "Padova", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Mathieu Perrin", "mathieu.perrin@arkema.example.com", "Pompes ligne 3 - fiche process",
     "Bonjour Alex,\n\nsuite à ma demande de connexion LinkedIn, je vous envoie la fiche process des pompes de transfert (acide, 40 °C, 12 m3/h).\n\nCordialement,\nMathieu", "fr"),
    ("ADV Pompes Vernay", "adv@pompes-vernay.example.fr", "Récap commandes semaine 13",
     "Bonjour à tous,\n\nci-joint le récapitulatif des commandes. Rappel : ne pas communiquer les remises distributeurs par LinkedIn ou WhatsApp, uniquement par devis signé.", "fr"),
    ("Deutsche Messe", "service@messe.example.de", "Ihr Ausstellerausweis – Hannover Messe 2023",
     "Sehr geehrter Herr Morgan,\n\nanbei Ihre Ausstellerausweise. Teilen Sie Ihren Stand gern auf LinkedIn mit dem Hashtag #HM23.", "de"),
    ("Top50 Sales Leaders", "awards@top50salesleaders.example", "Final call: your Top 50 profile",
     "Dear Alex,\n\nyou were nominated through LinkedIn. Secure your finalist profile before April 15 with the recognition package (EUR 1,250).", "en"),
    ("Sarah Benali", "sarah.benali@mail.example.fr", "Candidature ingénieur commercial Sud-Est",
     "Bonjour Monsieur Morgan,\n\nje vous ai aussi envoyé une demande sur LinkedIn. Vous trouverez mon CV en pièce jointe.\n\nBien cordialement,\nSarah Benali", "fr"),
    ("Hidrotecnia Levante", "pedidos@hidrotecnia.example.es", "Solicitud de tarifa distribuidor",
     "Hola Alex,\n\nte escribí también por LinkedIn. Adjuntamos nuestra ficha de empresa y referencias de clientes.\n\nUn saludo,\nLucía", "es"),
    ("Closr CRM", "news@closr.example.com", "Webinar: forecasting for manufacturers",
     "Hi Alex,\n\njoin our webinar on April 20. Follow us on LinkedIn for the replay.", "en"),
    ("Segreteria Mcter", "info@mcter.example.it", "Mcter 2023: iscrizioni aperte",
     "Gentile Alex,\n\nsono aperte le iscrizioni per espositori. Seguite la pagina LinkedIn dell'evento per gli aggiornamenti.", "it"),
]

HEADER = [f"# mailbot corpus dev196. Generated by scripts/make_corpus_dev196.py (seed {SEED}); do not edit by hand.",
          "# Two months of 2023 of Alex, sales director at an industrial-pumps maker in Lyon: buyers asking for quotes, CRM, training and lead-list "
          "sellers, sales reps applying, peers' trade-show tips, paid rankings, a rude distributor; French, English, German, some Italian and Spanish. "
          "Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li196(mc.LinkedInMail):
    """The older layout's footer, where a spoof or a digest still uses it, carries the year of the mail."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories196(cs.EraStories):
    """Stories inside March and April 2023: each starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li196(self.g, self.b)
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


# every story in the current layout (2023)
ERAS = {p[2]: "cur" for p in PEOPLE}


def check_notes() -> None:
    names = set()
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert name not in names, name
        names.add(name)
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev196")
    args = ap.parse_args()
    check_notes()
    c = Stories196(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(10)
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
