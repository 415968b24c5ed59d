#!/usr/bin/env python3
"""Write mailbot's dev161 corpus: tests/corpus/dev161/*.eml + expected.toml.

The angle: an ordinary two months (September to early November 2020) of the user Alex, owner
of a small IT-security consultancy in Lille that sells pentests, audits and incident response.
Alex's LinkedIn world: clients and prospects asking for a pentest or a quote (buyers, who bring
business and sell nothing), SOC, EDR and scanner vendors, cyber-insurance brokers, lead-gen
agencies, freelancers offering to subcontract, beg-bounty "researchers" and fake directory
invoices, conference CFPs and free CPE workshops, peers sharing incident notes and IOCs, a rude
prospect after a quote was not discounted, recruiters. Writers: French (France and Belgium),
English written by Belgian and Dutch speakers, some German and Spanish.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Dates, story gaps, endorsement skills, job-alert titles, the
recipient headline, the headlines of spoof-only names and the pitches that spoofs carry are
swapped for this world in this process only. Every note was written from shared/taxonomy.md
alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev161.py              # writes tests/corpus/dev161
    python scripts/make_corpus_dev161.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20201161

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ 2020 in Lille (this process only)
_LO = datetime(2020, 9, 1, 7, 0, tzinfo=timezone.utc)
_SPAN = int((datetime(2020, 9, 30, 18, 0, tzinfo=timezone.utc) - _LO).total_seconds())


def _start_date(self, era: str) -> datetime:
    return _LO + timedelta(seconds=self.r.randint(0, _SPAN))


mc.Gen.start_date = _start_date
cs.GAPS.update({"rem": (5, 10), "end": (1, 9), "msg": (2, 12), "inm": (3, 10), "inv": (18, 30)})

SKILLS = {
    "en": ["Penetration Testing", "Information Security", "Incident Response", "Red Teaming", "ISO 27001"],
    "de": ["Penetrationstests", "Informationssicherheit", "Incident Response", "ISO 27001"],
    "fr": ["Tests d'intrusion", "Sécurité informatique", "Réponse aux incidents", "ISO 27001", "Audit de sécurité"],
    "es": ["Pruebas de penetración", "Seguridad informática", "Respuesta a incidentes", "ISO 27001"],
    "it": ["Penetration test", "Sicurezza informatica", "Incident response", "ISO 27001"],
}
RHEAD = {"en": "Founder, Pentest & Incident Response at Veillecourt Sécurité", "de": "Gründer, Pentest & Incident Response bei Veillecourt Sécurité",
         "fr": "Fondateur, pentest et réponse à incident chez Veillecourt Sécurité", "es": "Fundador, pentest y respuesta a incidentes en Veillecourt Sécurité",
         "it": "Fondatore, pentest e incident response presso Veillecourt Sécurité"}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEAD[_l]
mc.JOBS[:] = [("Pentester senior (H/F)", "Orange Cyberdefense"), ("Responsable SOC", "Groupe Auchan"), ("Security Consultant", "NVISO"),
              ("Red Team Operator", "Fox-IT"), ("RSSI (H/F)", "CHU de Lille")]
mc.COMPANIES["good"] = ["CHU de Lille", "Université de Lille", "NVISO", "Fox-IT", "Clusif", "Euratechnologies", "Decathlon", "Leroy Merlin"]
mc.COMPANIES["sales"] = ["SentinelGrid", "Cyberwatch SOC", "ShieldBroker", "LeadSec Growth", "VulnScan Pro", "Assurcyber"]
mc.HEADLINES["good"] = ["RSSI chez {co}", "Security Engineer at {co}", "Analyste SOC | {co}", "DSI chez {co}", "Incident handler at {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Business Developer | {co}", "Channel Manager France at {co}", "Founder at {co}", "Ingénieur commercial chez {co}"]
retitle_other({
    "en": {"job": ("{n} new jobs for \"penetration tester\"", "Your job alert for penetration tester in {city}"),
           "news": "Ransomware gangs target hospitals again", "group": "Top conversations in OWASP Benelux & France",
           "newsletter": "Blue Team Weekly: what the SolarWinds-style supply-chain scares teach us"},
    "de": {"job": ("{n} neue Jobs für „Penetrationstester“", "Ihr Jobalarm für Penetrationstester in {city}"),
           "news": "Ransomware: Kliniken erneut im Visier", "group": "Top-Unterhaltungen in IT-Sicherheit DACH",
           "newsletter": "Sicherheitslage kompakt: Homeoffice und VPN"},
    "fr": {"job": ("{n} nouvelles offres pour « pentester »", "Votre alerte emploi pour pentester à {city}"),
           "news": "Rançongiciels : les hôpitaux de nouveau ciblés", "group": "Meilleures discussions dans Cybersécurité Hauts-de-France",
           "newsletter": "La lettre du RSSI : télétravail et VPN, six mois après"},
    "es": {"job": ("{n} empleos nuevos de «pentester»", "Tu alerta de empleo de pentester en {city}"),
           "news": "El ransomware vuelve a golpear a los hospitales", "group": "Conversaciones destacadas en Ciberseguridad España",
           "newsletter": "Boletín Blue Team: teletrabajo y VPN"},
    "it": {"job": ("{n} nuove offerte per «penetration tester»", "Il tuo avviso di lavoro per penetration tester a {city}"),
           "news": "Ransomware, di nuovo nel mirino gli ospedali", "group": "Conversazioni principali in Sicurezza Informatica Italia",
           "newsletter": "Il taccuino del SOC: telelavoro e VPN"},
})
SPOOF_PITCH = {
    "en": ["Hi {first}, attached is invoice INV-20-0917 for your annual listing in the European Cybersecurity Directory. Please settle within 7 days via the secure portal.",
           "Dear {first}, our scan found 14 critical vulnerabilities on your company website. Log in to see the report and the fee for responsible disclosure."],
    "de": ["Hallo {first}, anbei die Rechnung für Ihren Eintrag im Sicherheitsanbieter-Verzeichnis 2020. Bitte über das Portal begleichen.",
           "Guten Tag {first}, ich habe Ihnen einen Bericht über Schwachstellen Ihrer Website freigegeben. Bitte hier anmelden."],
    "fr": ["Bonjour {first}, veuillez trouver la facture n° 2020-4471 pour votre référencement annuel dans l'annuaire des prestataires cyber. Règlement sous 8 jours via le portail.",
           "Bonjour {first}, j'ai partagé avec vous le rapport d'audit de votre site. Connectez-vous pour le consulter."],
    "es": ["Hola {first}, adjuntamos la factura de su inscripción anual en el directorio de empresas de ciberseguridad. Pague en el portal seguro.",
           "Hola {first}, te he compartido el informe de vulnerabilidades de tu web. Inicia sesión para verlo."],
    "it": ["Gentile {first}, in allegato la fattura per l'iscrizione annuale all'albo dei fornitori di sicurezza. Paghi tramite il portale.",
           "Ciao {first}, ti ho condiviso il report delle vulnerabilità del tuo sito. Accedi per leggerlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Sandrine Delattre", "DSI | Transports Delattre & Fils", "Roubaix",
  ("inv", "Bonjour, c'est Mme Vasseur de la CCI qui m'a donné votre nom. Nous avons eu un souci de messagerie cet été et la direction veut un test d'intrusion "
          "avant la fin de l'année. Pourriez-vous me faire un devis ? On a 80 postes et deux sites."),
  ("rem",))
P("good_invitation", "fr", "Pieter Van Damme", "Security Officer | Stad Gent", "Gent",
  ("inv", "Hi Alex, we met at the Botconf hallway in 2019 (the guy with the Emotet stickers). I wrote up our notes on the Emotet wave that hit Flemish towns "
          "this month, with IOCs. Happy to send them over, could be useful for your clients in Nord."), nl="en")
P("good_invitation", "en", "Joke Hermans", "Programme committee | BSides Brussels", "Brussels",
  ("inv", "Hello Alex, our CFP for BSides Brussels (online this year, free to attend) closes 15 Oct. Your talk about pentesting small town halls at Le Hack "
          "was exactly what we are looking for. Would you consider submitting? I can answer questions about the format."))
P("good_invitation", "fr", "Capucine Lemaire", "Chargée de mission | Clusif Hauts-de-France", "Lille",
  ("inv", "Bonjour Alex, on organise le 8 octobre un atelier gratuit (en visio, hélas) sur la gestion de crise ransomware, 3h validées en CPE pour les CISSP. "
          "Vous seriez le bienvenu, et votre retour terrain aussi si l'envie vous prend d'intervenir 10 min."),
  ("rem",))
P("good_invitation", "es", "Nerea Goikoetxea", "Analista DFIR | CERT de una caja rural", "Bilbao",
  ("inv", "Hola Alex! Leí tu hilo sobre la campaña de phishing con facturas falsas de Chronopost. Aquí vimos la misma infraestructura, mismos dominios .xyz. "
          "¿Te paso lo que tenemos para cruzar datos? Sin más, entre colegas."))
P("good_invitation", "de", "Holger Brandt", "IT-Leiter | Brandt Maschinenbau GmbH", "Aachen",
  ("inv", "Guten Tag Herr Alex, wir haben eine Niederlassung in Tourcoing und suchen einen Dienstleister vor Ort für einen Penetrationstest des dortigen Netzes. "
          "Könnten Sie uns ein Angebot machen? Gern auf Englisch oder Deutsch."))
P("good_invitation", "fr", "Maxime Carpentier", "Étudiant M2 Cybersécurité | Université de Lille", "Villeneuve-d'Ascq",
  ("inv", "Bonsoir, je suis en M2 cyber à Lille et je monte avec deux amis un petit CTF pour les étudiants du campus en novembre. On cherche quelqu'un "
          "pour relire nos challenges web avant, ça vous dirait ? Vous aurez évidemment un accès gratuit."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "fr", "Gaëtan Wauquier", "Consultant | Transformation digitale", "Valenciennes", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Daan Visser", "Sales | Cloud | Security", "Utrecht", ("inv", NONOTE))
P("default_invitation", "de", "Yvonne Pfeiffer", "Vertrieb | Managed Services", "Köln", ("inv", DEFAULT))
P("default_invitation", "es", "Iván Carrasco", "Consultor IT", "Zaragoza", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Olivier Duhamel", "Ingénieur commercial Nord | Cyberwatch SOC", "Lille",
  ("inv", "Bonjour Alex, beaucoup de cabinets d'audit comme le vôtre revendent aujourd'hui notre SOC managé en marque blanche, avec une marge récurrente "
          "intéressante. 20 minutes en visio pour vous montrer le modèle partenaire ?"),
  ("rem",))
P("sales_invitation", "fr", "Bram de Wit", "Channel Manager France | SentinelGrid EDR", "Eindhoven",
  ("inv", "Hi Alex, SentinelGrid is looking for French partners. Our EDR stopped 100% of ransomware in the last MITRE test. Can we plan a short demo "
          "and talk about partner discounts? Greetings from Eindhoven."), nl="en")
P("sales_invitation", "fr", "Kévin Lambert", "Pentester freelance | OSCP", "Arras",
  ("inv", "Salut Alex, pentester indépendant (OSCP, 6 ans d'XP), je suis dispo en sous-traitance à partir d'octobre, TJM 550 € négociable. "
          "Si tu as des missions qui débordent, je peux prendre le relais rapidement. On s'appelle ?"))
P("sales_invitation", "en", "Lotte Jacobs", "Growth Partner | LeadSec Growth", "Antwerp",
  ("inv", "Hi Alex, we book 10-15 qualified meetings a month with CISOs and IT managers for security consultancies in Benelux and France. "
          "Pay per meeting, no retainer. Open to a quick chat next week?"))
P("sales_invitation", "de", "Rainer Vogel", "Makler Cyberversicherungen | ShieldBroker", "Düsseldorf",
  ("inv", "Hallo Herr Alex, als Sicherheitsberater haften Sie für jeden Fehler im Pentest. Unsere Berufshaftpflicht mit Cyber-Baustein ist für kleine "
          "Beratungen ab 890 € im Jahr zu haben. Darf ich Ihnen ein Angebot schicken?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Arnaud Lecomte", "Fondateur | Club des RSSI du Nord", "Marcq-en-Barœul",
  ("inv", "Bonjour Alex, je réunis chaque mois un petit cercle de RSSI et de dirigeants de boîtes cyber de la métropole, entre pairs, sans vendeurs. "
          "Prochain apéro le 24 septembre. Ça vous tente ?"),
  ("msg", "Merci d'avoir accepté ! Avant le prochain apéro, petite présentation de mon activité : je distribue la solution de sauvegarde immuable BackShield. "
          "Vos clients PME en auraient bien besoin, et je vous propose 15 % de commission sur chaque contrat apporté. On en parle ?", (3, 8)),
  ("msg", "Alex, je reviens vers vous pour BackShield : nous avons une offre de lancement jusqu'au 31 octobre. Je vous envoie le kit revendeur ?", (6, 12)))
P("bait_and_switch_invitation", "en", "Sven Hoekstra", "Threat intel enthusiast | community builder", "Groningen",
  ("inv", "Hey Alex, I run a free Slack where ~400 defenders from Benelux and France share IOCs and phishing samples every day. Would like to invite you, "
          "your posts on Qakbot were really good."),
  ("msg", "Glad you're in! Quick thing: the Slack is free but the real-time feed now moves to our paid platform, ThreatPulse, €290/month for small firms. "
          "I can give you a 3-month trial if you sign before Friday. Shall I send the order form?"))
P("bait_and_switch_invitation", "fr", "Laurence Dewaele", "Entrepreneure | Réseau des fondatrices et fondateurs tech", "Mouscron",
  ("inv", "Bonjour Alex, entre fondateurs de petites boîtes tech de part et d'autre de la frontière, on a tout à gagner à se connaître. "
          "Je serais ravie d'échanger sur nos galères de patron, sans chichis."),
  ("msg", "Hello Alex ! Merci pour la connexion. Comme promis je vous dis ce que je fais : j'accompagne les dirigeants sur l'affacturage et le rachat de créances. "
          "Vos délais de paiement clients doivent être longs avec les collectivités, non ? Un rdv de 30 min pour voir combien on peut vous avancer ?"),
  ("msg", "Petit rappel Alex, je peux vous faire une simulation gratuite cette semaine. Dites-moi quel créneau vous arrange."))
P("bait_and_switch_invitation", "en", "Ruben Claes", "Security Architect | always learning", "Leuven",
  ("inv", "Hi Alex, I have a question on how you scope internal pentests for hospitals, we argue about it internally. Could I ask you two things? "
          "Would help a lot."),
  ("msg", "Thanks for accepting Alex. In fact I also work with VulnScan Pro, our continuous scanning platform replaces the yearly pentest for hospitals. "
          "Would you like to resell it? We can do a demo Tuesday.", (2, 6)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Ali Reza", "Independent Security Researcher | Bug Hunter", "Karachi",
  ("inm", "Security issue on your website", "Hello sir, I am an ethical hacker. I found a serious security vulnerability in veillecourt.example. "
          "I want to report it responsibly to help you. Please confirm the right contact."),
  ("inm", "Re: Security issue on your website", "Hello sir, thank you. The vulnerability is missing SPF/DMARC record and clickjacking on contact page. "
          "As per bug bounty policy I expect a reward of $500 for my hard work. Please send by PayPal and I will share full POC.", (2, 5)))
P("bait_and_switch_inmail", "es", "Marina Quesada", "Redactora jefe | Ciberseguridad Hoy", "Madrid",
  ("inm", "Entrevista para nuestro especial", "Hola Alex, preparamos un especial sobre ciberseguridad en pymes europeas y nos gustaría entrevistarte sobre los "
          "ataques a ayuntamientos en Francia. Serían unas preguntas por escrito."),
  ("inm", "Especial pymes: siguiente paso", "Gracias por tu interés, Alex. Para aparecer en el especial hay un paquete de visibilidad: entrevista + logo + "
          "banner durante un mes por 1.450 € + IVA. Te envío la propuesta y la factura proforma?"))
P("bait_and_switch_inmail", "de", "Jens Hartwig", "Research Lead | Sicherheitsstudie Mittelstand 2020", "Bielefeld",
  ("inm", "Kurze Umfrage: Pentests im Mittelstand", "Hallo Alex, wir erstellen eine unabhängige Studie zu Penetrationstests in KMU. Hätten Sie 10 Minuten "
          "für fünf Fragen? Alle Teilnehmer erhalten die Studie kostenlos."),
  ("inm", "Danke für Ihre Teilnahme + Angebot", "Hallo Alex, danke für die Antworten! Basierend darauf passt unser Managed-Detection-Service perfekt zu Ihren Kunden. "
          "Wie wäre ein 30-minütiger Termin, um ein Partnerangebot zu besprechen?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Jordan Leroux", "Pentester | Bug bounty YesWeHack top 50", "Lens",
  ("end",), ("end",),
  ("msg", "yo Alex, je t'ai mis deux recos ({skill} et d'autres), tu pourrais me rendre la pareille sur Pentest web et Active Directory ? "
          "je mets à jour mon profil pour trouver des missions, merci d'avance 🙏"))
P("endorse_me_back", "en", "Wim Peeters", "IT Security Consultant | ISO 27001 Lead Auditor", "Hasselt",
  ("end",),
  ("msg", "Hello Alex, I endorsed you for {skill}. Maybe you can also endorse me for ISO 27001 and Risk Management? It is important for my tenders. Thanks a lot!"))
P("endorse_me_back", "es", "Rocío Calderón", "Auditora de seguridad | CISA", "Sevilla",
  ("end",), ("end",),
  ("msg", "Hola Alex! Te he validado un par de aptitudes, a ver si tú me validas Auditoría de sistemas y CISA cuando tengas un momento. Un abrazo"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Fabrice Moulin", "Consultant sécurité indépendant | Sous-traitance pentest", "Douai",
  ("inv", "Bonjour Alex, je propose mes services en sous-traitance pour vos pentests, tarifs très compétitifs. On se connecte ?"),
  ("rem",),
  ("inm", "Sans réponse", "Deux semaines sans réponse à une simple demande de connexion. Je pensais que les indépendants du Nord se serraient les coudes, "
          "visiblement pas chez vous. Bonne continuation avec votre petit cabinet."))
P("hostility_after_decline", "en", "Thijs Mulder", "Account Manager | CloudArmor", "Rotterdam",
  ("inv", DEFAULT),
  ("inm", "Ignored?", "Alex, I see you viewed my profile and still ignore my invite. That is quite rude honestly. In the Netherlands we call this "
          "not professional. Good luck finding clients with this attitude."))
P("hostility_after_decline", "de", "Dieter Kowalczyk", "Vertriebsleiter | NetzSchutz AG", "Essen",
  ("inv", "Hallo Alex, kurzes Gespräch über unsere Firewall-Lösungen für Ihre Kunden?"),
  ("inm", "Ihre Art", "Herr Alex, wer auf eine höfliche Anfrage nicht einmal reagiert, sollte sich nicht Berater nennen. Arroganz pur. "
          "Ich werde Sie meinen Kunden sicher nicht empfehlen."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Christophe Vandenbussche", "Gérant | Vandenbussche Logistique", "Tourcoing",
  ("msg", "Bonjour Alex, suite à notre échange au salon, pouvez-vous m'envoyer un devis pour l'audit de nos serveurs et un test de notre site de commande ?"),
  ("msg", "J'ai reçu le devis. 7 800 € pour quelques jours de travail, vous vous moquez de moi ? Faites-moi 30 % de remise et on signe cette semaine."),
  ("msg", "Donc pas de remise. Franchement c'est du racket, vous profitez de la peur des patrons pour vous en mettre plein les poches. "
          "Aucun sens commercial, je ferai savoir ce que je pense de votre boîte autour de moi."))
P("hostility_connection", "en", "Koen Verbruggen", "Sales Director Benelux | PhishBait Training", "Mechelen",
  ("msg", "Hi Alex, nice to be connected. We sell phishing simulation licenses, your clients would love them. Partner program with 25% margin. Interested?"),
  ("msg", "Seriously Alex? 'Not interested, thanks' after I took time to prepare a whole offer for you? Bit arrogant for a one-man shop in Lille. "
          "Don't expect any referrals from me."))
P("hostility_connection", "fr", "Stéphanie Hennebert", "Directrice commerciale | Assurcyber", "Lille",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Je me permets : notre contrat cyber-risques pour les PME pourrait intéresser vos clients, on fait un webinaire ensemble ?"),
  ("msg", "Je vous ai relancé trois fois et vous me répondez en une ligne que ce n'est pas votre métier. C'est d'une grossièreté... "
          "On parle de partenariat et vous me traitez comme une démarcheuse. Je retiens."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Damien Flament", "Business Developer | SecuPrint MFP", "Lomme",
  ("msg", "Bonjour Alex, saviez-vous que les imprimantes sont la porte d'entrée n°1 ? Notre offre d'imprimantes sécurisées en location s'adresse aux PME. "
          "Je passe vous voir à Lille la semaine prochaine pour une démo ?"),
  ("msg", "Alex, je reviens vers vous : nous offrons 3 mois de location aux nouveaux clients jusqu'à fin octobre. Un rendez-vous mardi ou jeudi ?"))
P("connection_only_pitches", "en", "Femke Bakker", "Partner Manager | VulnDesk", "Amsterdam",
  ("msg", "Hi Alex! VulnDesk automates your pentest reports: upload Burp and Nessus output, get a client-ready PDF in 5 minutes. Free trial for 14 days, want a link?"),
  ("msg", "Hey Alex, did you have time to look at VulnDesk? For consultancies under 10 people we have a special price of €99/month."),
  ("msg", "Last message from me: our autumn deal ends Friday. Let me know if you want the contract, I can still give you the discount."))
P("connection_only_pitches", "es", "Óscar Villalba", "Key Account | Formación en ciberseguridad", "Valencia",
  ("msg", "Hola Alex, ofrecemos cursos de concienciación en ciberseguridad en francés y español para tus clientes. ¿Te interesaría revenderlos con un 30% de margen?"),
  ("msg", "Hola de nuevo Alex, te adjunto nuestro catálogo 2021 con precios para partners. ¿Lo vemos en una llamada de 20 minutos?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Virginie Desmet", "Consultante recrutement IT | Cabinet Talent Nord", "Lille",
  ("msg", "Bonjour Alex, vous développez votre cabinet ? Nous recrutons des pentesters et auditeurs en CDI pour les PME de la région, honoraires au succès. "
          "Je peux vous présenter trois profils dès cette semaine."))
P("single_pitch", "en", "Marloes de Jong", "Account Executive | SecureMail Gateway", "Den Haag",
  ("msg", "Hi Alex, with all the Emotet going around your clients need a better mail filter. Could I show you SecureMail Gateway in a 15 min call this week?"))
P("single_pitch", "de", "Uwe Schilling", "Geschäftsführer | Schilling IT-Haftung", "Hannover",
  ("msg", "Hallo Alex, wir bieten Sicherheitsdienstleistern eine Vermögensschadenhaftpflicht speziell für Pentests. Passt ein kurzer Anruf am Donnerstag?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Julien Dumortier", "RSSI | Groupe hospitalier du Hainaut", "Valenciennes",
  ("msg", "Salut Alex, comme promis au téléphone je t'envoie notre retex sur l'attaque de la semaine dernière : chronologie, IOCs et ce qu'on aurait dû "
          "couper plus tôt. Fais-en ce que tu veux pour tes clients, en anonymisant."),
  ("msg", "PS : le CERT Santé a publié sa fiche sur le même mode opératoire, je te mets le lien. On se fait un café quand ça se calme ?"))
P("connection_brings_value", "en", "Elke Desmedt", "Incident Handler | CERT.be", "Brussels",
  ("end",),
  ("msg", "Hi Alex, we see a phishing wave impersonating a French tax office, hitting companies on both sides of the border. Sharing the TLP:GREEN "
          "notice with the sender domains, you may want to warn your clients."))
P("connection_brings_value", "fr", "Mathilde Cordonnier", "Directrice administrative | Mairie de Wattrelos", "Wattrelos",
  ("msg", "Bonjour Alex, le conseil municipal a voté le budget sécurité. Nous souhaitons vous confier l'audit de nos postes et de la messagerie avant la fin "
          "de l'année. Pouvez-vous nous envoyer une proposition chiffrée d'ici le 15 ? Merci !"))
P("connection_brings_value", "en", "Tom Vermeulen", "Organiser | Pass the SALT conference", "Lille",
  ("msg", "Hi Alex, just a heads-up: the Pass the SALT talks from July are now all online with slides. Your colleague's talk on ADCS got a lot of views. "
          "Also we keep a free ticket for you next year as speaker alumni."))
P("connection_brings_value", "es", "Lucía Arregui", "Responsable de seguridad | Cooperativa agraria", "Pamplona",
  ("msg", "Hola Alex, en la cooperativa buscamos un responsable de seguridad para la filial de Perpiñán y pensé en ti por si conoces a alguien. "
          "Te paso la oferta por si quieres compartirla."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Anne-Sophie Verhaeghe", "Talent Acquisition | Groupe Mulliez Retail", "Croix",
  ("inm", "Poste de Head of Offensive Security", "Bonjour Alex, nous créons une équipe offensive interne de 5 personnes pour l'ensemble des enseignes du groupe. "
          "Votre parcours de fondateur et de pentester correspond très bien. Le poste est à Croix, hybride. Auriez-vous 20 minutes pour en parler ?"))
P("stranger_inmail_recruiter", "en", "Niels van Rijn", "Hiring Manager, Red Team | Fox-IT", "Delft",
  ("inm", "Red Team lead – French speaking", "Hi Alex, I lead the red team at Fox-IT and I'm hiring a French-speaking lead for our clients in France and Wallonia. "
          "Fully remote with monthly visits to Delft. The salary band is in the attached description. Would you be open to a chat, even just to hear it?"))
P("stranger_inmail_recruiter", "de", "Carola Weidner", "Senior Recruiterin IT-Security | Hays", "Frankfurt am Main",
  ("inm", "CISO (m/w/d) für Automobilzulieferer", "Hallo Alex, für einen Automobilzulieferer mit Werk in Nordfrankreich suche ich einen CISO mit Französisch und "
          "Deutsch. Festanstellung, Standort Douai. Darf ich Ihnen die Details schicken?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jeroen Smits", "Enterprise Sales | LogHaven SIEM", "Amsterdam",
  ("inm", "SIEM for your clients", "Dear Alex, LogHaven is a SIEM built for MSSPs and consultancies. Multi-tenant, cheap storage. Let's set up a demo "
          "so I can show you how partners make margin on it."),
  ("inm", "Following up", "Hi Alex, following up on my previous message about LogHaven. Do you have 15 minutes on Thursday?"))
P("stranger_inmail_sales", "fr", "Sébastien Caron", "Growth hacker B2B | Prospection LinkedIn", "Paris",
  ("inm", "Plus de clients pour votre cabinet", "Bonjour Alex, je génère des rendez-vous qualifiés avec des DSI pour les sociétés de cybersécurité. "
          "Premier mois satisfait ou remboursé. Un appel de 15 min pour voir si c'est adapté ?"))
P("stranger_inmail_sales", "fr", "Annuaire Cyber France", "Service référencement | Annuaire des prestataires cybersécurité", "Paris",
  ("inm", "Facture référencement 2020-2021", "Bonjour, votre société est référencée dans l'Annuaire des prestataires cybersécurité. La facture annuelle de 690 € HT "
          "est en attente de règlement. Merci de procéder au paiement sous 8 jours pour maintenir votre fiche."))
P("stranger_inmail_sales", "es", "Pablo Montoya", "Broker de seguros | CiberSeguro Pymes", "Barcelona",
  ("inm", "Seguro ciber para consultoras", "Hola Alex, ¿tu empresa tiene seguro de responsabilidad civil por los pentests? Tenemos una póliza para consultoras "
          "desde 600 € al año. ¿Te preparo una cotización?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Benoît Vanhove", "Responsable sécurité | Éditeur logiciel santé", "Lille",
  ("inv", "Bonjour Alex, on partage souvent les mêmes alertes sur Twitter. Je tiens un petit doc collaboratif des campagnes qui visent les hôpitaux du Nord, "
          "je vous ajoute dessus si ça vous intéresse ?"),
  ("msg", "Voilà le lien du doc, en lecture-écriture. Il y a aussi mes règles Sigma pour la dernière campagne, libres de droit."),
  ("msg", "Alex, au fait, je me lance en freelance côté commercial pour un éditeur de coffre-fort de mots de passe. Je vous propose une démo et un tarif revendeur, "
          "dispo jeudi ?"))
P("good_turns_ugly", "en", "Hanne Wouters", "Organiser | Cyber Security Coalition meetups", "Ghent",
  ("inv", "Hi Alex, we host free evening meetups for security people in Ghent and Lille (online for now). Would you like to give a 20 min talk in November? "
          "No sponsors in the room, just practitioners."),
  ("msg", "Thanks Alex! Confirmed for 19 November. I'll send you the Jitsi link and the slide template."),
  ("msg", "Hi again! For the next season we have sponsor packages for consultancies: logo on slides + 5 min pitch for €1,200. Since you're a speaker you get 10% off. "
          "Shall I book one for Veillecourt?"))
P("good_turns_ugly", "fr", "Guillaume Roussel", "DSI | Menuiseries Roussel", "Béthune",
  ("inv", "Bonjour, notre expert-comptable m'a recommandé votre cabinet. On voudrait un audit de sécurité de notre petit réseau, pouvez-vous me dire comment "
          "vous travaillez et à quel prix ?"),
  ("msg", "Merci pour la proposition, on la signe. Rendez-vous le 12 pour le démarrage."),
  ("end",),
  ("msg", "Bonjour Alex, je vous ai recommandé pour l'audit, vous pourriez me recommander en retour pour Gestion de projet et Infrastructure ? "
          "Ça m'aiderait pour ma candidature interne."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Mark Jansen", "Business Development | CyberSec Staffing", "Breda",
  ("inm", "Pentesters on demand", "Hi Alex, we provide certified pentesters from Poland and Romania at €380/day for consultancies that need capacity. "
          "Can I send you our rate card?"),
  ("inv", "Hi Alex, saw your talk online, very interesting. Would be nice to connect!", (20, 30)))
P("reinvite_known_bad", "fr", "Nathalie Boulanger", "Conseillère | Solutions informatiques PME", "Amiens",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, nous avons des contacts communs à Euratechnologies, je serais heureuse de vous compter dans mon réseau."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Romain Castelain", "Commercial | SécuriNet Pro", "Dunkerque",
  ("inv", "Bonjour, je vends des pare-feu pour PME, on peut en parler ?"),
  ("inm", "Vraiment ?", "Vous ignorez les gens comme ça ? C'est minable comme comportement. Pas étonnant que votre boîte reste petite."),
  ("inv", "Bonjour Alex, on repart sur de bonnes bases ? Je pense qu'on a des clients en commun.", (20, 30)))
P("reinvite_known_ugly", "en", "Imran Qureshi", "White hat hacker | Bug bounty", "Lahore",
  ("inm", "Vulnerability report", "Dear team, I found a critical bug in your website login. I only want to help secure your company. Whom should I send the details to?"),
  ("inm", "Bounty", "Dear sir, the bug is that your server discloses its version. Minimum bounty for this is $300. Please pay to receive the full report."),
  ("inv", "Hello sir, I would like to join your network as a fellow security professional.", (18, 28)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Aurélien Masson", "Fondateur | Kubesafe", "Lille",
  ("acc",),
  ("msg", "Merci pour l'ajout Alex ! Puisqu'on s'est croisés à Euratech : notre scanner de clusters Kubernetes est en bêta payante à 49 €/mois, "
          "ça vous dirait de l'utiliser sur vos missions ? Je vous fais une démo quand vous voulez."))
P("user_invited_pitch_once", "en", "Sanne Dekker", "Partner Sales | NordVPN Teams", "Amsterdam",
  ("acc",),
  ("msg", "Thanks for connecting Alex! Now that everyone works from home, our business VPN could be a good fit for your clients. Can I send you a partner quote?"))
P("user_invited_pitch_once", "de", "Florian Gerber", "Account Manager | Sicherheits-Hardware GmbH", "Mainz",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Wir liefern Hardware-Tokens für die Zwei-Faktor-Anmeldung. Soll ich Ihnen ein Angebot für 100 Stück schicken?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Cédric Leblanc", "Directeur commercial | Hébergement Nord Cloud", "Lille",
  ("acc",),
  ("msg", "Bonjour Alex, merci d'avoir pensé à moi. Nos serveurs dédiés certifiés HDS seraient parfaits pour vos clients santé. On se cale un rendez-vous ?"),
  ("msg", "Alex, je reviens vers vous : -20 % sur la première année pour tout contrat signé avant décembre. Un appel cette semaine ?"))
P("user_invited_pitch_twice", "en", "Bart Willems", "Founder | AuditBox GRC", "Ghent",
  ("acc",),
  ("msg", "Hey Alex, thanks for the invite! AuditBox helps consultancies run ISO 27001 projects 3x faster. Want to see a demo?"),
  ("msg", "Hi Alex, following up on AuditBox, we have a partner tier with white-label reports. 20 minutes next week?"))
P("user_invited_pitch_twice", "es", "Raquel Ortiz", "Business Developer | Hackeo Ético Formación", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Vendemos laboratorios de hacking ético para formar equipos. ¿Te interesaría una licencia para tu empresa?"),
  ("msg", "Hola Alex, te escribo otra vez por los laboratorios: tenemos precio especial hasta fin de mes. ¿Hablamos?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Isabelle Deboudt", "Commissaire | Police judiciaire, section cybercriminalité", "Lille",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour l'invitation. Comme évoqué, je vous transmets le guide de dépôt de plainte pour les victimes de rançongiciel, "
          "à donner à vos clients. Et n'hésitez pas à me contacter directement si un client est touché."))
P("user_invited_value", "en", "Gert-Jan Smit", "Security researcher | DIVD", "Zwolle",
  ("acc",),
  ("msg", "Thanks for the connect Alex. As promised, here is our list of exposed Citrix boxes in northern France from last week's scan. "
          "We notify owners for free; if any are your clients, please help them patch."))
P("user_invited_value", "fr", "Héloïse Fournier", "Responsable formation | École d'ingénieurs du Nord", "Lille",
  ("acc",),
  ("msg", "Merci Alex ! Nous aimerions vous confier le module d'intrusion des M2 au second semestre (24h, rémunéré). Je vous envoie le programme actuel "
          "pour que vous puissiez l'adapter ?"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Thomas Delvallée", "Expert-comptable | Cabinet Delvallée", "Lille", ("acc",))
P("acceptance_only", "en", "Eline Maes", "CISO | Port of Antwerp", "Antwerp", ("acc",))
P("lone_endorsement", "fr", "Quentin Dupuis", "Ancien stagiaire | Analyste SOC", "Lille", ("end",))
P("lone_endorsement", "es", "Alba Ferrer", "Ingeniera de seguridad", "Barcelona", ("end",))


# =============================================================== more voices
P("good_invitation", "es", "Jordi Puigdomènech", "CTO | Conservas del Cantábrico", "Santander",
  ("inv", "Hola Alex, tenemos una planta en Boulogne-sur-Mer y el cliente francés nos exige un test de intrusión antes de renovar el contrato. "
          "¿Podrías pasarme presupuesto y plazos? Nos corre un poco de prisa."))
P("connection_brings_value", "de", "Katrin Albers", "Leiterin Incident Response | Stadtwerke", "Münster",
  ("msg", "Hallo Alex, wie am Telefon besprochen: hier unser anonymisierter Bericht zum Emotet-Vorfall, inklusive der Firewall-Regeln, die geholfen haben. "
          "Gern weitergeben, nur bitte ohne unseren Namen."),
  ("msg", "Noch ein Nachtrag: das BSI hat heute seine Warnung aktualisiert, die neuen Hashes stehen im Anhang des Berichts."))
P("bait_and_switch_invitation", "fr", "Yannick Dhainaut", "Auditeur sécurité indépendant | PASSI en cours", "Cambrai",
  ("inv", "Bonjour Alex, petite question de collègue : comment gérez-vous la convention d'audit avec les collectivités, vous passez par l'UGAP ? "
          "Je galère un peu, merci d'avance si vous avez deux minutes."),
  ("msg", "Merci pour la réponse ! Du coup je me présente mieux : je cherche à placer des jours d'audit, je peux vous prendre des missions en sous-traitance "
          "à 500 €/jour. Vous avez du volume en ce moment ?", (2, 7)))
P("user_invited_value", "en", "Sofie Lambrechts", "IT Manager | Brouwerij De Leie", "Kortrijk",
  ("acc",),
  ("msg", "Hi Alex, thanks for the invite after the webinar. We would like you to test our new webshop before Christmas. Could you send a proposal? "
          "Budget is approved, we just need dates."))
P("hostility_after_decline", "es", "Gonzalo Aranda", "Director comercial | Firewalls Ibéricos", "Málaga",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Sin respuesta", "Alex, te he enviado invitación dos veces y ni caso. Muy poco profesional para alguien que vende confianza. "
          "Ya veo que los franceses se creen más que nadie."))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Sandrine Delattre", "s.delattre@transports-delattre.example", "Demande de devis pentest",
     "Bonjour,\n\nje vous ai aussi écrit sur LinkedIn, mais au cas où : pouvez-vous nous envoyer un devis pour un test d'intrusion ?\n\nCordialement,\nSandrine Delattre", "fr"),
    ("Comptabilité Fournisseurs", "compta@facturation-annuaire.example", "Facture impayée n° 2020-0871 – relance",
     "Madame, Monsieur,\n\nsauf erreur de notre part, la facture de votre insertion dans notre annuaire (trouvé via votre page LinkedIn) reste impayée. Merci de régler sous 48h.", "fr"),
    ("BSides Brussels", "cfp@bsidesbrussels.example", "CFP reminder: 10 days left",
     "Hi all,\n\nthe CFP closes on 15 October. Share the call on LinkedIn and Twitter, and submit your talk on the portal.", "en"),
    ("Urssaf", "noreply@urssaf.example.fr", "Votre échéancier de cotisations",
     "Bonjour,\n\nvotre nouvel échéancier est disponible dans votre espace. Attention aux faux messages : nous ne vous contacterons jamais via LinkedIn.", "fr"),
    ("Julien Dumortier", "j.dumortier@gh-hainaut.example", "retex complet (pièce jointe)",
     "Alex,\n\nla version longue du retex, trop lourde pour LinkedIn. Garde-la pour toi et tes clients proches.\n\nJulien", "fr"),
    ("Zoom", "no-reply@zoom.example", "Réunion planifiée : atelier ransomware Clusif",
     "Vous êtes invité à une réunion Zoom. Rejoindre : https://zoom.example/j/8812 – Lien également partagé sur le groupe LinkedIn.", "fr"),
    ("Holger Brandt", "h.brandt@brandt-maschinenbau.example", "Anfrage Penetrationstest Tourcoing",
     "Guten Tag,\n\nich hatte Sie über LinkedIn angefragt. Anbei der Netzplan unserer Niederlassung. Wir freuen uns auf Ihr Angebot.\n\nHolger Brandt", "de"),
    ("Malt", "notifications@malt.example", "Nouvelle mission correspondant à votre profil",
     "Bonjour Alex,\n\nune mission d'audit Active Directory à Lille correspond à votre profil. Astuce : liez votre profil LinkedIn pour gagner en visibilité.", "fr"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev161 corpus. Generated by scripts/make_corpus_dev161.py (seed {SEED}); do not edit by hand.",
          "# Alex as owner of a small IT-security consultancy in Lille, two months of 2020: buyers asking for pentests and quotes, "
          "tool and SOC vendors, beg bounties and fake invoices, freelancers, CFPs, peers sharing incident notes. Same format as tests/corpus/dev."]

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


if __name__ == "__main__":
    main(__doc__, "dev161", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER)
