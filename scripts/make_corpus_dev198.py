#!/usr/bin/env python3
"""Write mailbot's dev198 corpus: tests/corpus/dev198/*.eml + expected.toml.

The angle: two ordinary months of 2025 (September and October) of Alex, head of cyber
defence at a bank in Frankfurt. Their LinkedIn world: security vendors (EDR, SIEM, attack
surface, awareness training), pentest and red-team firms, "CISO circle" dinners that turn out
to be sales events, headhunters with real roles, SOC analysts applying to Alex's team, peers
at other banks sharing threat intelligence, conferences that sell speaking slots, and a vendor
who turns rude after a failed proof of concept. German, English, French, some Italian and
Spanish.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the headlines of spoof-only names and PYMK suggestions, and the text that spoofs
carry are swapped for this world in this process only (make_corpus.py itself is not changed).
Every story starts so that its last mail lands in September-October 2025. Every note was
written from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording,
or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev198.py              # writes tests/corpus/dev198
    python scripts/make_corpus_dev198.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20250198

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2025, 9, 1, 6, 30, tzinfo=timezone.utc)
WIN_HI = datetime(2025, 10, 30, 19, 0, tzinfo=timezone.utc)

cs.GAPS.update({"rem": (4, 9), "acc": (0, 0), "end": (1, 8), "msg": (2, 12), "inm": (2, 10), "inv": (18, 30)})


def _span(steps) -> tuple[float, float]:
    lo = hi = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        lo += gap[0] + 600 / 86400
        hi += gap[1] + 40000 / 86400
    return lo, hi


def _window(steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail lands inside the two months."""
    lo_span, hi_span = _span(steps)
    lo = WIN_LO
    hi = WIN_HI - timedelta(days=hi_span)
    if hi <= lo:
        lo = WIN_LO - timedelta(days=lo_span) / 2
        hi = lo + timedelta(hours=12)
    return lo, hi


def _start_date(self, era: str) -> datetime:
    lo, hi = getattr(self, "window", None) or (WIN_LO, WIN_HI)
    self.window = None
    return lo + timedelta(seconds=self.r.randint(0, int((hi - lo).total_seconds())))


mc.Gen.start_date = _start_date
_story = cs.Stories.story


def _story_in_window(self, scenario, lang, name, headline, location, nl, steps):
    self.g.window = _window(steps)
    return _story(self, scenario, lang, name, headline, location, nl, steps)


cs.Stories.story = _story_in_window

# ------------------------------------------------------------------ a bank security lead's world (this process only)
SKILLS = {
    "en": ["Incident Response", "Threat Intelligence", "Information Security", "Security Operations", "DORA", "Penetration Testing"],
    "de": ["Incident Response", "Informationssicherheit", "Threat Intelligence", "IT-Sicherheit", "DORA"],
    "fr": ["Réponse aux incidents", "Sécurité de l'information", "Renseignement sur les menaces", "Cybersécurité", "DORA"],
    "es": ["Respuesta a incidentes", "Seguridad de la información", "Inteligencia de amenazas", "Ciberseguridad", "DORA"],
    "it": ["Incident response", "Sicurezza informatica", "Threat intelligence", "Sicurezza delle informazioni", "DORA"],
}
RHEADLINE = {"en": "Head of Cyber Defence at Mainufer Bank AG",
             "de": "Leitung Cyber Defence bei Mainufer Bank AG",
             "fr": "Responsable Cyber Defence chez Mainufer Bank AG",
             "es": "Responsable de Ciberdefensa en Mainufer Bank AG",
             "it": "Responsabile Cyber Defence presso Mainufer Bank AG"}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.JOBS[:] = [("Chief Information Security Officer (m/w/d)", "Taunus Landesbank"), ("Head of Security Operations", "Rheinwerk Versicherung"),
              ("Deputy CISO", "Banque Lorrain & Cie"), ("Security Architect – Cloud", "Helvion Payments"),
              ("Leiter Informationssicherheit (m/w/d)", "Sparkassen-Dienstleister Mitte"), ("Director Threat Intelligence", "Northbridge Clearing")]
retitle_other({
    "en": {"job": ("{n} new jobs for \"ciso\"", "Your job alert for head of information security in {city}"),
           "news": "DORA's first year: what supervisors are actually checking", "group": "Top conversations in Banking Security Professionals DACH",
           "newsletter": "Patch Tuesday, Explained: the October edition"},
    "de": {"job": ("{n} neue Jobs für „CISO“", "Ihr Jobalarm für Leitung Informationssicherheit in {city}"),
           "news": "Ransomware bei Mittelständlern: Die Zahlen des BSI", "group": "Top-Unterhaltungen in IT-Sicherheit in Banken",
           "newsletter": "Lagebild am Montag: was diese Woche wichtig war"},
    "fr": {"job": ("{n} nouvelles offres pour « RSSI »", "Votre alerte emploi pour RSSI à {city}"),
           "news": "Cyberattaques : les banques européennes sous pression", "group": "Meilleures discussions dans RSSI Finance Europe",
           "newsletter": "La veille cyber du vendredi"},
    "es": {"job": ("{n} empleos nuevos para «CISO»", "Tu alerta de empleo para CISO en {city}"),
           "news": "DORA un año después: lo que piden los supervisores", "group": "Conversaciones destacadas en Ciberseguridad Banca",
           "newsletter": "Boletín de amenazas: resumen de octubre"},
    "it": {"job": ("{n} nuove offerte per «CISO»", "La tua segnalazione di offerte per CISO a {city}"),
           "news": "DORA, primo bilancio per le banche", "group": "Conversazioni principali in Sicurezza IT Banche Italia",
           "newsletter": "Minacce della settimana: il riepilogo"},
})
mc.COMPANIES["good"] = ["Taunus Landesbank", "Banque Lorrain & Cie", "FS-ISAC", "BSI", "Hessische Genossenschaftsbank", "TU Darmstadt",
                        "Rheinwerk Versicherung", "Helvion Payments"]
