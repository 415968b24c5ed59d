#!/usr/bin/env python3
"""Write mailbot development corpus dev181: tests/corpus/dev181/*.eml + expected.toml.

The angle: an ordinary March and April 2016 of the user Alex, IT director (DSI) of a public
hospital group in Lyon, almost all in the 2016 layout. EHR (DPI) and PACS vendors, cybersecurity
consultants after the winter's hospital ransomware stories, public-procurement advisers,
engineers applying for the team's open posts, peers at other hospitals sharing migration notes,
conference invitations (free regional days as well as paid "sponsor" slots), ransomware-themed
phishing that borrows LinkedIn's look, and an integrator who turns rude after losing a tender.
French mostly, with English, German, Italian and Spanish.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py; the skills, jobs, headlines, other-mail subjects and spoof pitches
are swapped for hospital-IT ones in this process only. Every note was written from
shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev181.py              # writes tests/corpus/dev181
    python scripts/make_corpus_dev181.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20160314181

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ spring 2016 (this process only)
_LO, _HI = datetime(2016, 3, 1, 6, tzinfo=timezone.utc), datetime(2016, 4, 8, 6, tzinfo=timezone.utc)


def _start_date(self, era: str) -> datetime:
    return _LO + timedelta(seconds=self.r.randint(0, int((_HI - _LO).total_seconds())))


mc.Gen.start_date = _start_date

# ------------------------------------------------------------------ hospital IT world (this process only)
SKILLS = {
    "en": ["Healthcare Information Technology", "IT Strategy", "Electronic Medical Records", "PACS", "Information Security", "HL7"],
    "de": ["Krankenhaus-IT", "IT-Strategie", "Informationssicherheit", "PACS", "IT-Projektmanagement"],
    "fr": ["Systèmes d'information hospitaliers", "Stratégie SI", "Dossier patient informatisé", "Sécurité des SI", "Marchés publics", "PACS"],
    "es": ["Sistemas de información sanitaria", "Estrategia TI", "Historia clínica electrónica", "Seguridad de la información", "PACS"],
    "it": ["Sistemi informativi sanitari", "Strategia IT", "Cartella clinica elettronica", "Sicurezza informatica", "PACS"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Directeur des systèmes d'information (H/F)", "CHU de Saint-Étienne"), ("Responsable sécurité des SI – RSSI", "Hospices de Bourgogne"),
              ("Head of Clinical Applications", "Klinikum Stuttgart"), ("Chef de projet DPI", "GHT Alpes-Dauphiné"),
              ("Responsabile Sistemi Informativi", "ASL Torino 3")]
mc.COMPANIES["good"] = ["CHU de Grenoble", "Hôpital Saint-Joseph Saint-Luc", "Klinikum Freiburg", "Ospedale San Gerardo", "Hospital Clínic de Barcelona",
                        "APHM", "CHU de Clermont-Ferrand"]
mc.COMPANIES["sales"] = ["MediDoss", "ImagoPACS", "CyberVigie", "ProcurExpert", "HospiCloud", "Netsanté Intégration"]
mc.HEADLINES["good"] = ["DSI | {co}", "Responsable infrastructures, {co}", "RSSI chez {co}", "Chef de projet DPI – {co}", "Head of IT, {co}",
                        "Ingénieur systèmes et réseaux | {co}"]
mc.HEADLINES["sales"] = ["Ingénieur commercial santé | {co}", "Account Manager Healthcare, {co}", "Business Developer | {co}",
                         "Directeur des ventes secteur public, {co}"]
SPOOF_PITCH = {
    "en": ["{first}, your hospital's files were flagged in a ransomware scan. Sign in now to see the affected servers before access is suspended.",
           "Hi {first}, I shared the incident report about the CryptoLocker outbreak with you. Log in to download it."],
    "de": ["Hallo {first}, auf Ihren Servern wurde Verschlüsselungstrojaner-Aktivität gemeldet. Melden Sie sich an, um den Bericht einzusehen.",
           "Guten Tag {first}, Ihr Konto wird wegen verdächtiger Aktivität gesperrt. Bitte bestätigen Sie Ihre Identität hier."],
    "fr": ["Bonjour {first}, une alerte rançongiciel concerne votre établissement. Connectez-vous pour consulter la liste des postes infectés.",
           "{first}, je vous ai partagé le rapport d'incident Locky du CHU. Identifiez-vous pour le télécharger."],
    "es": ["Hola {first}, hemos detectado un ransomware vinculado a su cuenta. Inicie sesión para ver los equipos afectados.",
           "Hola {first}, te he compartido el informe del incidente de cifrado. Inicia sesión para descargarlo."],
    "it": ["Gentile {first}, un ransomware è stato rilevato sui server della sua struttura. Acceda per vedere il rapporto.",
           "Ciao {first}, ti ho condiviso il report sull'attacco cryptolocker. Accedi per scaricarlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": {"job": ("Chief Information Officer at Leeds Teaching Hospitals", "6 new jobs for \"hospital CIO\""),
           "news": "After Hollywood Presbyterian: are hospitals ready for ransomware?",
           "group": "New in Healthcare CIO Forum: lessons from a PACS migration", "newsletter": "Health IT Weekly: March 2016"},
    "de": {"job": ("Leiter IT (m/w) bei Klinikum Nürnberg", "4 neue Jobs für \"Leiter Krankenhaus-IT\""),
           "news": "Lukaskrankenhaus Neuss: was die Kliniken jetzt lernen",
           "group": "Neu in KH-IT Bundesverband: Erfahrungen mit KIS-Ausschreibungen", "newsletter": "Klinik-IT kompakt – April"},
    "fr": {"job": ("DSI chez CHU de Saint-Étienne", "5 nouvelles offres pour « directeur des systèmes d'information santé »"),
           "news": "Hôpital numérique : où en sont les établissements ?",
           "group": "Nouveau dans DSIH – Club des DSI hospitaliers : retour d'expérience GHT",
           "newsletter": "La lettre des SI de santé – mars 2016"},
    "es": {"job": ("Director de Sistemas en Hospital Universitario La Paz", "3 nuevos empleos para «director TIC sanidad»"),
           "news": "¿Están preparados los hospitales frente al ransomware?",
           "group": "Novedades en CIOs Sanidad: migración de HCE", "newsletter": "Salud Digital – abril"},
    "it": {"job": ("Direttore Sistemi Informativi presso ASST Spedali Civili", "4 nuove offerte per «responsabile IT sanità»"),
           "news": "Ospedali e ransomware: cosa cambia nel 2016",
           "group": "Novità in CIO Sanità Italia: esperienze con il fascicolo sanitario", "newsletter": "Sanità Digitale – aprile"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Sandrine Vallet", "DSI adjointe | CHU de Grenoble", "Grenoble",
  ("inv", "Bonjour Alex, on bascule notre PACS en juin et j'ai cru comprendre que vous l'aviez fait l'an dernier. Je peux vous appeler 10 min pour savoir "
          "comment vous avez géré la reprise des archives ? Je vous envoie en échange notre cahier de recette, il est assez complet."),
  ("rem",))
P("good_invitation", "fr", "Yanis Haddad", "Ingénieur systèmes | VMware, Linux | en recherche de poste", "Villeurbanne",
  ("inv", "Bonjour Monsieur, j'ai vu passer l'annonce pour l'ingénieur infrastructure dans votre équipe. J'ai postulé via la plateforme, "
          "mais je voulais me présenter directement : 6 ans en clinique privée, cluster ESX et sauvegardes. Merci de votre lecture."))
P("good_invitation", "en", "Fiona McAllister", "Programme Lead, Healthcare CIO Forum Europe", "Edinburgh",
  ("inv", "Alex, we run a small, no-fee round table for hospital CIOs in Brussels on 19 May (speakers from NHS Scotland and two French CHUs). "
          "Your team's DPI rollout would be a great case to hear. Happy to send the agenda."),
  ("rem",))
P("good_invitation", "de", "Jörg Wendland", "Leiter IT-Infrastruktur | Klinikum Freiburg", "Freiburg",
  ("inv", "Hallo Herr Alex, wir haben nach dem Vorfall in Neuss unsere Notfallprozesse komplett überarbeitet. Ich teile gern unser Wiederanlaufkonzept "
          "(anonymisiert), falls Sie für Lyon so etwas planen. Grüße aus dem Breisgau"), nl="de")
P("good_invitation", "it", "Paola Cristiani", "Responsabile Sistemi Informativi | Ospedale San Gerardo", "Monza",
  ("inv", "Buongiorno Alex, ci siamo sentiti al convegno di Milano sul fascicolo elettronico. Stiamo scrivendo il capitolato per il nuovo RIS e "
          "mi chiedevo se il vostro fosse pubblico: le mando volentieri il nostro in cambio."), ("rem",))
P("good_invitation", "es", "Marc Puigdemont", "Responsable de Ciberseguridad | Hospital Clínic de Barcelona", "Barcelona",
  ("inv", "Hola Alex, estamos montando un grupo informal de responsables de seguridad de hospitales del sur de Europa para compartir IOC y avisos de "
          "campañas de ransomware. Sin coste ni empresas. ¿Te apuntas?"))


# =============================================================== default_invitation
P("default_invitation", "fr", "Christophe Mabille", "Consultant | Santé | Transformation", "Paris", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Dennis Wirth", "Vertrieb Healthcare | IT-Lösungen", "Essen", ("inv", DEFAULT))
P("default_invitation", "it", "Roberta Sala", "Commerciale | Soluzioni per la sanità", "Bergamo", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kevin Ostrowski", "Solutions Architect", "Warsaw", ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Laurent Bessière", "Ingénieur commercial santé | MediDoss", "Lyon",
  ("inv", "Bonjour Alex, MediDoss équipe déjà 40 établissements en DPI full web, certifié Hôpital Numérique. Je passe à Lyon le 22, "
          "auriez-vous 30 minutes pour une présentation de la version 7 ? Je m'adapte à votre agenda."))
P("sales_invitation", "en", "Ryan Whitfield", "Enterprise Sales, EMEA | HospiCloud", "Dublin",
  ("inv", "Hi Alex - hospitals across Europe are moving their PACS archive to HospiCloud and cutting storage costs by 45%. "
          "Would you take a quick call so I can show you the numbers for a site your size?"), ("rem",))
P("sales_invitation", "fr", "Agnès Roumier", "Fondatrice | ProcurExpert – conseil en marchés publics", "Villeurbanne",
  ("inv", "Bonjour, nous aidons les acheteurs hospitaliers à sécuriser leurs DCE informatiques (forfait à partir de 4 500 € HT). "
          "Je serais heureuse de vous présenter notre offre lors d'un rendez-vous court."))
P("sales_invitation", "de", "Uwe Pfleiderer", "Key Account Manager Kliniken | DataSafe Backup GmbH", "Karlsruhe",
  ("inv", "Guten Tag, Ransomware ist in den Kliniken angekommen. Unsere unveränderliche Backup-Appliance stellt ein ganzes KIS in 2 Stunden wieder her. "
          "Darf ich Ihnen ein Angebot für Lyon erstellen?"), nl="de")
P("sales_invitation", "es", "Lucía Benavente", "Directora comercial | Integra Salud Consultores", "Madrid",
  ("inv", "Hola Alex, somos especialistas en integración HL7 para hospitales públicos. Te propongo una reunión por Skype para enseñarte nuestro "
          "motor de interfaces y las tarifas para Francia."))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Olivier Tessandier", "Animateur | Cercle des DSI de santé Rhône-Alpes", "Lyon",
  ("inv", "Bonjour Alex, je réunis chaque trimestre quelques DSI hospitaliers de la région autour d'un déjeuner, sans ordre du jour, juste pour "
          "échanger entre pairs. Le prochain est fin avril, ça vous dirait d'en être ?"),
  ("msg", "Merci d'avoir accepté ! Petite précision sur le Cercle : il est soutenu par mon cabinet, qui accompagne les GHT sur leur schéma directeur "
          "SI. Je vous propose qu'on fasse un point de 45 min sur votre convergence, notre mission de diagnostic démarre à 18 000 € HT.", (4, 12)),
  ("msg", "Alex, je reviens vers vous pour le diagnostic : il me reste un créneau de démarrage en mai. On cale un rendez-vous ?", (8, 16)))
P("bait_and_switch_invitation", "en", "Darren Pike", "Cybersecurity Researcher | Healthcare threat intel", "Manchester",
  ("inv", "Hi Alex, I'm collecting anonymous notes from hospital IT leads on how the recent ransomware wave hit them, for a free write-up shared "
          "with everyone who contributes. Would love your view, 5 questions max."),
  ("msg", "Thanks for connecting Alex. Quick one before the survey: we've launched a managed detection service built for hospitals, "
          "24/7 SOC from £3.50 per endpoint per month. Can I book you for a 20-minute demo next week?", (3, 9)))
P("bait_and_switch_invitation", "fr", "Nadia Kerbrat", "Consultante achats publics | ex-acheteuse CHU", "Nantes",
  ("inv", "Bonjour Alex, je prépare un guide gratuit sur les pièges du nouveau décret marchés publics pour les achats IT à l'hôpital. "
          "Je vous l'envoie volontiers quand il sort, il pourra servir à votre cellule marchés."),
  ("msg", "Bonjour Alex, comme promis, le guide arrive bientôt ! En attendant, je propose aux DSI une assistance à maîtrise d'ouvrage pour la "
          "rédaction de leurs DCE : 950 € la journée. Voulez-vous un devis pour votre futur marché PACS ?", (6, 14)))
P("bait_and_switch_invitation", "it", "Stefano Lodi", "Coordinatore | Rete CIO Ospedalieri Europei", "Verona",
  ("inv", "Ciao Alex, stiamo creando una comunità europea di CIO ospedalieri per condividere capitolati e casi d'uso. È tra pari, "
          "niente fornitori. Ti andrebbe di unirti?"),
  ("msg", "Benvenuto nella rete! Per completare l'adesione come membro fondatore c'è una quota di 1.200 € l'anno, che include anche un "
          "audit del vostro parco applicativo da parte dei nostri partner. Ti mando il modulo?", (2, 8)))
P("bait_and_switch_invitation", "de", "Katrin Vogelsang", "Beraterin Krankenhaus-IT | ehem. CIO Uniklinik", "Köln",
  ("inv", "Hallo Alex, ich schreibe an einer Vergleichsstudie zu PACS-Migrationen in französischen und deutschen Kliniken. Hätten Sie Lust, "
          "Ihre Erfahrungen einzubringen? Alle Teilnehmer bekommen die Ergebnisse."),
  ("msg", "Danke für die Vernetzung! Zur Studie: Die Basisergebnisse sind frei, die Detailauswertung mit Benchmark für Ihr Haus bieten wir als "
          "Beratungspaket an (7.500 €). Sollen wir nächste Woche kurz telefonieren?", (5, 15)),
  ("msg", "Hallo Alex, nur zur Erinnerung wegen des Benchmark-Pakets – das Angebot gilt bis Ende Monat.", (6, 12)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Sébastien Roche", "Expert cybersécurité santé | CyberVigie", "Paris",
  ("inm", "Question sur votre PRA", "Bonjour Alex, je travaille sur un retour d'expérience sur les plans de reprise après rançongiciel dans les CH. "
          "Vous avez deux minutes pour me dire si vous testez vos restaurations chaque trimestre ? C'est pour un article, rien de plus."),
  ("inm", "Suite à votre réponse", "Merci pour votre retour ! Du coup je me permets : CyberVigie propose un test d'intrusion ciblé sur les hôpitaux "
          "(forfait 12 k€), avec une remise de 15 % pour les établissements qui signent avant juin. Un créneau cette semaine ?", (4, 10)))
P("bait_and_switch_inmail", "en", "Priya Raman", "Healthcare Strategy | Summit Director, EuroHIT Leaders", "London",
  ("inm", "Speaking invitation: EuroHIT Leaders 2016", "Dear Alex, our advisory committee has put your name forward to speak on EHR adoption at "
          "EuroHIT Leaders in Amsterdam this October. Would you be interested?"),
  ("inm", "EuroHIT 2016 - next steps for speakers", "Great to hear you're interested! Speaking slots on the main stage are part of our thought-leadership "
          "package at €6,900, which includes a booth and two delegate passes. Shall I send the contract?", (3, 8)),
  ("inm", "Re: EuroHIT 2016", "Hi Alex, just checking in - the early-bird rate on the speaker package ends Friday.", (5, 10)))
P("bait_and_switch_inmail", "es", "Jorge Villalba", "Investigador | Observatorio de Salud Digital", "Valencia",
  ("inm", "Encuesta sobre historia clínica", "Hola Alex, estamos comparando cómo los hospitales europeos migran su historia clínica electrónica. "
          "¿Podría responder a cinco preguntas? Compartimos el informe con todos los participantes."),
  ("inm", "Gracias + una propuesta", "Gracias por contestar. Aprovecho: nuestra consultora ofrece un análisis de madurez digital para hospitales por 9.800 €, "
          "con descuento a quien participó en la encuesta. ¿Hablamos el jueves?", (5, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Hervé Castagnet", "Chef de projet SI | freelance", "Mâcon",
  ("end",), ("end",),
  ("msg", "Salut Alex, je viens de te recommander pour {skill}, largement mérité. Si tu as une minute, tu pourrais me valider Gestion de projet "
          "et ITIL ? Je relance mon activité de freelance, ça aiderait. Merci !"))
P("endorse_me_back", "en", "Tom Reddaway", "IT Service Manager | ITIL Expert", "Bristol",
  ("end",),
  ("msg", "Alex! Gave you a thumbs up on {skill}. Would be great if you could return it on ITIL and Service Delivery when you get a sec, "
          "trying to get my profile up to scratch. Ta"))
P("endorse_me_back", "it", "Daniele Conti", "System Integrator | Sanità", "Padova",
  ("end",), ("end",),
  ("msg", "Ciao Alex, ti ho confermato {skill} e un paio di altre. Mi faresti la cortesia di ricambiare su Integrazione HL7 e Project management? "
          "Sto partecipando a una gara e il profilo conta. Grazie mille"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Patrick Moulinier", "Directeur commercial | Netsanté Intégration", "Lyon",
  ("inv", "Bonjour Alex, suite à l'appel d'offres infrastructure, j'aimerais échanger avec vous sur vos prochains projets."),
  ("rem",),
  ("inm", "Sans nouvelles", "Monsieur, trois semaines sans réponse à une simple demande de contact. On a quand même répondu à votre appel d'offres "
          "avec sérieux. Ce genre de mépris pour les prestataires locaux en dit long sur votre direction. Je m'en souviendrai."))
P("hostility_after_decline", "en", "Gary Lindqvist", "Founder | MedSecure Labs", "Stockholm",
  ("inv", DEFAULT),
  ("inm", "Seriously?", "Alex, I invited you twice. Not even a 'no thanks'. Maybe that's why French hospitals keep getting hit - nobody bothers "
          "to listen. Good luck when it's your turn."))
P("hostility_after_decline", "de", "Manfred Köhler", "Vertriebsleiter DACH/Frankreich | KIS-Systeme", "Mannheim",
  ("inv", "Guten Tag, ich möchte Sie gern in meinem Netzwerk haben, wir arbeiten mit mehreren französischen Häusern."),
  ("rem",),
  ("inm", "Ihre Reaktion", "Herr Alex, dass Sie es nicht für nötig halten, auf eine höfliche Anfrage zu reagieren, ist ein starkes Stück. "
          "So geht man unter Fachleuten nicht miteinander um."))
P("hostility_after_decline", "es", "Rubén Espinar", "Ingeniero de sistemas", "Sevilla",
  ("inv", "Hola Alex, me interesa trabajar en Francia en un hospital, ¿podemos conectar?"),
  ("inm", "vaya", "pues nada, ni una respuesta. muy de jefe. luego se quejan de que no encuentran ingenieros"))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Jean-Marc Dufresnoy", "Gérant | Dufresnoy Intégration Santé", "Saint-Étienne",
  ("msg", "Alex, pour votre marché de renouvellement réseau, on est en train de finaliser notre offre. On peut se voir avant la date limite "
          "pour que je vous présente notre approche ? Ce serait plus simple."),
  ("msg", "Je viens d'apprendre qu'on a perdu le lot 2. Franchement, après quinze ans à dépanner votre hôpital le dimanche, c'est une honte. "
          "Votre grille de notation était taillée pour les nationaux, tout le monde le sait. Bravo la loyauté.", (10, 20)))
P("hostility_connection", "en", "Brad Colton", "VP Sales, Hospital Solutions | Vantix Health", "Atlanta",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Since you're re-tendering PACS, let me get our European team in front of you - 45 minutes, any day next week?"),
  ("msg", "Alex, I've now sent three messages. I find it pretty unprofessional that a public-sector director can't give a vendor the courtesy "
          "of a reply. I'll be raising it with your procurement office."))
P("hostility_connection", "it", "Fabio Gentile", "Account Manager Sanità | HospiCloud Italia", "Roma",
  ("msg", "Ciao Alex, ti segnalo la nostra nuova offerta per l'archiviazione immagini in cloud, perfetta per un ospedale come il vostro. "
          "Ti va una call conoscitiva?"),
  ("msg", "Ciao Alex, nessuna risposta? Abbiamo anche una promo fino a fine mese."),
  ("msg", "Ok, ho capito l'antifona. Complimenti per la maleducazione, si vede che nel pubblico il tempo degli altri non conta niente."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Delphine Arnaud", "Responsable grands comptes santé | ImagoPACS", "Lyon",
  ("msg", "Bonjour Alex, ImagoPACS sort son viewer zéro-empreinte compatible avec les DMP régionaux. Je vous propose une démo sur site, "
          "vos radiologues pourront le tester."),
  ("msg", "Bonjour Alex, en complément : nous pouvons reprendre vos archives sans surcoût si la commande est passée via l'UGAP. Un rendez-vous en avril ?"),
  ("msg", "Dernière relance : la démo itinérante passe à Lyon le 12. Je vous inscris ?"))
P("connection_only_pitches", "en", "Hamish Doyle", "Partner | Doyle Procurement Advisory", "London",
  ("msg", "Alex, we help public hospitals win better IT contracts - typically 12-18% savings on a framework call-off. Fancy a call to see if it fits Lyon?"),
  ("msg", "Hi Alex, sharing a case study from a French CHU we advised (anonymised). Could we put 30 minutes in the diary to talk fees?"))
P("connection_only_pitches", "de", "Sabine Reuter", "Account Executive | MediDoss Deutschland", "Frankfurt",
  ("msg", "Hallo Alex, unser neues Modul für die Pflegedokumentation ist jetzt auch auf Französisch verfügbar. Darf ich Ihnen eine Demo anbieten?"),
  ("msg", "Hallo Alex, wir haben gerade Sonderkonditionen für Häuser über 1.000 Betten. Wann passt ein Termin?"))
P("connection_only_pitches", "es", "Iván Cortázar", "Director de ventas | Integra Salud Consultores", "Bilbao",
  ("msg", "Alex, ¿ya tenéis proveedor para la interoperabilidad con el laboratorio? Podemos tener el motor HL7 funcionando en 6 semanas. Te paso presupuesto."),
  ("msg", "Hola de nuevo, te adjunto nuestra tarifa 2016 para hospitales franceses. ¿La revisamos juntos por teléfono?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Guillaume Ferrand", "Business developer | Imprimantes et flux documentaires santé", "Lyon",
  ("msg", "Bonjour Alex, nous venons de remplacer tout le parc d'impression d'un CH voisin avec 30 % d'économies. Je peux vous faire une "
          "étude gratuite de votre parc et une proposition chiffrée ?"))
P("single_pitch", "en", "Natalie Brooks", "Inside Sales | SecureMail Health", "Reading",
  ("msg", "Hi Alex, is encrypted messaging between your clinicians and GPs on your roadmap this year? Our platform is MSSanté-compatible. "
          "Happy to send pricing."))
P("single_pitch", "it", "Marco Rinaldi", "Commerciale | Firewall e sicurezza perimetrale", "Genova",
  ("msg", "Ciao Alex, dopo gli attacchi di quest'inverno molti ospedali stanno rinnovando i firewall. Ti preparo un'offerta per due appliance in alta affidabilità?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Isabelle Montagne", "DSI | CH de Valence", "Valence",
  ("msg", "Salut Alex, comme promis à la réunion GHT, je t'envoie nos notes de migration DPI : les scripts de reprise des antécédents et "
          "la liste des pièges avec les interfaces labo. Si tu veux, on peut faire une visio avec mon chef de projet."),
  ("msg", "Au fait, l'ARS organise une demi-journée gratuite sur la certification HAS et les SI le 7 avril à Lyon. Je t'ai mis en copie de l'invitation."))
P("connection_brings_value", "de", "Thomas Ebner", "CIO | Kantonsspital St. Gallen", "St. Gallen",
  ("end",),
  ("msg", "Hallo Alex, anbei wie besprochen unser Lastenheft für die Netzwerksegmentierung der Medizingeräte. Darf gern verwendet werden, "
          "ein Hinweis auf die Quelle reicht."))
P("connection_brings_value", "en", "Aoife Brennan", "Head of Clinical Systems | St. Vincent's University Hospital", "Dublin",
  ("msg", "Alex, the HL7 FHIR working group I mentioned has a free webinar on the 24th about lab result interfaces. Recording will be shared. "
          "Thought your integration team might like it."))
P("connection_brings_value", "fr", "Rémi Chabert", "RSSI | Hospices Civils – groupement Est", "Bron",
  ("msg", "Alex, on a reçu ce matin une campagne de mails piégés avec une fausse facture (pièce jointe .js, variante Locky). Je t'envoie les "
          "objets et les IP d'envoi pour que ton équipe les bloque. On est trois établissements touchés."),
  ("msg", "Mise à jour : le CERT Santé a publié une fiche réflexe, je te la transmets. Rien d'autre à signaler de notre côté."))
P("connection_brings_value", "es", "Elena Garrido", "Subdirectora de Sistemas | Hospital Universitario de Navarra", "Pamplona",
  ("msg", "Hola Alex, te comparto nuestra presentación sobre la migración del PACS con 400 TB de históricos: qué salió bien y lo que "
          "volveríamos a hacer distinto. Si te sirve para el pliego, adelante."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Claire Daubigny", "Directrice des ressources humaines | CHU de Saint-Étienne", "Saint-Étienne",
  ("inm", "Poste de DSI – CHU de Saint-Étienne", "Bonjour Monsieur, notre DSI part en retraite à l'automne et le directeur général m'a demandé "
          "de sonder quelques profils avant la publication. Le poste est rattaché à la direction générale, en catégorie A+. "
          "Seriez-vous ouvert à un échange confidentiel ?"))
P("stranger_inmail_recruiter", "en", "Oliver Grant", "Executive Search, Healthcare | Harrow & Lyle", "London",
  ("inm", "CIO role - NHS Foundation Trust", "Hi Alex, I'm retained by a large NHS Foundation Trust to find their next Chief Information Officer "
          "(EPR replacement programme, c. £140k). Your French EHR rollout is directly relevant. Would you be open to a confidential chat?"))
P("stranger_inmail_recruiter", "de", "Andrea Hüsler", "HR Business Partner | Universitätsspital Basel", "Basel",
  ("inm", "Leitung Applikationen – Universitätsspital Basel", "Guten Tag Alex, wir suchen eine Leitung Klinische Applikationen (100 %), "
          "zweisprachig Deutsch/Französisch. Ihr Profil passt sehr gut. Hätten Sie Interesse an einem ersten Gespräch?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Benoît Laroque", "Ingénieur d'affaires | Datacenter santé HDS", "Marseille",
  ("inm", "Hébergement HDS", "Bonjour, notre datacenter vient d'obtenir l'agrément hébergeur de données de santé. Je peux vous transmettre "
          "une proposition tarifaire pour externaliser vos serveurs applicatifs ?"))
P("stranger_inmail_sales", "en", "Melanie Shaw", "Account Director | ClinicalVoice Dictation", "Cambridge",
  ("inm", "Speech recognition for your radiologists", "Hi Alex, radiology departments using our speech recognition cut report turnaround by 40%. "
          "Would you be open to a 20-min demo?"),
  ("inm", "Following up", "Hi Alex, following up on my note about dictation - can I send a quote for 25 licences?"))
P("stranger_inmail_sales", "it", "Luca Ferri", "Sales Manager | TeleMed Solutions", "Bologna",
  ("inm", "Telemedicina", "Buongiorno, la nostra piattaforma di telemedicina è già attiva in 12 ospedali. Le interessa una presentazione e un preventivo?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Frédéric Lassalle", "DSI | Clinique du Parc – groupe privé", "Lyon",
  ("inv", "Bonjour Alex, on est voisins ou presque ! Je pilote aussi une migration de messagerie vers Exchange et j'aimerais comparer nos "
          "plannings. Café à la Part-Dieu un de ces jours ?"),
  ("msg", "Merci pour le café, très utile. Je t'envoie comme promis notre procédure de bascule des boîtes partagées, on l'a rodée sur 900 comptes.", (6, 14)),
  ("msg", "Alex, petite info : je lance en parallèle une activité de conseil et je propose aux hôpitaux publics un audit de leur messagerie "
          "(3 jours, 4 200 €). Ça t'intéresserait pour ton établissement ?", (10, 20)))
P("good_turns_ugly", "en", "Sanjay Mehta", "Clinical Informatics Lead | ex-Cerner", "Birmingham",
  ("inv", "Hi Alex, I saw your talk at HIMSS Europe on clinician adoption. I'm writing up a free toolkit on go-live support rotas - "
          "would you be willing to compare notes?"),
  ("msg", "Here's the draft toolkit, Alex, feel free to share it with your change team. Your comments on night-shift cover were spot on.", (5, 12)),
  ("msg", "Hi Alex, I've joined an implementation consultancy and we're offering go-live support teams to French hospitals at a day rate "
          "of €850 per consultant. Could we set up a call with your PMO?", (8, 18)))
P("good_turns_ugly", "it", "Giorgio Vitale", "Responsabile infrastrutture | ASL Torino 3", "Torino",
  ("inv", "Ciao Alex, mi hanno detto che avete virtualizzato tutto il PACS su VMware. Posso farti due domande sullo storage? Noi ci stiamo provando ora."),
  ("end",),
  ("msg", "Ciao Alex, ti ho confermato {skill}. Siccome mi sto candidando per un ruolo di direzione, ti chiederei di confermarmi Virtualizzazione e "
          "Gestione infrastrutture: per me sarebbe importante. Grazie!", (3, 10)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Thierry Gaudin", "Commercial | Solutions de stockage santé", "Grenoble",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, nous nous sommes croisés au salon Santexpo l'an dernier. J'aimerais rester en contact.", (25, 35)))
P("reinvite_known_bad", "en", "Jason Merriweather", "Regional Sales Director | Vantix Health", "Frankfurt",
  ("inm", "PACS replacement", "Hi Alex, I understand you're looking at PACS options. Vantix can offer a full migration at a fixed price. Open to a demo?"),
  ("inv", "Hi Alex, great to see the progress on your imaging strategy. Would love to connect and keep in touch.", (24, 34)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Cédric Bourdais", "Consultant indépendant | Achats IT", "Chambéry",
  ("inv", "Bonjour, je cherche à rencontrer des DSI de la région."),
  ("inm", "Pas de réponse", "Bonjour Alex, je vois que vous ne prenez même pas la peine de répondre. C'est assez révélateur de l'arrogance des "
          "directions hospitalières. Dommage pour vous."),
  ("inv", "Bonjour Alex, je repars sur de bonnes bases : j'organise une matinée gratuite sur les achats IT publics, vous êtes le bienvenu.", (25, 35)))
P("reinvite_known_ugly", "es", "Adrián Cuesta", "Investigador en ciberseguridad | Hospitales", "Zaragoza",
  ("inm", "Informe sobre ransomware", "Hola Alex, estoy preparando un informe gratuito sobre ransomware en hospitales europeos. ¿Me dedicarías 10 minutos?"),
  ("inm", "Nuestra solución", "Gracias Alex. Te cuento además que represento un servicio de respuesta a incidentes con retención anual de 15.000 €. "
          "¿Te envío la propuesta?", (3, 9)),
  ("inv", "Hola Alex, me gustaría conectar contigo para seguir hablando de seguridad en hospitales.", (25, 35)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Mathilde Perrin", "Chargée d'affaires | Groupement d'achat santé", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Puisqu'on s'est rencontrés à la journée achats, je vous signale que notre centrale propose un "
          "nouveau marché subséquent pour les postes de travail. Je vous envoie les conditions pour adhérer ?"))
P("user_invited_pitch_once", "de", "Stefan Brunner", "Vertrieb | Medizingeräte-Netzwerke", "Wien",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Wie am Stand besprochen: Unser Netzwerk-Gateway für Medizingeräte gibt es jetzt im Mietmodell. "
          "Soll ich Ihnen ein Angebot schicken?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Arnaud Villeneuve", "Directeur régional | HospiCloud France", "Lyon",
  ("acc",),
  ("msg", "Merci Alex pour l'ajout ! Je profite : notre offre de sauvegarde externalisée HDS est à -20 % pour les CH jusqu'en mai. On en parle ?"),
  ("msg", "Bonjour Alex, je relance pour la sauvegarde HDS : je peux passer vous présenter l'offre mardi ou jeudi."))
P("user_invited_pitch_twice", "it", "Valeria Morandi", "Key Account | ImagoPACS Italia", "Milano",
  ("acc",),
  ("msg", "Grazie per l'invito Alex! Ti allego la brochure del nostro PACS e il listino per ospedali oltre 800 letti."),
  ("msg", "Ciao Alex, ti propongo una demo remota la settimana prossima, così vedi il modulo di cardiologia. Che giorno preferisci?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Jérôme Tixier", "Chef de projet DPI | CHU de Clermont-Ferrand", "Clermont-Ferrand",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Suite à notre discussion à Paris, voici notre plan de formation des soignants au DPI (72 sessions, "
          "planning par service). Servez-vous, et appelez-moi si vous voulez le détail des super-utilisateurs."))
P("user_invited_value", "en", "Katherine Moss", "Director of IT Security | Royal Infirmary", "Glasgow",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. As promised, attached is our ransomware tabletop exercise script - we ran it with the execs in January. "
          "Adapt it freely."))
P("user_invited_value", "es", "Pilar Andújar", "Jefa de Informática | Hospital General de Alicante", "Alicante",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Como te dije en Madrid, aquí tienes el enlace a nuestro pliego de PACS y el informe de evaluación: "
          "son públicos. Cualquier duda, me llamas."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Bernard Ollivier", "Directeur général adjoint | CH de Bourg-en-Bresse", "Bourg-en-Bresse", ("acc",))
P("acceptance_only", "de", "Miriam Schäfer", "Leiterin Medizintechnik | Klinikum Nürnberg", "Nürnberg", ("acc",))
P("lone_endorsement", "fr", "Lucas Pernot", "Technicien support | ancien stagiaire DSI", "Lyon", ("end",))
P("lone_endorsement", "en", "Hannah Jeffreys", "Clinical Systems Analyst", "Leeds", ("end",))

# =============================================================== a few more voices
P("good_invitation", "it", "Federico Basile", "Ingegnere di rete | Cisco CCNP | disponibile a trasferirmi", "Torino",
  ("inv", "Buongiorno Alex, ho letto l'offerta per l'ingegnere rete e sicurezza nel vostro ospedale. Parlo francese (madre di Chambéry) e ho "
          "gestito la rete di un ospedale di 600 letti. Le ho inviato il CV tramite il sito: volevo solo presentarmi."), ("rem",))
P("connection_brings_value", "it", "Silvia Orlandi", "CIO | Ospedale Papa Giovanni XXIII", "Bergamo",
  ("msg", "Ciao Alex, ti giro l'invito alla giornata gratuita AISIS a Milano il 28 aprile: c'è una sessione sul ripristino dopo ransomware "
          "con due ospedali che l'hanno vissuto. Se vieni ti presento i colleghi di Brescia."))
P("single_pitch", "es", "Álvaro Redondo", "Account Manager | Cableado estructurado para hospitales", "Madrid",
  ("msg", "Hola Alex, hacemos el recableado de plantas hospitalarias sin cortar el servicio. ¿Te mando un presupuesto orientativo para vuestro nuevo edificio?"))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Sandrine Vallet", "s.vallet@chu-grenoble.example.fr", "Reprise des archives PACS",
     "Bonjour Alex,\n\nje vous ai aussi envoyé une demande sur LinkedIn, mais au cas où : seriez-vous disponible jeudi pour parler de la reprise des archives ?\n\nBien cordialement,\nSandrine", "fr"),
    ("Cellule marchés publics", "marches@ch-lyon.example.fr", "Marché réseau – notification des lots",
     "Bonjour,\n\nles notifications des lots 1 à 3 sont parties ce matin. Attention : un candidat évincé a essayé de vous joindre par LinkedIn, merci de renvoyer toute demande vers la cellule.", "fr"),
    ("CERT Santé", "alertes@cert-sante.example.fr", "Alerte : campagne de rançongiciel Locky",
     "Une campagne de courriels piégés cible les établissements de santé. Certains messages imitent des notifications LinkedIn. Ne cliquez pas sur les liens.", "fr"),
    ("Direction des ressources humaines", "drh@ch-lyon.example.fr", "Recrutement ingénieur infrastructure – candidatures",
     "Bonjour Alex,\n\nvous trouverez en pièce jointe les 14 candidatures reçues. Deux candidats nous disent vous avoir contacté directement sur LinkedIn.", "fr"),
    ("Healthcare CIO Forum Europe", "events@hcioforum.example.eu", "Your invitation: Brussels round table, 19 May",
     "Dear Alex,\n\nFiona McAllister asked us to send you the agenda. Attendance is free. Follow the forum on LinkedIn for updates.", "en"),
    ("XING", "mailrobot@xing.example.com", "Jörg Wendland hat Ihr Profil besucht",
     "Hallo Alex,\n\nJörg Wendland (Klinikum Freiburg) hat Ihr Profil besucht. Sie sind auch auf LinkedIn vernetzt? Verknüpfen Sie Ihre Kontakte.", "de"),
    ("Secretaría Congreso SEIS", "congreso@seis.example.es", "Congreso Nacional de Informática de la Salud – programa",
     "Estimado Alex,\n\nadjuntamos el programa definitivo. Puede compartir su ponencia en LinkedIn con la etiqueta del congreso.", "es"),
    ("Agenda DSI", "agenda@ch-lyon.example.fr", "Invitation : comité de pilotage DPI – 14 avril",
     "Comité de pilotage DPI, salle du conseil, 14h-16h. Ordre du jour : bascule des urgences, retour d'expérience du CH de Valence (notes partagées par Isabelle Montagne via LinkedIn).", "fr"),
]


# ------------------------------------------------------------------------- checks and builder
for _s in PEOPLE:
    for _st in _s[6]:
        if _st[0] == "inv" and _st[1] not in (DEFAULT, NONOTE):
            assert len(_st[1]) <= 300, (_s[2], len(_st[1]))

_CUR = {"Kevin Ostrowski", "Ryan Whitfield", "Aoife Brennan", "Melanie Shaw"}
ERAS = {s[2]: ("cur" if s[2] in _CUR else "2016") for s in PEOPLE}
HEADER = [f"# mailbot development corpus dev181. Generated by scripts/make_corpus_dev181.py (seed {SEED}); do not edit by hand.",
          "# Alex as IT director of a Lyon hospital, March-April 2016, mostly in the 2016 layout: EHR and PACS vendors, security consultants, "
          "procurement advisers, applicants, peer hospitals, conferences, ransomware phishing. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev181", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