mc.COMPANIES["sales"] = ["VigilStack", "Sentrix EDR", "PhishWall", "RedOak Offensive", "Cyberlane MSSP", "ShieldScore", "ExposeIQ"]
mc.HEADLINES["good"] = ["SOC Lead at {co}", "CISO | {co}", "Threat Intelligence Analyst, {co}", "Head of IT Risk at {co}",
                        "Security Researcher | {co}", "Incident Responder at {co}"]
mc.HEADLINES["sales"] = ["Enterprise Account Executive DACH | {co}", "Regional Sales Director | {co}", "Business Development Manager at {co}",
                         "Helping banks stop breaches | {co}", "Partner Manager, Financial Services | {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "noauth",
                       "display:outlook.com", "untrusted:mx.google.com", "lookalike:linkedin-mail.co", "buried", "wrongpass"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I shared the incident report from last night with you. Sign in with your LinkedIn account to open it.",
           "Alex, the IOC list from our ISAC call is in the attached document. Log in to download before the link expires."],
    "de": ["Hallo {first}, ich habe Ihnen den Vorfallsbericht freigegeben. Bitte melden Sie sich an, um ihn zu öffnen.",
           "Hallo Alex, die Teilnehmerliste für das Sicherheitsforum ist bereit. Hier anmelden und bestätigen."],
    "fr": ["Bonjour {first}, je vous ai partagé le rapport d'incident. Connectez-vous pour le consulter aujourd'hui.",
           "Alex, votre compte sera suspendu suite à une connexion suspecte. Vérifiez votre identité via ce lien."],
    "es": ["Hola {first}, te he compartido el informe del incidente. Inicia sesión para verlo.",
           "Alex, detectamos un inicio de sesión inusual. Confirma tu identidad en el enlace."],
    "it": ["Ciao {first}, ti ho condiviso il report sull'incidente. Accedi per aprirlo entro oggi.",
           "Alex, il tuo account verrà sospeso. Verifica la tua identità tramite il link."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation: peers, applicants, a free meetup, a researcher
P("good_invitation", "de", "Jana Wolters", "SOC Analystin L2 | Splunk, Sentinel, Forensik", "Offenbach",
  ("inv", "Hallo Alex, ich habe gesehen, dass Ihr Team eine Stelle im Threat Hunting ausgeschrieben hat. Ich arbeite seit drei Jahren im SOC eines "
          "Versicherers und habe mich gestern über das Portal beworben. Wollte mich kurz persönlich vorstellen, falls Fragen sind."),
  ("rem",))
P("good_invitation", "en", "Tomasz Kowalczyk", "Incident Response Lead | Helvion Payments", "Warsaw",
  ("inv", "Alex, we got hit by the same QR-code phishing wave your team wrote about on the ISAC list. I have a few extra sender domains and a "
          "Telegram drop you may not have yet. Happy to swap notes, no strings."))
P("good_invitation", "de", "Dr. Felix Brandauer", "Wissenschaftlicher Mitarbeiter | Lehrstuhl IT-Sicherheit, TU Darmstadt", "Darmstadt",
  ("inv", "Guten Tag Alex, wir untersuchen an der TU, wie Banken Phishing-Meldungen der Mitarbeitenden auswerten. 30 Minuten Interview, anonym, "
          "die Ergebnisse bekommen Sie vorab. Hätten Sie im Oktober Zeit?"),
  ("rem",))
P("good_invitation", "fr", "Camille Roussel", "RSSI adjointe | Banque Lorrain & Cie", "Strasbourg",
  ("inv", "Bonjour Alex, nous montons un petit groupe d'échange entre équipes sécu de banques du Rhin supérieur (Strasbourg, Bâle, Francfort). "
          "Une visio par mois, partage d'IOC et de retours DORA, gratuit et sans fournisseur. Ça vous dirait d'en être ?"))
P("good_invitation", "en", "Kwame Asante", "Junior Security Analyst | OSCP | CTF player", "Frankfurt am Main",
  ("inv", "Hi Alex! Saw your talk at the OWASP Frankfurt chapter. I'm applying for the junior analyst role you posted - just finished OSCP and "
          "placed 3rd at a local CTF. Would be glad to answer anything about my background."))
P("good_invitation", "it", "Lorenzo Bellandi", "Organizzatore | OWASP Chapter Milano", "Milano",
  ("inv", "Ciao Alex, a novembre facciamo il meetup OWASP a Milano sulla sicurezza delle API bancarie: ingresso libero, niente sponsor sul palco. "
          "Ci piacerebbe averti tra il pubblico o, se ti va, per 20 minuti di talk."))
P("good_invitation", "es", "Irene Castañeda", "Analista de inteligencia de amenazas | Banco Ibérico del Norte", "Bilbao",
  ("inv", "Hola Alex, seguimos un grupo que usa infraestructura en Alemania contra bancos. ¿Habéis visto este patrón de dominios en Fráncfort? "
          "Te comparto lo que tenemos, es para la comunidad."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "de", "Sven Haller", "Vertrieb IT-Security | Managed Services", "Eschborn", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Nikhil Bhandari", "Cyber | Cloud | Zero Trust | Speaker", "Bangalore", ("inv", NONOTE))
P("default_invitation", "fr", "Romain Lefort", "Consultant cybersécurité", "Paris", ("inv", DEFAULT))
P("default_invitation", "de", "Birgit Sauer", "Key Account Managerin Banken", "Wiesbaden", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation: vendors, pentest firms, paid speaking
P("sales_invitation", "de", "Marcel Dietrich", "Senior Account Executive Financial Services | Sentrix EDR", "Frankfurt am Main",
  ("inv", "Hallo Alex, viele Institute am Main tauschen gerade ihr EDR vor dem nächsten DORA-Prüfungszyklus. Sentrix läuft bei drei Landesbanken. "
          "Hätten Sie 20 Minuten für eine Live-Demo in Ihrer Umgebung?"))
P("sales_invitation", "en", "Hayley Brooks", "Director of Offensive Services | RedOak Offensive", "London",
  ("inv", "Hi Alex, TIBER-DE test coming up? RedOak runs threat-led red teaming for tier-1 banks, CREST certified. We've got capacity in Q1 "
          "and can share a fixed-price proposal this week. Worth a quick call?"),
  ("rem",))
P("sales_invitation", "de", "Christoph Amsel", "Programmleitung | Frankfurt Cyber Finance Summit", "Frankfurt am Main",
  ("inv", "Hallo Alex, für den Summit im Februar haben wir noch zwei Keynote-Slots im Banken-Track. Sponsoring-Paket mit 25 Minuten Bühne "
          "ab 14.900 €. Darf ich Ihnen die Mediadaten schicken?"))
P("sales_invitation", "fr", "Julien Barreau", "Business developer | PhishWall – sensibilisation", "Lyon",
  ("inv", "Bonjour Alex, vos collaborateurs cliquent-ils encore ? PhishWall réduit le taux de clic de 70 % en 6 mois avec des campagnes "
          "automatisées. Je vous propose une démo de 15 min et un devis adapté à vos 4 000 postes."), nl="fr")
P("sales_invitation", "en", "Matteo Rinaldi", "Sales Engineer | ExposeIQ attack surface management", "Milano",
  ("inv", "Hey Alex - ran a free scan on your external perimeter, found 11 exposed assets incl. an old Citrix box. Happy to walk you through "
          "the full report on a call and show what ExposeIQ would cost for the group."), nl="en")


# =============================================================== bait_and_switch_invitation: CISO circles, peer questions, free reports
P("bait_and_switch_invitation", "de", "Heiko Brandt", "Gründer | CISO Circle Rhein-Main", "Frankfurt am Main",
  ("inv", "Hallo Alex, wir sind ein kleiner Kreis von Sicherheitsverantwortlichen aus Banken, treffen uns alle zwei Monate zum Abendessen, "
          "Chatham House Rule, keine Vertriebsleute. Nächster Termin am 16.10. im Westend. Dabei?"),
  ("msg", "Freut mich! Zur Info: Das Dinner wird diesmal von Cyberlane präsentiert, die stellen kurz ihre MDR-Plattform vor. Ihr Vertriebsleiter "
          "würde gern vorab 30 Minuten mit Ihnen sprechen – passt Dienstag?", (3, 8)),
  ("msg", "Hallo Alex, kurze Erinnerung wegen des Termins mit Cyberlane. Die haben ein Sonderangebot für Teilnehmer des Circles, 20 % auf das erste Jahr.", (5, 10)))
P("bait_and_switch_invitation", "en", "Gregory Whitfield", "Host | Executive Security Roundtable Europe", "London",
  ("inv", "Alex, I'm pulling together an intimate dinner for 12 heads of security in financial services in Frankfurt. Peer conversation only, "
          "great food, no slides. Would love to save you a seat."),
  ("msg", "Great to connect! Quick heads-up: the evening is hosted by our partner VigilStack. Before the dinner each guest does a 30-min "
          "discovery session with their team so the conversation is tailored. Which slot suits?", (2, 6)))
P("bait_and_switch_invitation", "de", "Anja Reuter", "Security Consultant | ex-BaFin", "Bonn",
  ("inv", "Hallo Alex, kurze Frage unter Kollegen: Wie habt ihr das Register der IKT-Drittdienstleister für DORA aufgebaut, Excel oder Tool? "
          "Ich sitze gerade auf der anderen Seite und bin neugierig."),
  ("msg", "Danke für die Vernetzung! Übrigens: Wir haben genau dafür eine Lösung gebaut, RegiSafe, mit fertigen Vorlagen für das Register. "
          "Darf ich Ihnen ein Angebot schicken? Für Banken Ihrer Größe liegen wir bei 38k im Jahr.", (4, 10)))
P("bait_and_switch_invitation", "en", "Priya Nair", "Research Director | Financial Sector Threat Report", "Dublin",
  ("inv", "Hi Alex, we just published our 2025 financial sector threat report, free, no gated form. Happy to send you the PDF, I think the section "
          "on MFA fatigue in DACH banks will interest you."),
  ("msg", "Here you go, hope it's useful. Happy to hear what you think."),
  ("msg", "Hi Alex, following up on the report: our MSSP arm offers a 24/7 SOC for banks at a flat fee. Could we book a call with your CISO "
          "to discuss a proposal?", (5, 12)))
P("bait_and_switch_invitation", "it", "Federica Sala", "Community Manager | Women in Cyber Finance Italia", "Milano",
  ("inv", "Ciao Alex, stiamo costruendo una community europea di professioniste e professionisti della sicurezza nel settore bancario. "
          "Scambio di esperienze, mentoring, niente vendite. Ti unisci a noi?"),
  ("msg", "Benvenuto! Per accedere al gruppo di mentoring c'è la membership premium a 1.200 € l'anno, con sconto per la tua banca se "
          "iscrivi cinque colleghi. Ti mando il modulo?", (3, 9)), nl="it")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Oliver Hastings", "Founder | Banking CISO Council", "Zurich",
  ("inm", "Invitation: Banking CISO Council", "Alex, the Banking CISO Council is an invitation-only peer group of security leaders at European banks. "
          "We'd be honoured to have you as a founding member. Peer exchange only."),
  ("inm", "Council membership: next steps", "Thanks Alex. Founding membership is EUR 6,500 a year, which covers the dinners and our vendor "
          "briefing days. I've attached the invoice details; shall I book you in?", (4, 10)))
P("bait_and_switch_inmail", "de", "Katrin Vogler", "Redaktion | Sicherheitsmagazin Finanzwelt", "Köln",
  ("inm", "Interviewanfrage: Cyberabwehr in Banken", "Hallo Alex, wir planen ein Interview mit Ihnen für unsere Titelgeschichte zur Cyberabwehr "
          "in deutschen Banken. 30 Minuten per Telefon, Sie erhalten das Manuskript vorab."),
  ("inm", "Ihr Interview – Veröffentlichungspaket", "Hallo Alex, schön, dass es klappt. Für die Veröffentlichung mit Porträtfoto fällt eine "
          "redaktionelle Pauschale von 2.900 € an, ein Advertorial-Paket gibt es ab 4.500 €. Welche Variante wählen Sie?", (3, 8)))
P("bait_and_switch_inmail", "fr", "Laurent Mercier", "Fondateur | Club des RSSI francophones", "Genève",
  ("inm", "Question sur vos pratiques de gestion de crise", "Bonjour Alex, je recueille des retours de RSSI sur les exercices de crise cyber. "
          "Auriez-vous 2 minutes pour répondre à trois questions ? Je partagerai la synthèse avec tous les répondants."),
  ("inm", "Merci ! Et une proposition", "Merci pour vos réponses Alex. D'ailleurs nous organisons des exercices de crise sur mesure pour les "
          "banques, à partir de 18 000 €. Je peux vous faire une proposition la semaine prochaine ?", (4, 9)))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Patrick Lorenz", "Security Engineer | Cloud & IAM", "Mainz",
  ("end",),
  ("msg", "Hi Alex, hab dich für {skill} bestätigt 🙂 Kannst du mir im Gegenzug IAM und Azure Security bestätigen? Bin gerade auf Jobsuche, "
          "jede Bestätigung hilft."))
P("endorse_me_back", "en", "Darius Farahani", "Penetration Tester | OSCE | Bug bounty", "Amsterdam",
  ("end",), ("end",),
  ("msg", "Alex, endorsed you for {skill} and a couple others. Would you mind returning the favour on Web App Pentesting and Red Teaming? "
          "Cheers mate"))
P("endorse_me_back", "es", "Marta Villalobos", "Consultora GRC | ISO 27001 Lead Auditor", "Madrid",
  ("end",),
  ("msg", "¡Hola Alex! Te he validado {skill}, que te lo mereces. ¿Me devolverías el favor con ISO 27001 y Gestión de riesgos? Mil gracias."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Ralf Ebersbach", "Vertriebsleiter DACH | ShieldScore", "Düsseldorf",
  ("inv", "Hallo Alex, mit ShieldScore sehen Sie das Cyber-Risiko Ihrer Dienstleister in Echtzeit. Kurzer Termin nächste Woche?"),
  ("rem",),
  ("inm", "Keine Antwort?", "Hallo Alex, zweimal angefragt, nicht mal ein Nein. Für jemanden, der angeblich für Sicherheitskultur steht, "
          "ist das ziemlich arrogant. Viel Glück beim nächsten Audit."))
P("hostility_after_decline", "en", "Brandon Kessler", "Cybersecurity Evangelist | Speaker | Author", "Austin",
  ("inv", DEFAULT),
  ("inm", "Wow", "Ignoring a connection request from a fellow security professional? This is exactly why our industry has a collaboration "
          "problem. Gatekeeping at its finest. Do better."))
P("hostility_after_decline", "it", "Gianluca Moretti", "Consulente sicurezza | Formazione NIS2", "Bergamo",
  ("inv", "Buongiorno Alex, mi occupo di formazione NIS2 per banche e assicurazioni, sarebbe bello essere in contatto."),
  ("rem",),
  ("inm", "Complimenti", "Alex, vedo che non rispondi. Gente come te, con il titolino e la puzza sotto il naso, rovina questo settore. "
          "Maleducato. Non ti disturbo più."))


# =============================================================== hostility_connection: the rude vendor after a failed PoC
P("hostility_connection", "de", "Dirk Hansmann", "Regional Director Banking | VigilStack", "Frankfurt am Main",
  ("msg", "Hallo Alex, danke nochmal für die Zeit beim Workshop. Wie besprochen: PoC von VigilStack SIEM für 30 Tage, danach das Angebot für drei Jahre. "
          "Wann können wir die Collector installieren?"),
  ("msg", "Hallo Alex, der PoC läuft seit zwei Wochen. Anbei das Angebot, 412k über drei Jahre. Ich würde gern bis Monatsende unterschreiben.", (8, 14)),
  ("msg", "Ehrlich gesagt finde ich es unprofessionell, uns sechs Wochen Engineering-Zeit verbrennen zu lassen und dann per Zweizeiler abzusagen. "
          "Ihr Team hat die Collector falsch konfiguriert, nicht unser Produkt. Das werde ich Ihrem CISO auch so sagen.", (6, 12)))
P("hostility_connection", "en", "Shane McAllister", "VP Sales EMEA | Sentrix EDR", "Dublin",
  ("msg", "Alex, great seeing you at it-sa. As discussed, let's get the Sentrix pilot on 200 endpoints started - I can have the contract over today."),
  ("msg", "So you went with the incumbent after we gave you a free pilot and two engineers for a month? Classic bank. No respect for vendors' time. "
          "Don't expect us to pick up the phone when you get breached.", (10, 20)))
P("hostility_connection", "fr", "Arnaud Dufresne", "Directeur commercial | Cyberlane MSSP", "Paris",
  ("msg", "Bonjour Alex, suite à notre échange à Monaco, je vous propose notre offre SOC managé pour la filiale luxembourgeoise. On cale une démo ?"),
  ("msg", "Alex, je relance : la proposition tarifaire est valable jusqu'au 15. Un créneau jeudi ?", (4, 9)),
  ("msg", "Franchement, trois relances sans réponse, c'est d'une impolitesse rare. On ne traite pas ses partenaires comme ça. Bonne continuation.", (5, 10)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Tanja Ziegler", "Account Managerin | PhishWall DACH", "Stuttgart",
  ("msg", "Hallo Alex, Oktober ist Cyber Security Awareness Month! Wir haben ein Aktionspaket für Banken mit 30 % Rabatt. Interesse an einer kurzen Demo?"),
  ("msg", "Hallo Alex, das Aktionspaket läuft Ende des Monats aus. Soll ich Ihnen ein Angebot für 4.000 Lizenzen rechnen?"))
P("connection_only_pitches", "en", "Connor Blake", "Business Development | Cyberlane MSSP", "Manchester",
  ("msg", "Hi Alex, hope all's well. Are you happy with your current MDR provider? We're helping banks cut SOC costs by 35%. 15 minutes next week?"),
  ("msg", "Alex, just bumping this. We have a fixed-price onboarding offer for Q4 - can I send a proposal?"),
  ("msg", "Last try - I'll be in Frankfurt on the 22nd, could I buy you a coffee and show you the platform?"))
P("connection_only_pitches", "es", "Álvaro Prieto", "Key Account Manager | SecureBank Solutions", "Madrid",
  ("msg", "Hola Alex, ¿tenéis ya herramienta para las pruebas de resiliencia de DORA? Nuestra plataforma las automatiza. ¿Te enseño una demo?"),
  ("msg", "Alex, te paso el dossier y un presupuesto orientativo. ¿Hablamos el martes?"))
P("connection_only_pitches", "it", "Valentina Greco", "Partner Manager | RedOak Offensive Italia", "Roma",
  ("msg", "Ciao Alex, offriamo penetration test per app mobile bancarie con report conforme DORA. Possiamo fissare una call per un preventivo?"),
  ("msg", "Ciao Alex, ti ricontatto: abbiamo liberato due settimane di team a novembre, prezzo speciale. Ti interessa?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Oliver Kramm", "Partner | Kramm & Weiß Cyber-Versicherungsmakler", "Hamburg",
  ("msg", "Hallo Alex, wir haben für zwei Regionalbanken die Cyber-Police neu ausgeschrieben und 25 % gespart. Wenn Ihre Police 2026 ausläuft, "
          "mache ich Ihnen gern ein Vergleichsangebot."))
P("single_pitch", "en", "Rachel Dunmore", "Enterprise AE | Keyward password vault", "London",
  ("msg", "Hi Alex! Quick one - we've just launched a privileged access module built for banks. Would you be open to a 20-minute demo this month?"))
P("single_pitch", "fr", "Sébastien Aubry", "Fondateur | Forensix Conseil", "Luxembourg",
  ("msg", "Bonjour Alex, nous proposons un contrat de réponse à incident en astreinte pour les banques luxembourgeoises. Je peux vous envoyer nos tarifs ?"))


# =============================================================== connection_brings_value: threat intel, shared work
P("connection_brings_value", "de", "Stefan Kühne", "SOC Lead | Hessische Genossenschaftsbank", "Kassel",
  ("msg", "Moin Alex, kurzer Hinweis: Seit heute früh sehen wir Phishing mit gefälschten TAN-Generator-Updates, Absender-Domains anbei. "
          "Die YARA-Regel für den Anhang hab ich dir ins Git gelegt. Falls ihr was Neues habt, gern zurück."),
  ("msg", "Update: Die C2-IPs sind auf den Hoster in Moldau umgezogen, neue Liste im selben Repo."))
P("connection_brings_value", "en", "Elena Petrova", "Threat Intelligence Manager | Northbridge Clearing", "London",
  ("msg", "Alex, heads-up: the Scattered-style helpdesk social engineering campaign has started calling German banks. Our TLP:AMBER write-up is on the "
          "ISAC portal, and I can walk your service desk team through the script they use if it helps."))
P("connection_brings_value", "fr", "Hélène Garnier", "Responsable CERT | Banque Lorrain & Cie", "Strasbourg",
  ("end",),
  ("msg", "Bonjour Alex, comme promis, voici notre scénario d'exercice de crise ransomware (anonymisé) et la grille d'évaluation. "
          "Réutilisez-les librement, et dites-moi si vos équipes veulent un échange croisé."))
P("connection_brings_value", "it", "Paolo Ferrante", "CISO | Banca Adriatica Popolare", "Ancona",
  ("msg", "Ciao Alex, ti mando il nostro modello di registro DORA per i fornitori ICT, con le note dell'ispezione di Banca d'Italia. "
          "Se serve, ci sentiamo per spiegarti le parti meno ovvie. Nessun impegno."), nl="it")


# =============================================================== stranger_inmail_recruiter: headhunters with real roles
P("stranger_inmail_recruiter", "de", "Sabine Ortmann", "Partnerin | Ortmann Executive Search – Financial Services", "München",
  ("inm", "Vertraulich: CISO-Mandat einer Landesbank", "Hallo Alex, ich betreue exklusiv die Besetzung der CISO-Position einer Landesbank in "
          "Hessen, Berichtslinie an den Vorstand, Team von 40. Ihr Profil passt sehr gut. Hätten Sie Interesse an einem vertraulichen Gespräch?"))
P("stranger_inmail_recruiter", "en", "James Okafor", "Talent Partner, Security | Helvion Payments", "Amsterdam",
  ("inm", "Head of Security Operations – Helvion", "Hi Alex, I'm hiring our Head of Security Operations (Amsterdam or Frankfurt, hybrid). "
          "You'd own the SOC and IR teams, 25 people. Salary band EUR 160-190k plus bonus. Open to a chat?"))
P("stranger_inmail_recruiter", "fr", "Mathilde Perrin", "Chasseuse de têtes | Cabinet Vauban Talents", "Paris",
  ("inm", "RSSI groupe – banque privée (Luxembourg)", "Bonjour Alex, je recrute le RSSI groupe d'une banque privée luxembourgeoise, "
          "poste créé suite à la croissance. Anglais et allemand requis, français apprécié. Seriez-vous ouvert à en discuter ?"))
P("stranger_inmail_recruiter", "es", "Carlos Mendoza", "Head of Talent | Banco Atlántico Digital", "Madrid",
  ("inm", "Director de Ciberseguridad – Madrid", "Hola Alex, buscamos Director de Ciberseguridad para nuestro banco digital, equipo de 30 "
          "personas y reporte al CEO. Valoramos experiencia con DORA en Alemania. ¿Te apetece una llamada para contarte más?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Tyler Jennings", "Event Director | Global Cyber Leaders Summit", "Dubai",
  ("inm", "Speaking invitation – Global Cyber Leaders Summit", "Dear Alex, you've been shortlisted to speak at our summit in Dubai. "
          "Speaker packages start at USD 7,500 and include a panel slot and gala dinner. Please confirm by Friday."),
  ("inm", "Final call: speaker package", "Alex, two panel slots left. Can I hold one for you at the early rate?"))
P("stranger_inmail_sales", "de", "Lukas Feuerbach", "Business Development | ExposeIQ DACH", "Berlin",
  ("inm", "Ihre externe Angriffsfläche", "Hallo Alex, wir haben bei 60 % der deutschen Banken vergessene Subdomains gefunden. "
          "Gern zeige ich Ihnen in 15 Minuten, was wir bei Ihnen sehen würden."))
P("stranger_inmail_sales", "it", "Roberta Lanzi", "Sales Manager | Sicurdati Consulting", "Torino",
  ("inm", "Vulnerability assessment a prezzo fisso", "Buongiorno Alex, proponiamo vulnerability assessment trimestrali per banche a prezzo "
          "fisso. Posso inviarle una proposta economica?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Jörg Matthiesen", "Ehem. CISO | Berater Cyber-Resilienz", "Hamburg",
  ("inv", "Hallo Alex, ich habe zehn Jahre die Sicherheit einer Privatbank geleitet und teile gern meine Vorlagen für TLPT-Vorbereitung, "
          "die ich der Community zur Verfügung stelle. Kein Haken."),
  ("msg", "Hier wie versprochen die Vorlagen: Scope-Dokument, Kommunikationsplan, Lessons Learned. Viel Erfolg!"),
  ("msg", "Hallo Alex, freut mich, dass die Vorlagen geholfen haben. Ich begleite TLPT-Projekte übrigens als Berater, Tagessatz 2.200 €. "
          "Wollen wir über ein Mandat für Ihr Haus sprechen?", (6, 14)))
P("good_turns_ugly", "en", "Aisha Rahman", "Detection Engineer | Sigma rules contributor", "Berlin",
  ("inv", "Hi Alex, I maintain a set of open Sigma rules for banking malware. Your team's blog post on the Grandoreiro variant helped a lot, "
          "happy to share our new rules for it."),
  ("msg", "As promised, the rules are on GitHub now. Shout if anything fires weird in your environment."),
  ("end",),
  ("msg", "Hey Alex, I endorsed you for {skill}! Could you endorse me for Detection Engineering and Threat Hunting? Applying for senior roles and it'd help."))
P("good_turns_ugly", "fr", "Vincent Lambert", "Analyste menaces | Indépendant", "Bruxelles",
  ("inv", "Bonjour Alex, je partage chaque semaine une veille gratuite sur les campagnes visant les banques européennes. Voulez-vous la recevoir ?"),
  ("msg", "Voici la veille de cette semaine, focus sur les faux conseillers bancaires au téléphone."),
  ("msg", "Alex, la version premium de la veille avec IOC exploitables passe à 490 € par mois. Je vous inscris pour votre équipe ?", (5, 12)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Derek Holloway", "Account Director | Keyward password vault", "London",
  ("inm", "PAM for banks", "Hi Alex, most BaFin findings this year touched privileged access. Keyward closes that gap in 6 weeks. Demo?"),
  ("inv", "Hi Alex, would be great to connect - I'll be at the Frankfurt ISACA chapter meeting too.", (15, 25)))
P("reinvite_known_bad", "de", "Nadine Kessler", "Vertrieb | Cyber-Awareness-Trainings", "Mannheim",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir waren beide auf der it-sa, ich würde mich freuen, wenn wir uns vernetzen.", (18, 26)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Frank Obermaier", "Geschäftsführer | Obermaier IT-Forensik", "Nürnberg",
  ("inv", "Hallo Alex, wir machen Forensik und Incident Response für Banken. Rahmenvertrag? Kurzer Call?"),
  ("inm", "Schade", "Hallo Alex, keine Reaktion ist auch eine Aussage. Typisch Großbank, erst wenn es brennt, wird angerufen. Dann aber bitte nicht bei uns."),
  ("inv", "Hallo Alex, vielleicht war mein Ton letztes Mal daneben. Vernetzen wir uns trotzdem?", (14, 22)))
P("reinvite_known_ugly", "en", "Victor Lang", "Founder | Elite Security Leaders Forum", "Vienna",
  ("inm", "A seat at the Forum", "Alex, the Elite Security Leaders Forum brings together 20 CISOs for confidential peer exchange. I'd love you to join."),
  ("inm", "Forum: confirming your place", "Great. Membership is EUR 4,800 per year, payable in advance, includes two vendor showcases. Invoice attached."),
  ("inv", "Hi Alex, let's connect here too, always good to stay in touch with peers.", (12, 20)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Tim Bergmann", "Solution Architect | Cloud Security Posture", "Köln",
  ("acc",),
  ("msg", "Danke fürs Vernetzen nach dem Panel, Alex! Falls Sie Ihre Azure-Landschaft mal prüfen lassen wollen: Wir bieten ein CSPM-Assessment zum Festpreis. Interesse?"))
P("user_invited_pitch_once", "en", "Grace Whitaker", "Partner | Lydgate Cyber Advisory", "London",
  ("acc",),
  ("msg", "Thanks for the invite Alex. Since we spoke about board reporting: we do vCISO support for board packs, could I send over our rate card?"))
P("user_invited_pitch_once", "es", "Javier Olmos", "Director comercial | Ciberdefensa Levante", "Valencia",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Si algún día necesitáis un red team para la filial española, te paso presupuesto sin compromiso."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Melanie Hartwig", "Sales Director | Sentinel Partner DACH", "München",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Anfrage! Wir sind Microsoft-Sentinel-Partner und übernehmen Migration und Betrieb. Sollen wir einen Termin finden?"),
  ("msg", "Hallo Alex, ich habe ein Budgetangebot für die Migration vorbereitet, 180k Festpreis. Wann passt ein Call?"))
P("user_invited_pitch_twice", "en", "Ben Carrington", "Co-founder | DeceptiCore honeypots", "Tel Aviv",
  ("acc",),
  ("msg", "Thanks for connecting Alex! DeceptiCore drops decoy credentials across your estate - attackers light up in minutes. 20-min demo?"),
  ("msg", "Alex, we have a pilot price for banks this quarter, 40% off year one. Shall I send the order form?"))
P("user_invited_pitch_twice", "fr", "Claire Dumont", "Ingénieure commerciale | Sécurité mobile", "Lyon",
  ("acc",),
  ("msg", "Merci pour la connexion Alex ! Notre solution protège les apps bancaires contre le reverse engineering. Une démo la semaine prochaine ?"),
  ("msg", "Alex, je me permets de relancer avec notre grille tarifaire. Un appel jeudi ?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Katharina Seidel", "Referentin Cyber-Sicherheit | Bankenverband", "Berlin",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Wie besprochen anbei der Leitfaden des Verbands zu TLPT, kostenlos für Mitgliedsinstitute. "
          "Wir suchen außerdem noch Praktiker für die Arbeitsgruppe, falls Sie Lust haben."))
P("user_invited_value", "en", "Marcus Lindqvist", "Red Team Lead | Nordic Clearing House", "Stockholm",
  ("acc",),
  ("msg", "Good to connect, Alex. Here's the purple-team playbook we talked about at FIRST, stripped of internal bits. Use it however you like."))
P("user_invited_value", "it", "Silvia Romano", "Docente di sicurezza informatica | Politecnico di Milano", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Ti giro il link al dataset di phishing bancario che abbiamo pubblicato: è open, citalo pure. "
          "E se vuoi un tesista per un progetto in banca, ne ho due bravissimi."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Holger Wendt", "CISO | Rheinwerk Versicherung", "Köln", ("acc",))
P("acceptance_only", "en", "Nina Kovač", "SOC Manager | Adriatic Card Services", "Zagreb", ("acc",))
P("lone_endorsement", "de", "Leon Fischer", "Werkstudent IT-Sicherheit | Mainufer Bank", "Frankfurt am Main", ("end",))
P("lone_endorsement", "fr", "Sophie Marchand", "Ancienne collègue | Auditrice SI", "Paris", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Stefan Kühne", "s.kuehne@hessgeno.example", "IOC-Liste Phishing TAN-Generator",
     "Hallo Alex,\n\nfalls LinkedIn meine Nachricht verschluckt hat: die Domainliste ist im Anhang, YARA im Repo.\n\nStefan", "de"),
    ("HR Mainufer Bank", "recruiting@mainufer-bank.example", "Neue Bewerbung: Threat Hunter (m/w/d)",
     "Hallo Alex,\n\nes ist eine neue Bewerbung von Jana Wolters eingegangen. Die Kandidatin hat auch ihr LinkedIn-Profil verlinkt.", "de"),
    ("it-sa Messe", "info@itsa.example", "Ihr Ticket für die it-sa 2025",
     "Guten Tag,\n\nIhr Fachbesucher-Ticket ist angehängt. Teilen Sie Ihren Messebesuch auf LinkedIn mit #itsa365.", "de"),
    ("FS-ISAC Europe", "noreply@fsisac.example", "TLP:GREEN – Weekly financial sector bulletin",
     "Members,\n\nthis week: helpdesk vishing, QR-code phishing. Reminder: do not share TLP:AMBER content on LinkedIn or other social media.", "en"),
    ("Camille Roussel", "c.roussel@banque-lorrain.example", "Groupe d'échange Rhin supérieur",
     "Bonjour Alex,\n\nje vous ai aussi écrit sur LinkedIn. Première visio le 9 octobre, je vous envoie l'invitation.\n\nCamille", "fr"),
    ("Security Team Mainufer", "security@mainufer-bank.example", "Warnung: gefälschte LinkedIn-Einladungen",
     "Liebe Kolleginnen und Kollegen,\n\nes kursieren gefälschte LinkedIn-Einladungen mit Links auf linkedln.com. Bitte nicht klicken, sondern an phishing@ melden.", "de"),
    ("OWASP Milano", "milano@owasp.example", "Meetup API security – conferma registrazione",
     "Ciao Alex,\n\nla tua registrazione è confermata. Seguici su LinkedIn per gli aggiornamenti sul programma.", "it"),
    ("Irene Castañeda", "irene.castaneda@bancoiberico.example", "Dominios del grupo – lista",
     "Hola Alex,\n\nte escribí por LinkedIn; aquí va la lista de dominios en CSV para que la cargues directamente.\n\nIrene", "es"),
]


# ------------------------------------------------------------------------- checks and builder
for _s in PEOPLE:
    for _step in _s[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_s[2], len(_step[1]))
assert len({_s[2] for _s in PEOPLE}) == len(PEOPLE)

ERAS = {s[2]: "cur" for s in PEOPLE}
HEADER = [f"# mailbot dev198 corpus. Generated by scripts/make_corpus_dev198.py (seed {SEED}); do not edit by hand.",
          "# Two months of 2025 of a Frankfurt bank's head of cyber defence: security vendors, pentest firms, 'CISO circle' dinners that are sales "
          "events, headhunters with real roles, analysts applying, peers sharing threat intel, paid speaking slots, a rude vendor after a failed PoC. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev198", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
