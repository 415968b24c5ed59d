#!/usr/bin/env python3
"""Write mailbot's dev155 corpus: tests/corpus/dev155/*.eml + expected.toml.

The angle: an ordinary two months (September and October 2021) in the LinkedIn inbox of Alex
Morgan, CFO of Rothacker Werkzeugmaschinen GmbH, a family-owned machine-tool maker in Nürtingen
near Stuttgart with subsidiaries in Italy, France and China. It is the autumn of chip shortages,
steel surcharges, the last Überbrückungshilfe settlements, negative interest on deposits, the
Greensill aftermath, the global minimum tax deal and the EMO fair in Milan. The people who write:
house banks and fintech sellers (factoring, payments, treasury cloud, spend management), M&A
advisers and boutique investment banks looking for mandates, audit and tax firms (some with free
webinars and newsletters, some tendering), ERP and treasury-software vendors, investment and
invoice scams, headhunters with real CFO mandates, peer CFOs who share templates and ask real
questions, finance conferences and webinars (free ones, and "speaker invitations" that cost money).
Writers use formal German (Sie) and peer German (du), English from the UK, Ireland, the US and
India, and some French and Italian; LinkedIn's own wording is mostly German and English, some
French and Italian.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The dates (all mail falls between 1 September and 31 October 2021),
the story gaps, the footer year of the older layout, the endorsement skills, the recipient's
headline, the job-alert and digest titles, the headlines of spoof-only names and PYMK
suggestions, the spoofing methods and the pitches that spoofs carry are swapped in this process
only (make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md
alone, without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev155.py              # writes tests/corpus/dev155
    python scripts/make_corpus_dev155.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20210901

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2021, 9, 1, 6, 30, tzinfo=timezone.utc)
WIN_HI = datetime(2021, 10, 31, 19, 0, tzinfo=timezone.utc)

# gaps between the steps of one story, in days; a step may still name its own gap
cs.GAPS.update({"rem": (5, 12), "acc": (0, 0), "end": (1, 9), "msg": (2, 12), "inm": (3, 12), "inv": (20, 32)})


def _span(steps) -> float:
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    return span


def _window(name: str, steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail still lands inside the two months
    (and, for a few notes that name a date, before that date)."""
    lo, hi = WIN_LO, WIN_HI - timedelta(days=_span(steps))
    if name in PIN:
        plo, phi = PIN[name]
        lo, hi = max(lo, plo), min(hi, phi)
    if hi <= lo:
        hi = lo + timedelta(hours=12)
    return lo, hi


# ------------------------------------------------------------------ a machine-tool maker's CFO (this process only)
RHEADLINE = "CFO | Rothacker Werkzeugmaschinen GmbH"
SKILLS = {
    "en": ["Corporate Finance", "Treasury Management", "Financial Reporting", "Mergers & Acquisitions", "Controlling", "Working Capital Management"],
    "de": ["Unternehmensfinanzierung", "Treasury", "Controlling", "Bilanzierung (HGB/IFRS)", "Mergers & Acquisitions", "Liquiditätsplanung"],
    "fr": ["Finance d'entreprise", "Trésorerie", "Contrôle de gestion", "Fusions et acquisitions", "Reporting financier"],
    "es": ["Finanzas corporativas", "Tesorería", "Control de gestión", "Fusiones y adquisiciones"],
    "it": ["Finanza aziendale", "Tesoreria", "Controllo di gestione", "Fusioni e acquisizioni", "Bilancio IFRS"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE

mc.LANGS[:] = ["de", "en", "de", "it", "fr"]
mc.CITY["de"] = ["Stuttgart", "Esslingen am Neckar", "Reutlingen", "Böblingen", "Ludwigsburg", "Heilbronn"]
mc.JOBS[:] = [("CFO (m/w/d) Maschinenbau", "Hallberg Antriebe GmbH"), ("Kaufmännischer Geschäftsführer (m/w/d)", "Zollern-Alb Präzision"),
              ("Group CFO – Industrial Automation", "Vantara Robotics"), ("Leiter Finanzen & Controlling (m/w/d)", "Kienzle Präzisionstechnik"),
              ("VP Finance DACH", "Ostrander Industrial"), ("Head of Treasury (m/w/d)", "Brenz Gruppe")]
mc.COMPANIES["good"] = ["Kienzle Präzisionstechnik", "Hofmeister Antriebstechnik", "Carrow Group", "Officine Brambilla", "Groupe Fayolle",
                        "Universität Hohenheim", "Kessler Brandt", "Zollern-Alb Präzision"]
mc.COMPANIES["sales"] = ["Liqsys", "Kapilo", "Payvant", "Cloudledger", "Kontora Treasury", "Cashcraft", "Arbitrix", "Ashgrove Corporate Finance"]
mc.HEADLINES["good"] = ["CFO bei {co}", "Leiter Controlling | {co}", "Group Treasurer at {co}", "Head of Finance | {co}",
                        "Kaufmännische Leiterin bei {co}", "Partner, Audit | {co}", "Direttore finanziario presso {co}"]
mc.HEADLINES["sales"] = ["Account Executive DACH | {co}", "Business Development Manager at {co}", "Founder & CEO | {co}",
                         "Helping Mittelstand CFOs get paid faster | {co}", "Senior Sales Manager bei {co}", "Director M&A | {co}"]
mc.SPOOF_METHODS[:] = ["display:gmail.com", "lookalike:linkedln.com", "dkimfail", "lookalike:linkedin.com.secure-notify.example",
                       "untrusted:mx.google.com", "nodkim", "display:tradeco-supplies.example", "wrongpass", "lookalike:xn--lnkedin-rfb.com", "buried"]
# what spoofs carry: invoice and payment-diversion lures for a CFO
SPOOF_PITCH = {
    "en": ["Hi {first}, please find the revised remittance advice for the September invoices. Our bank details have changed, open the secure document to see them.",
           "Dear {first}, the signed term sheet for the acquisition is ready. Log in to DocuVault to countersign before the board call today.",
           "Hello {first}, urgent: the CEO asked me to arrange a confidential transfer for the Milan deal. Please confirm you can approve it today."],
    "de": ["Hallo {first}, anbei die korrigierte Rechnung mit unserer neuen Bankverbindung. Bitte über den sicheren Link öffnen und die Zahlung bis Freitag freigeben.",
           "Guten Tag {first}, ich habe Ihnen die Unterlagen zur Due Diligence freigegeben. Bitte melden Sie sich zur Ansicht an, der Zugang läuft heute ab.",
           "Hallo {first}, vertraulich: Die Geschäftsführung braucht heute noch eine Eilüberweisung für den Zukauf in Italien. Können Sie kurz bestätigen?"],
    "fr": ["Bonjour {first}, veuillez trouver la facture rectifiée avec nos nouvelles coordonnées bancaires. Ouvrez le document sécurisé pour valider le paiement.",
           "Bonjour {first}, les documents de la data room sont disponibles. Connectez-vous avant ce soir pour y accéder."],
    "es": ["Hola {first}, te envío la factura corregida con nuestros nuevos datos bancarios. Abre el documento seguro para validar el pago.",
           "Estimado/a {first}, la documentación de la operación está disponible. Inicie sesión hoy para consultarla."],
    "it": ["Buongiorno {first}, le invio la fattura corretta con le nostre nuove coordinate bancarie. Apra il documento protetto per autorizzare il pagamento.",
           "Gentile {first}, i documenti della data room sono disponibili. Acceda entro oggi per consultarli."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
SPOOF_SUBJECTS = {"en": ["Updated bank details", "Remittance advice Sept", "Confidential – term sheet"],
                  "de": ["Neue Bankverbindung", "Rechnung korrigiert", "Vertraulich – Zukauf"],
                  "fr": ["Nouvelles coordonnées bancaires", "Facture rectifiée"], "es": ["Nuevos datos bancarios", "Factura corregida"],
                  "it": ["Nuove coordinate bancarie", "Fattura corretta"]}
for _l, _s in SPOOF_SUBJECTS.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = list(_s)
retitle_other({
    "de": {"job": ("{n} neue Jobs für „CFO Maschinenbau“", "Ihr Jobalarm für CFO in {city}"),
           "news": "Stahlpreise, Chipmangel, Auftragsboom: Wie lange hält der Maschinenbau das durch?",
           "group": "Top-Unterhaltungen in Finanzvorstände Mittelstand DACH",
           "newsletter": "Treasury am Donnerstag: Verwahrentgelte und was jetzt mit der Liquidität passiert"},
    "en": {"job": ("{n} new jobs for \"chief financial officer\"", "Your job alert for chief financial officer in {city}"),
           "news": "Supply chains: why manufacturers are stockpiling again",
           "group": "Top conversations in Manufacturing Finance Leaders Europe",
           "newsletter": "The Treasury Memo: what the OECD minimum-tax deal means for mid-caps"},
    "fr": {"job": ("{n} nouvelles offres pour « directeur financier »", "Votre alerte emploi pour directeur financier à {city}"),
           "news": "Pénurie de composants : l'industrie française tient-elle le choc ?",
           "group": "Discussions à la une dans DAF de l'industrie",
           "newsletter": "La lettre du DAF : affacturage inversé, que reste-t-il après Greensill ?"},
    "it": {"job": ("{n} nuove offerte per \"direttore finanziario\"", "Il tuo avviso di lavoro per direttore finanziario a {city}"),
           "news": "EMO Milano torna in presenza: cosa si aspettano i costruttori",
           "group": "Conversazioni principali in CFO Industria Italia",
           "newsletter": "Il punto del CFO: credito d'imposta 4.0 e nuove regole"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Bernd Häberle", "CFO | Kienzle Präzisionstechnik GmbH", "Villingen-Schwenningen",
  ("inv", "Guten Tag Alex Morgan, wir kämpfen vermutlich mit denselben Stahlzuschlägen. Bekommen Sie Materialpreisgleitklauseln bei Ihren Kunden "
          "durch? Wir ringen gerade mit zwei OEMs darum. Gern tausche ich mich offen aus, auch zu unseren Zahlen."),
  ("rem",))
P("good_invitation", "de", "Sabine Ketterer", "Leiterin Arbeitskreis Finanzen | Landesverband Maschinen- und Anlagenbau Südwest", "Stuttgart",
  ("inv", "Hallo Alex, unser Arbeitskreis Finanzen & Controlling trifft sich am 14. Oktober in Esslingen, Thema Liquiditätsplanung bei gestörten "
          "Lieferketten. Für Mitgliedsfirmen kostenfrei. Ihr Vorgänger war oft dabei, wir würden uns freuen, Sie kennenzulernen!"))
P("good_invitation", "de", "Priyanka Raman", "Senior Manager, International Tax | Kessler Brandt Wirtschaftsprüfung", "Frankfurt am Main",
  ("inv", "Hi Alex, we're running a free 90-min webinar on 23 Sept on Pillar Two and what the minimum-tax deal could mean for German groups with "
          "Asian subsidiaries. Counts as 1.5 hrs CPE, no sales part. Happy to send you the dial-in."),
  nl="en")
P("good_invitation", "de", "Johanna Merkle", "Wissenschaftliche Mitarbeiterin | Lehrstuhl für Controlling, Universität Hohenheim", "Stuttgart",
  ("inv", "Guten Tag, ich untersuche in meiner Dissertation, wie Maschinenbauer ihr Working Capital in der Lieferkettenkrise steuern. Hätten Sie "
          "30 Minuten für ein anonymes Interview? Alle Teilnehmenden bekommen die Auswertung vor der Veröffentlichung."),
  ("rem",))
P("good_invitation", "en", "Charlotte Fenwick", "Partner, Industrial Practice | Hartley Moss Executive Search", "London",
  ("inv", "Alex - I'm retained by a family-owned Anglo-German precision engineering group (c. EUR 400m sales) to find their next Group CFO. Your "
          "machine-tool background plus the China build-out is pretty much the brief. Open to a confidential chat?"))
P("good_invitation", "it", "Davide Colombo", "Direttore Amministrazione e Finanza | Officine Brambilla S.p.A.", "Brescia",
  ("inv", "Buongiorno Alex, sono il CFO di uno dei vostri fornitori di fusioni. Dopo Greensill stiamo ripensando il reverse factoring e mi "
          "piacerebbe capire come lo vedete voi dal lato cliente. Un confronto tra colleghi? Magari ci vediamo all'EMO."))
P("good_invitation", "fr", "Anne-Sophie Berthelot", "Directrice financière | Groupe Fayolle Usinage", "Annecy",
  ("inv", "Bonjour Alex, je co-anime le club des DAF de la mécanique en Auvergne-Rhône-Alpes. Le 12 octobre, séance gratuite en visio sur la "
          "couverture du risque matières, avec des retours d'expérience allemands. Votre témoignage nous serait précieux."),
  ("rem",))
P("good_invitation", "en", "Tom Brannigan", "Finance Director | Carrow Machine Tools Ltd", "Coventry",
  ("inv", "Hi Alex, Markus Weiler at your Hausbank suggested I get in touch. We're looking at our first Schuldschein and he says you did one in "
          "2019. Could you spare half an hour to share lessons? Glad to return the favour on UK pensions or anything else."))


# =============================================================== default_invitation
P("default_invitation", "de", "Ralf Oberdörfer", "Vertriebsleiter Industrieversicherungen", "Heilbronn", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kevin Mahoney", "Business Development | Treasury & Payments", "Dublin", ("inv", DEFAULT))
P("default_invitation", "de", "Nicole Wendling", "Senior Consultant SAP FI/CO | Freelancer", "Karlsruhe", ("inv", NONOTE))
P("default_invitation", "it", "Stefano Ruggeri", "Consulente finanziario indipendente", "Verona", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Jason Whitaker", "Account Executive DACH | Liqsys Treasury Cloud", "München",
  ("inv", "Hi Alex, most Mittelstand CFOs I talk to still do cash positioning in Excel across 8+ banks. Liqsys pulls it together in real time "
          "and goes live in 6 weeks. Worth a 20-min look? Can show you how a Swabian machine builder cut idle cash by 30%."),
  nl="en")
P("sales_invitation", "de", "Marcel Zinser", "Gründer & Geschäftsführer | Kapilo – digitales Factoring", "Berlin",
  ("inv", "Moin Alex! Ihre Kunden in Asien zahlen nach 90 Tagen? Mit Kapilo verkaufen Sie Forderungen digital, Auszahlung in 24 h, ohne "
          "Bankgespräch. Ich zeige Ihnen gern in 15 Minuten, wie das andere Maschinenbauer nutzen."))
P("sales_invitation", "de", "Heiko Strobel", "Fördermittelberater | Forschungszulage & Innovationsförderung", "Ulm",
  ("inv", "Guten Tag, wussten Sie, dass Maschinenbauer rund ein Viertel ihrer F&E-Personalkosten über die Forschungszulage zurückholen können? "
          "Wir übernehmen den Antrag komplett, Honorar nur bei Erfolg. Passt diese Woche ein kurzes Telefonat?"),
  ("rem",))
P("sales_invitation", "de", "Claudia Imhof", "Private Banking Unternehmer & Führungskräfte | Bodensee Privatbank AG", "Zürich",
  ("inv", "Grüezi Alex Morgan, als Geschäftsleitungsmitglied haben Sie bestimmt Vermögensfragen, die über das Firmenkonto hinausgehen. "
          "Gern stelle ich Ihnen unsere Vermögensverwaltung für Führungskräfte aus der Industrie vor, diskret und ab 1 Mio. CHF."))
P("sales_invitation", "en", "Viktor Lenz", "Head of Institutional Sales | Arbitrix Digital Assets", "Vilnius",
  ("inv", "Hi Alex, with your bank charging negative rates on deposits, have you looked at stablecoin yield for corporate treasury? We pay "
          "9% p.a. on USDC, fully insured, minimum ticket EUR 250k. Can I send you the deck?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Oliver Kächele", "Initiator CFO-Runde Neckar-Alb | Interim CFO", "Reutlingen",
  ("inv", "Hallo Alex, ich lade eine Handvoll Finanzchefs aus dem Maschinenbau zwischen Stuttgart und Reutlingen zu einer vertraulichen Runde "
          "ein: einmal im Quartal abends, offener Austausch, keine Berater im Raum. Hätten Sie Lust, dabei zu sein?"),
  ("msg", "Danke fürs Annehmen, Alex! Bevor die Runde startet, eine Sache in eigener Sache: Ich übernehme für Mittelständler Interim-CFO- und "
          "Restrukturierungsmandate, Tagessatz 1.850 €. Falls Ihnen in der Planung 2022 Kapazität fehlt, stelle ich mich gern 30 Minuten vor. "
          "Wann passt es Ihnen?", (4, 12)),
  ("msg", "Hallo Alex, kurze Nachfrage zu meinem Angebot. Ab November hätte ich wieder Luft für ein Mandat, Referenzen von drei "
          "Werkzeugmaschinenbauern schicke ich gern mit. Von der Runde gibt es noch keinen Termin, ich melde mich.", (6, 14)))
P("bait_and_switch_invitation", "en", "Gareth Pryce-Jones", "Connecting finance leaders in European engineering", "Cardiff",
  ("inv", "Alex, let's connect as fellow finance leaders in engineering. I'm pulling together a small group of CFOs from UK and German machine "
          "builders to swap notes on the supply-chain mess. No agenda, just peers comparing scars."),
  ("msg", "Great to be connected, Alex. Full transparency: my day job is at Fxwise, where we help exporters hedge USD and CNY with zero bank "
          "margin. Could I walk you through a 15-minute demo? Most of our German clients save six figures a year on FX alone."))
P("bait_and_switch_invitation", "de", "Tanja Rieber", "Senior Managerin Working Capital | Rieber & Partner Consulting", "Stuttgart",
  ("inv", "Guten Tag Alex, wir erstellen eine kostenlose Benchmark-Studie zum Working Capital von 40 deutschen Werkzeugmaschinenherstellern. "
          "Teilnehmende Unternehmen erhalten die kompletten Ergebnisse mit Vergleichswerten. Darf ich Sie dazu einladen?"),
  ("msg", "Vielen Dank für die Vernetzung! Die Studie erscheint im Dezember. Parallel bieten wir einen Working-Capital-Quick-Check vor Ort an: "
          "10 Beratertage, Festpreis 24.000 €, mit garantierter Cash-Freisetzung. Sollen wir dafür einen Termin finden?", (3, 10)),
  ("msg", "Hallo Alex, ich hatte Ihnen den Quick-Check angeboten. Bei Beauftragung bis Ende Oktober geben wir 15 % Nachlass. Haben Sie nächste "
          "Woche 20 Minuten?", (5, 10)))
P("bait_and_switch_invitation", "de", "Rahul Menon", "Finance Transformation | S/4HANA | ex-Controller", "Frankfurt am Main",
  ("inv", "Hi Alex, fellow ex-controller here. We're halfway through an S/4HANA migration and stuck on how to map customer-specific machine "
          "configurations in CO-PA. Heard you spoke about exactly this at a Verband event. Could I pick your brain for 10 min?"),
  ("msg", "Thanks for accepting! To be upfront about why I reached out: Brightcore Consulting is an SAP Gold Partner focused on machine builders, "
          "and we have a fixed-price S/4 brownfield package from EUR 380k. Would you take a meeting with our MD next week?"),
  nl="en")
P("bait_and_switch_invitation", "fr", "Julien Cazenave", "Responsable partenariats | Supplify – financement de la supply chain", "Lyon",
  ("inv", "Bonjour Alex, nous venons de publier un guide pratique gratuit sur l'affacturage inversé après Greensill : risques, traitement IFRS, "
          "questions à poser à sa banque. Je vous l'envoie volontiers, sans engagement."),
  ("msg", "Merci pour la mise en relation ! Voici le guide. Et puisque vous revoyez vos conditions fournisseurs : Supplify paie vos fournisseurs "
          "à J+5 pour 0,3 % par mois, sans toucher à vos lignes bancaires. Je peux vous faire une démo mardi ou jeudi ?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Miriam Albrecht", "Redaktion & Research | Mittelstand Finanzmonitor", "Düsseldorf",
  ("inm", "Interviewanfrage: Finanzierung im Maschinenbau 2021", "Guten Tag Alex Morgan, für den diesjährigen Mittelstand Finanzmonitor sprechen "
          "wir mit rund 30 Finanzvorständen über Bankfinanzierung, Schuldschein und Förderkredite. Hätten Sie 20 Minuten für ein Gespräch? "
          "Auf Wunsch zitieren wir Sie anonym."),
  ("inm", "Ihr Unternehmensporträt im Finanzmonitor", "Vielen Dank für Ihre Rückmeldung! Wir würden Rothacker gern mit einem Porträt vorstellen. "
          "Das Paket aus Interview, Porträtseite und Online-Banner kostet 3.900 € zzgl. MwSt. Darf ich Ihnen das Auftragsformular schicken?"))
P("bait_and_switch_inmail", "en", "Dominic Ashcroft", "Programme Director | European CFO Leadership Summit", "Amsterdam",
  ("inm", "Speaker invitation - CFO Leadership Summit Berlin", "Dear Alex, our advisory board has nominated you for the 'resilient supply chains' "
          "panel at the European CFO Leadership Summit in Berlin on 25-26 November. Would you be interested in joining four other CFOs on stage?"),
  ("inm", "Re: Speaker invitation", "Thanks for coming back to me, Alex. To confirm your slot, panellists join our Thought Leader Partnership "
          "(EUR 6,500), which covers the panel, a branded video interview and two delegate passes. Shall I send over the agreement?"))
P("bait_and_switch_inmail", "de", "Uwe Fimpel", "Geschäftsführer | Fimpel Fördermittelberatung", "Pforzheim",
  ("inm", "Frage unter Kollegen: Schlussabrechnung Überbrückungshilfe", "Hallo Alex, ich war lange kaufmännischer Leiter bei einem Zerspaner und "
          "sitze gerade an der Schlussabrechnung der Überbrückungshilfe III. Wissen Sie schon, wie streng die Fixkosten geprüft werden? "
          "Für jeden Hinweis wäre ich dankbar."),
  ("inm", "Schlussabrechnung – unser Angebot", "Danke für Ihre Antwort! Offen gesagt übernehmen wir genau diese Schlussabrechnungen für Firmen "
          "Ihrer Größe, pauschal ab 4.800 €, inklusive Begleitung bei Rückforderungen. Soll ich Ihnen ein Angebot schicken?"))
P("bait_and_switch_inmail", "it", "Federica Galli", "Event Manager | Forum CFO Italia", "Milano",
  ("inm", "Tavola rotonda CFO – EMO Milano", "Gentile Alex, in occasione dell'EMO organizziamo il 6 ottobre una tavola rotonda a porte chiuse "
          "per i direttori finanziari delle macchine utensili. Partecipazione gratuita, aperitivo in terrazza. Ci farebbe piacere averla tra gli ospiti."),
  ("inm", "Tavola rotonda – conferma posto", "Grazie della risposta! Per confermare il posto le chiedo di attivare la membership annuale al Forum "
          "CFO Italia (2.400 € + IVA), che include la tavola rotonda e quattro incontri l'anno. Le mando il modulo d'adesione?", (3, 6)))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Markus Bäuerle", "Vertriebsleiter DACH | Spanntechnik", "Göppingen",
  ("end",), ("end",),
  ("msg", "Hallo Alex, hab dich grad für {skill} bestätigt, passt ja wie die Faust aufs Auge. Wärst du so nett und bestätigst mir im Gegenzug "
          "Key Account Management und Verhandlungsführung? Ich bastel grad an meinem Profil. Danke dir!"))
P("endorse_me_back", "en", "Natalie Osei", "FP&A Lead | Carrow Group", "Birmingham",
  ("end",),
  ("msg", "Hi Alex! Just endorsed you for {skill}, well deserved after that budget season 😄 Would you mind doing the same for me on Financial "
          "Modelling and Power BI? Recruiters seem to filter on it these days."))
P("endorse_me_back", "it", "Luca Pellegrini", "Area Manager Italia | Distribuzione macchine utensili", "Bologna",
  ("end",), ("end",),
  ("msg", "Ciao Alex, ti ho segnalato per {skill}, te lo meriti tutto! Mi faresti la cortesia di ricambiare con qualche conferma su Vendite e "
          "Gestione clienti? Grazie mille e a presto all'EMO."))
P("endorse_me_back", "de", "Sandra Löffler", "Steuerberaterin | Löffler & Kollegen", "Esslingen am Neckar",
  ("end",),
  ("msg", "Guten Tag Alex, ich habe Ihre Kenntnisse in {skill} bestätigt. Darf ich Sie im Gegenzug um eine Bestätigung für Internationales "
          "Steuerrecht und Verrechnungspreise bitten? Das würde mir sehr helfen. Herzliche Grüße, Sandra Löffler"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Dennis Pfeiffle", "Finanzberater für Unternehmer & Geschäftsführer", "Böblingen",
  ("inv", "Hallo Alex, als Finanzchef haben Sie sicher schon über Ihre eigene Altersvorsorge nachgedacht? Ich zeige Ihnen gern ein "
          "steueroptimiertes Konzept für Geschäftsführer. Vernetzen wir uns?"),
  ("rem",),
  ("inm", "Schade", "Hallo Alex, drei Wochen keine Reaktion. Man muss nicht jeden annehmen, aber ein kurzes Nein wäre drin gewesen. Genau diese "
          "Arroganz in den Chefetagen ist der Grund, warum der Mittelstand den Anschluss verliert. Alles Gute.", (8, 14)))
P("hostility_after_decline", "en", "Brandon Kowalczyk", "Founder | SpendLoop AI", "Austin, Texas",
  ("inv", "Alex - SpendLoop's AI flags duplicate and fake supplier invoices before they're paid. Saved a Bavarian manufacturer EUR 1.2m last "
          "year. Quick connect?"),
  ("inm", "Seriously?", "Not even the courtesy of a reply? I offered to save your company real money and you just sit on my invite. This is "
          "exactly why German companies are a decade behind on tech. Enjoy your spreadsheets."))
P("hostility_after_decline", "fr", "Grégoire Lamotte", "Conseil en cession et transmission d'entreprises", "Strasbourg",
  ("inv", "Bonjour Alex, j'accompagne les actionnaires familiaux du Bade-Wurtemberg qui réfléchissent à une transmission. Échangeons-nous ?"),
  ("rem",),
  ("inm", "Votre silence", "Je constate que vous n'avez pas daigné répondre à ma demande. C'est un mépris assez remarquable pour un directeur "
          "financier. La courtoisie ne coûte rien, vous devriez essayer."))
P("hostility_after_decline", "de", "Holger Raichle", "Leasing & Absatzfinanzierung für Werkzeugmaschinen", "Sindelfingen",
  ("inv", DEFAULT),
  ("inm", "Ernsthaft?", "Ich schicke Ihnen eine ganz normale Kontaktanfrage und Sie ignorieren sie seit Wochen. Wer so mit Geschäftspartnern "
          "umgeht, braucht sich über leere Auftragsbücher nicht zu wundern. Sehr unprofessionell.", (14, 24)))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Frank Mäder", "Industrieversicherungsmakler | D&O, Cyber, Transport", "Stuttgart",
  ("msg", "Hallo Alex, nach den Cyberangriffen auf mehrere Maschinenbauer dieses Jahr: Ist Ihre Cyberpolice noch zeitgemäß? Ich erstelle "
          "Ihnen gern ein unverbindliches Vergleichsangebot, dafür brauche ich nur die aktuelle Police."),
  ("msg", "Na gut, dann eben nicht. Ich biete Ihnen eine kostenlose Überprüfung an und bekomme nicht mal eine Antwort. Wenn es bei Ihnen mal "
          "brennt, brauchen Sie sich nicht zu wundern. So behandelt man keine Kontakte.", (8, 16)))
P("hostility_connection", "en", "Craig Dunmore", "Sales Director EMEA | Ordio ERP", "Manchester",
  ("acc",),
  ("msg", "Thanks for connecting after the Hannover Messe webinar, Alex. Ordio ERP is built for make-to-order machine builders. Could I book "
          "30 minutes with you and your IT lead for a demo before your budget round?"),
  ("msg", "Two messages and nothing. I get that you're busy but ignoring people is just rude, frankly. You sent me the invite, so I assumed "
          "basic manners. My mistake.", (9, 15)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Jens Wörner", "Firmenkundenbetreuer | Filderbank eG", "Filderstadt",
  ("msg", "Hallo Alex, ab 1. November berechnen wir auf Einlagen über 250.000 € ein Verwahrentgelt von 0,5 %. Als Alternative kann ich Ihnen "
          "unseren Geldmarktfonds oder ein Spezialmandat anbieten. Wollen wir dazu einen Termin ausmachen?"),
  ("msg", "Guten Morgen Alex, haben Sie schon über die Anlage nachgedacht? Ich hätte außerdem eine vermietete Gewerbeimmobilie in Nürtingen "
          "im Angebot, 4,2 % Rendite, für Ihre Gesellschafter vielleicht interessant. Melden Sie sich gern."))
P("connection_only_pitches", "en", "Sophie Ambrose", "Partnerships Lead DACH | Cashcraft Spend Management", "London",
  ("msg", "Hi Alex, hope the new quarter's off to a good start! Quick one: Cashcraft gives every employee a virtual card with built-in "
          "approval rules, so your team never chases receipts again. Free for 3 months for companies that sign before year-end. Fancy a look?"),
  ("msg", "Hey Alex, bumping this up. We just integrated with DATEV, which most of our German customers asked for. 20 minutes this week?"),
  ("msg", "Last nudge from me, promise! Happy to send a recorded demo instead if a call is too much. Just say the word."))
P("connection_only_pitches", "it", "Marco Fumagalli", "Sales Manager | Stand & Exhibit Design", "Milano",
  ("msg", "Ciao Alex! Per l'EMO abbiamo ancora libero un allestimento chiavi in mano da 60 mq nel padiglione 9, a prezzo bloccato. Ti giro il "
          "rendering e il preventivo?"),
  ("msg", "Alex, ti riscrivo perché ci restano solo due slot di montaggio. Se confermi entro venerdì ti lascio il 10 % di sconto sull'allestimento."))


# =============================================================== single_pitch
P("single_pitch", "de", "Petra Gaiser", "Partnerin | WKP Audit GmbH Wirtschaftsprüfungsgesellschaft", "Stuttgart",
  ("msg", "Hallo Alex, falls Sie über einen Prüferwechsel für den Abschluss 2022 nachdenken: Wir würden uns gern an der Ausschreibung "
          "beteiligen. Wir prüfen bereits vier Maschinenbauer in der Region und kennen die Branche gut. Darf ich Ihnen unsere Unterlagen schicken?"))
P("single_pitch", "en", "Aidan Fitzgerald", "Head of Sales EMEA | Paperlane Invoice Automation", "Dublin",
  ("msg", "Alex, quick one since we're connected. With XRechnung becoming the norm for public customers in Germany, a lot of manufacturers are "
          "automating AP end to end. Paperlane reads, codes and routes 95% of invoices without a human. Can I show you a 15-minute demo?"))
P("single_pitch", "fr", "Thibault Mercier", "Associé | Cabinet Mercier Prix de Transfert", "Paris",
  ("msg", "Bonjour Alex, votre filiale française devra produire une documentation prix de transfert complète pour l'exercice 2021. Nous la "
          "réalisons au forfait (8 500 € HT), en français et en allemand. Puis-je vous adresser une proposition ?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Katrin Schäuble", "CFO | Hofmeister Antriebstechnik GmbH", "Esslingen am Neckar",
  ("msg", "Hallo Alex, wie beim Treffen versprochen: hier der Link zu unserer 13-Wochen-Liquiditätsvorschau als Excel (ohne Makros, läuft "
          "bei uns seit der Kurzarbeit). Nimm dir, was du brauchst, und frag, wenn dir eine Formel komisch vorkommt."),
  ("msg", "Noch ein Tipp: Die IHK macht nächste Woche eine kostenlose Online-Sprechstunde zur Schlussabrechnung der Überbrückungshilfen, die "
          "Prüfer der L-Bank sind dabei. Hat mir letztes Mal viel Ärger erspart."))
P("connection_brings_value", "en", "Ian Hollister", "Group Treasurer | Carrow Group", "Coventry",
  ("end",),
  ("msg", "Alex, as promised on the call: our bank-fee benchmark (anonymised), 14 banks, cash-management tariffs for 2021. It shows quite "
          "clearly where the Landesbanken are expensive. Use it as you like, no strings."))
P("connection_brings_value", "it", "Chiara Lombardi", "Responsabile Tesoreria | Rothacker Italia S.r.l.", "Milano",
  ("msg", "Ciao Alex, ti segnalo che è uscita ieri la circolare dell'Agenzia delle Entrate sul credito d'imposta 4.0: per i clienti italiani "
          "cambia la documentazione che ci chiederanno sulle macchine. Ti ho preparato un riassunto di due pagine, lo trovi nel drive condiviso."))
P("connection_brings_value", "de", "Thomas Kienle", "Head of Treasury | Zollern-Alb Präzision", "Balingen",
  ("msg", "Hi Alex, falls du noch einen Treasury-Analysten suchst: Eine sehr gute Kollegin aus meinem alten Team (Devisensicherung, SAP TRM) "
          "zieht wegen der Familie nach Stuttgart. Ich stelle euch gern vor, sie weiß Bescheid und freut sich über einen Anruf."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Annette Schwarzwälder", "Partnerin | Hartmann & Vogel Executive Search", "Stuttgart",
  ("inm", "CFO (m/w/d) familiengeführter Zulieferer – vertraulich", "Guten Tag Alex Morgan, im Auftrag eines familiengeführten "
          "Automobilzulieferers (rund 900 Mio. € Umsatz, Raum Heilbronn) besetzen wir exklusiv die Position des CFO mit Sitz in der "
          "Geschäftsführung. Die Stelle ist nicht ausgeschrieben. Wären Sie offen für ein vertrauliches Telefonat in den nächsten Tagen?"))
P("stranger_inmail_recruiter", "en", "Fiona MacLeod", "Principal, Private Equity Practice | Ashdown Search", "London",
  ("inm", "Portfolio CFO - industrial automation, Stuttgart", "Hi Alex, I'm running a CFO search for a PE-backed industrial automation "
          "business headquartered in Stuttgart, owned by a Nordic sponsor since 2019. Carve-out finished, exit prep over the next 24 months, "
          "meaningful equity for the CFO. Would you have time to speak this week or next?"))
P("stranger_inmail_recruiter", "fr", "Mathieu Delaroche", "Associé | Delaroche Associés, recrutement de dirigeants", "Lyon",
  ("inm", "DAF Groupe – ETI industrielle, forte dimension Allemagne", "Bonjour Alex, je recrute pour une ETI industrielle lyonnaise "
          "(mécanique de précision, 350 M€) son futur Directeur administratif et financier groupe, avec deux usines en Allemagne à superviser. "
          "Votre parcours bilingue m'intéresse beaucoup. Seriez-vous disponible pour un échange confidentiel ?"))
P("stranger_inmail_recruiter", "it", "Elena Rinaldi", "Senior Consultant | Executive Search Industria", "Milano",
  ("inm", "Posizione CFO – gruppo meccanico quotato", "Buongiorno Alex, sto seguendo per un gruppo meccanico quotato sul segmento STAR la "
          "ricerca del nuovo CFO, con responsabilità anche sulla consociata tedesca di Ulm. Le andrebbe di parlarne in via riservata? "
          "Posso mandarle una breve descrizione del ruolo."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Björn Tiedemann", "Senior Account Executive | Cloudledger ERP", "Hamburg",
  ("inm", "Ihr ERP nach 2027?", "Guten Tag Alex Morgan, die Wartung für SAP ECC endet 2027, und viele Maschinenbauer fragen sich, ob S/4 "
          "wirklich der einzige Weg ist. Cloudledger ist in 9 Monaten produktiv, zum Festpreis. Darf ich Ihnen in 30 Minuten zeigen, wie ein "
          "Sondermaschinenbauer aus Aalen umgestiegen ist?"),
  ("inm", "Kurze Nachfrage", "Hallo Alex Morgan, ich wollte nachhaken, ob mein Vorschlag angekommen ist. Gern schicke ich vorab die Referenzstudie."))
P("stranger_inmail_sales", "en", "Ethan Wolcott", "Investor Relations | Halvorsen Capital", "Limassol",
  ("inm", "Pre-IPO allocation for your treasury", "Dear Alex, we have secured a limited allocation in the pre-IPO round of a European "
          "battery-technology company, listing expected in Q1 2022 at 3-4x the entry price. Several DACH corporate treasuries are taking "
          "tickets from EUR 100k. May I send you the confidential memorandum?"),
  ("inm", "Allocation closes Friday", "Alex, final call: the allocation closes on Friday and two family offices want the remaining units. "
          "I can hold EUR 150k for you until Thursday noon if you confirm today."))
P("stranger_inmail_sales", "de", "Sven Ohlmeyer", "Managing Director | Ashgrove Corporate Finance", "Frankfurt am Main",
  ("inm", "Strategischer Käufer für Werkzeugmaschinenhersteller", "Guten Tag, wir betreuen einen asiatischen Strategen, der gezielt "
          "Werkzeugmaschinenhersteller in Baden-Württemberg übernehmen möchte. Falls Ihre Gesellschafter eine Nachfolge- oder Verkaufsoption "
          "prüfen, begleiten wir den Prozess gern als Sell-Side-Berater. Können wir kurz telefonieren?"))
P("stranger_inmail_sales", "it", "Giorgio Ferrante", "Broker | Assicurazione crediti all'export", "Torino",
  ("inm", "Copertura crediti verso clienti esteri", "Buongiorno Alex, con i ritardi di pagamento che stiamo vedendo da clienti in Turchia e "
          "Cina, molte aziende meccaniche stanno assicurando il portafoglio crediti. Le preparo un preventivo gratuito sulla sua filiale italiana?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Stefanie Gaukel", "Treasury-Expertin | Organisatorin Treasury-Stammtisch Südwest", "Stuttgart",
  ("inv", "Hallo Alex, ich organisiere den Treasury-Stammtisch Südwest: zwanglos, kostenlos, alle sechs Wochen in Stuttgart. Nächstes Thema ist "
          "Devisensicherung für kleine Treasury-Teams. Sie sind herzlich eingeladen!"),
  ("msg", "Schön, dass Sie da waren! Wie versprochen die Folien vom Stammtisch und unsere Checkliste zu Sicherungsquoten. Gern weiterverwenden "
          "und teilen.", (6, 12)),
  ("msg", "Hallo Alex, eine Sache in eigener Sache: Ich bin seit Oktober selbständige Beraterin für Treasury-Management-Systeme. Für ein "
          "Auswahlprojekt bei Ihnen (Pauschale 14.500 €) hätte ich im November noch Kapazität. Wollen wir sprechen?", (5, 12)))
P("good_turns_ugly", "en", "Alistair Beaumont", "Host, Industrial CFO Roundtable | FinOps Collective", "Edinburgh",
  ("inv", "Hi Alex, I host a free monthly virtual roundtable for industrial CFOs. Next one is on inflation-linked pricing clauses. No vendors, "
          "Chatham House rule. Would love you to join us at the end of the month."),
  ("msg", "Thanks for joining the roundtable! Here's the summary note and the pricing-clause template Heike shared. Hope it helps with your Q4 "
          "price round.", (8, 14)),
  ("msg", "Alex, now that you know the community: we've launched a premium tier with benchmarking data, 1:1 advisory and vendor-free research "
          "for EUR 9,800 a year. Shall I put together a trial proposal for you?", (4, 10)))
P("good_turns_ugly", "it", "Paolo Venturi", "CFO | Meccanica Venturi S.r.l.", "Bergamo",
  ("inv", "Buongiorno Alex, sono CFO di un costruttore di rettificatrici a Bergamo. Apriamo una filiale in Germania e avrei bisogno di un "
          "consiglio su come scegliere lo Steuerberater. Le andrebbe un confronto tra colleghi?"),
  ("msg", "Grazie mille per i nomi e per i consigli sulla Lohnsteuer, ci avete risparmiato settimane! Se le serve un contatto in Lombardia, "
          "sono a disposizione.", (4, 9)),
  ("end",),
  ("msg", "Ciao Alex, ti ho appena confermato la competenza in {skill}. Ti chiederei un piccolo favore: potresti confermare anche le mie su "
          "Controllo di gestione e Finanza aziendale? Sto aggiornando il profilo per un incarico nel CdA.", (1, 4)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Florian Wachter", "Key Account Manager | Payvant Zahlungsverkehr", "Frankfurt am Main",
  ("inm", "Auslandszahlungen ohne Bankaufschlag", "Guten Tag, Auslandszahlungen über die Hausbank kosten Sie im Schnitt 1,2 % Kursaufschlag. "
          "Payvant wickelt USD- und CNY-Zahlungen zum Interbankenkurs ab. Darf ich Ihnen eine Vergleichsrechnung für Rothacker erstellen?"),
  ("inv", "Hallo Alex, ich habe Ihren Beitrag zum Fachkräftemangel im Maschinenbau gelesen, sehr treffend formuliert. Würde mich freuen, in "
          "Kontakt zu bleiben."))
P("reinvite_known_bad", "en", "Gavin Hartnell", "Relationship Director | Corporate Banking", "London",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we met briefly at Treasury Days in Stuttgart, you asked the sharp question about bank fees. Would be good to stay in touch."))
P("reinvite_known_bad", "de", "Patrick Heinzelmann", "Niederlassungsleiter | Personaldienstleistung Finanz & Rechnungswesen", "Ludwigsburg",
  ("inv", "Guten Tag, wir sind spezialisiert auf Arbeitnehmerüberlassung im kaufmännischen Bereich: Buchhaltung, Controlling, Lohn. Wenn es "
          "zum Jahresabschluss eng wird, stellen wir kurzfristig Fachkräfte. Vernetzen?"),
  ("inv", "Hallo Alex, ich sehe, wir haben viele gemeinsame Kontakte im Maschinenbau. Es wäre schön, Teil Ihres Netzwerks zu sein."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Jürgen Dengler", "Vertrieb | Reisekosten-Software", "Mannheim",
  ("inv", "Hallo, wir digitalisieren Ihre Reisekostenabrechnung, inklusive Belegerkennung per App. Interesse?"),
  ("inm", "Keine Antwort ist auch eine Antwort", "Hallo Alex Morgan, Sie halten es nicht für nötig, auf eine einfache Anfrage zu reagieren? "
          "Typisch Finanzleute: Zahlen im Kopf, aber keine Manieren.", (8, 14)),
  ("inv", "Hallo Alex, vielleicht sind wir auf dem falschen Fuß gestartet. Neuer Anlauf? Ich würde mich über die Vernetzung freuen.", (14, 22)))
P("reinvite_known_ugly", "en", "Nathan Greaves", "Former FD | Customs & Trade", "Leeds",
  ("inm", "Quick question from one finance leader to another", "Hi Alex, I'm a former FD in automotive and I'm looking into how mid-sized "
          "exporters are coping now that the Brexit customs grace periods are ending. Would you share how your team has organised the UK "
          "declarations?"),
  ("inm", "Re: Quick question", "Thanks Alex, really useful. Since you asked what I do now: I run CustomsPilot, an outsourced customs-brokerage "
          "service. We could take the UK declarations off your team for GBP 1,900 a month. Fancy a call next week?", (3, 8)),
  ("inv", "Alex, would be great to be connected properly. Lots of shared ground in UK-German trade.", (12, 20)))
P("reinvite_known_ugly", "fr", "Camille Dufresne", "Gestion de patrimoine des dirigeants franco-allemands", "Strasbourg",
  ("inv", "Bonjour Alex, conseillère en gestion de patrimoine pour dirigeants franco-allemands, je serais ravie d'échanger avec vous."),
  ("inm", "Dommage", "Vous ignorez ma demande depuis trois semaines. Permettez-moi de vous dire que ce manque de politesse en dit long sur vous. "
          "Je ne vous souhaite pas de vous retrouver un jour de l'autre côté.", (15, 20)),
  ("inv", "Bonjour Alex, je reviens vers vous avec une nouvelle demande, sans rancune. Au plaisir d'échanger.", (10, 16)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Moritz Eberhardt", "Director | Hohenstaufen Corporate Finance (M&A)", "Stuttgart",
  ("acc",),
  ("msg", "Danke für die Kontaktanfrage nach dem Vortrag, Alex. Um gleich offen zu sein: Wir haben derzeit zwei Zielunternehmen in der "
          "Automatisierung im Blick, die zu Ihrer Strategie passen könnten, und würden Sie gern als Buy-Side-Berater begleiten, auf "
          "Erfolgshonorarbasis. Hätten Sie nächste Woche Zeit für ein Gespräch?"))
P("user_invited_pitch_once", "en", "Hannah Caldwell", "Senior Manager, Tax Technology | Pellham LLP", "London",
  ("acc",),
  ("msg", "Thanks for connecting after the IFA panel, Alex! You mentioned the VAT headaches in your Chinese and Italian entities. We run a "
          "managed VAT-compliance service from EUR 2.5k a month per entity. Could I send you a short proposal?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Tobias Krautter", "Vertrieb Mittelstand | Kontora Treasury-Software", "Karlsruhe",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung nach dem Treasury-Tag! Wie besprochen: Kontora ersetzt Ihre Excel-Liquiditätsplanung und "
          "bindet alle Hausbanken per EBICS an. Ich würde Ihnen gern ein Angebot für die Lizenz machen, ab 1.100 € im Monat."),
  ("msg", "Guten Tag Alex, ich wollte nachhaken: Bis Jahresende können wir die Einführung noch zum Festpreis anbieten. Passt Ihnen ein Termin "
          "mit Ihrem Treasury-Team in KW 43?"))
P("user_invited_pitch_twice", "en", "Olivia Strand", "Head of Corporate Sales | Northvale Bank", "London",
  ("acc",),
  ("msg", "Hi Alex, lovely to connect after the trade-finance session. Northvale can issue letters of credit and guarantees for your Asian "
          "customers within 48 hours, usually below your house bank's pricing. Could we set up a call with your treasury team?"),
  ("msg", "Alex, following up on my note. We've just cut our guarantee fees for German exporters for Q4. Happy to send indicative terms "
          "if you share your current volumes."))
P("user_invited_pitch_twice", "it", "Andrea Colonna", "Business Developer | Leasing strumentale", "Torino",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Per i vostri clienti italiani possiamo offrire leasing finanziario sulle macchine con la "
          "Nuova Sabatini, tassi fissi da 1,9 %. Posso mandarti le condizioni quadro?"),
  ("msg", "Ciao Alex, ti riscrivo perché a novembre chiudiamo il plafond agevolato. Se vuoi bloccarlo per le vendite del Q4, facciamo una call?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Ulrike Mangold", "Partnerin, Leiterin Steuern | Kessler Brandt", "Stuttgart",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung! Wie am Rande des Steuertags besprochen, hier unser Rundschreiben zur globalen Mindeststeuer "
          "als PDF, frei verwendbar, auch für Ihren Beirat. Bei Rückfragen einfach melden."))
P("user_invited_value", "fr", "Élise Marchand", "DAF | Groupe Vernier Mécanique", "Grenoble",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Comme promis à Francfort, voici notre procédure de clôture mensuelle à J+4, avec le rétroplanning. "
          "Si ça vous intéresse, on peut organiser une visio entre mon contrôleur de gestion et votre équipe."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Wolfgang Steinhilber", "Vorstand Finanzen | Schwäbische Maschinenfabrik AG", "Albstadt", ("acc",))
P("acceptance_only", "en", "Emily Hargreaves", "Audit Partner, Industrial Products | Hollis Grant", "Birmingham", ("acc",))
P("lone_endorsement", "de", "Lena Brodbeck", "Controllerin | Rothacker Werkzeugmaschinen GmbH", "Nürtingen", ("end",))
P("lone_endorsement", "it", "Giulia Bassi", "Contabile | Rothacker Italia S.r.l.", "Milano", ("end",))


# notes that name a date: the story starts early enough to come before it
PIN = {
    "Priyanka Raman": (WIN_LO, datetime(2021, 9, 15, tzinfo=timezone.utc)),
    "Sabine Ketterer": (WIN_LO, datetime(2021, 10, 4, tzinfo=timezone.utc)),
    "Anne-Sophie Berthelot": (WIN_LO, datetime(2021, 9, 22, tzinfo=timezone.utc)),
    "Federica Galli": (WIN_LO, datetime(2021, 9, 22, tzinfo=timezone.utc)),
    "Marco Fumagalli": (WIN_LO, datetime(2021, 9, 10, tzinfo=timezone.utc)),
    "Luca Pellegrini": (WIN_LO, datetime(2021, 9, 16, tzinfo=timezone.utc)),
    "Davide Colombo": (WIN_LO, datetime(2021, 9, 25, tzinfo=timezone.utc)),
    "Jens Wörner": (WIN_LO, datetime(2021, 10, 5, tzinfo=timezone.utc)),
}

# the older layout for about one person in four; the rest in the newer one
OLD_LAYOUT = {"Bernd Häberle", "Tom Brannigan", "Ralf Oberdörfer", "Heiko Strobel", "Oliver Kächele", "Miriam Albrecht", "Sandra Löffler",
              "Holger Raichle", "Jens Wörner", "Thibault Mercier", "Annette Schwarzwälder", "Sven Ohlmeyer", "Paolo Venturi", "Patrick Heinzelmann",
              "Moritz Eberhardt", "Andrea Colonna", "Wolfgang Steinhilber", "Ian Hollister"}
ERAS = {s[2]: ("2016" if s[2] in OLD_LAYOUT else "cur") for s in PEOPLE}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Lena Brodbeck", "lena.brodbeck@rothacker-wzm.example", "Fwd: Ich möchte mich mit Ihnen vernetzen",
     "Hallo Alex,\n\nder hier hat mir auch eine Anfrage geschickt, kennst du den? Klingt für mich nach Vertrieb.\n\n"
     "---------- Weitergeleitete Nachricht ----------\nVon: Marcel Zinser via LinkedIn <invitations@linkedin.com>\n"
     "Betreff: Ich möchte mich mit Ihnen vernetzen\n\nMoin Lena! Ihre Kunden zahlen nach 90 Tagen? ...\n\nViele Grüße\nLena", "de"),
    ("Tom Brannigan", "t.brannigan@carrow-mt.example.co.uk", "Schuldschein - half an hour?",
     "Hi Alex,\n\nI sent you a LinkedIn request as well, but in case it gets buried: would Thursday at 4pm your time work for a quick call "
     "about your Schuldschein experience?\n\nCheers,\nTom", "en"),
    ("CFO-Forum Südwest", "anmeldung@cfo-forum-suedwest.example", "Ihre Anmeldung: CFO-Forum Südwest 2021 (hybrid)",
     "Guten Tag Alex Morgan,\n\nvielen Dank für Ihre Anmeldung. Ihren Zugang zum Livestream erhalten Sie am Vortag. "
     "Aktuelles zum Programm finden Sie auf unserer LinkedIn-Seite.\n\nIhr Team vom CFO-Forum Südwest", "de"),
    ("Filderbank eG – Firmenkunden", "firmenkunden@filderbank.example", "Anpassung der Verwahrentgelte ab 1. November 2021",
     "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nab dem 1. November 2021 gelten für Sichteinlagen über 250.000 € neue Konditionen. "
     "Ihr Firmenkundenbetreuer bespricht gern Alternativen mit Ihnen. Folgen Sie uns auch auf LinkedIn.", "de"),
    ("Kessler Brandt Events", "events@kesslerbrandt.example", "Einwahldaten: Webinar Pillar Two",
     "Guten Tag,\n\nhier Ihre Einwahldaten für das Webinar zur globalen Mindeststeuer. Die Aufzeichnung stellen wir anschließend "
     "auch auf unserer LinkedIn-Seite bereit.\n\nKessler Brandt Wirtschaftsprüfung", "de"),
    ("Buchhaltung Brenz Stahlhandel", "buchhaltung@brenz-stahlhandel.example", "Dringend: neue Bankverbindung für offene Rechnungen",
     "Sehr geehrte Damen und Herren,\n\naufgrund einer Umstellung bitten wir Sie, offene Rechnungen ab sofort auf unser neues Konto "
     "bei einer litauischen Bank zu überweisen. Unser Geschäftsführer hat Ihre Finanzleitung bereits über LinkedIn informiert.\n\n"
     "Mit freundlichen Grüßen\nBuchhaltung", "de"),
    ("IT-Sicherheit Rothacker", "it-security@rothacker-wzm.example", "Warnung: gefälschte LinkedIn-Mails mit Rechnungsanhängen",
     "Liebe Kolleginnen und Kollegen,\n\nzurzeit kursieren gefälschte LinkedIn-Benachrichtigungen mit angeblichen Rechnungen oder neuen "
     "Bankverbindungen. Bitte keine Links anklicken und verdächtige Mails an it-security weiterleiten.", "de"),
    ("Chiara Lombardi", "chiara.lombardi@rothacker-italia.example", "EMO – stand e agenda incontri",
     "Ciao Alex,\n\nti mando l'agenda degli incontri allo stand per martedì e mercoledì. Ho condiviso anche il post dello stand su "
     "LinkedIn, se vuoi rilanciarlo.\n\nA presto,\nChiara", "it"),
    ("Finance Weekly DACH", "newsletter@finance-weekly.example", "Fünf LinkedIn-Fehler, die CFOs vermeiden sollten",
     "Diese Woche: Warum Finanzchefs auf LinkedIn sichtbarer werden sollten, was die Verwahrentgelte der Banken für den Mittelstand "
     "bedeuten, und die Termine im Oktober.\n\nAbmelden: https://finance-weekly.example/abmelden", "de"),
    ("RH Rothacker France", "rh@rothacker-france.example", "Recrutement contrôleur de gestion – Lyon",
     "Bonjour Alex,\n\nl'annonce pour le poste de contrôleur de gestion est en ligne sur LinkedIn et sur l'APEC. "
     "Nous avons déjà reçu douze candidatures, je vous envoie une présélection vendredi.\n\nBien cordialement,\nService RH", "fr"),
    ("Outlook-Kalender", "kalender@rothacker-wzm.example", "Einladung: Telefonat Bernd Häberle (über LinkedIn) – Preisgleitklauseln",
     "Sie wurden eingeladen: Telefonat mit Bernd Häberle, Kienzle Präzisionstechnik\nWann: Dienstag 17:00 – 17:45\n"
     "Organisator: alex.morgan@rothacker-wzm.example", "de"),
    ("XING", "mailrobot@mail.xing.example", "Neue Kontaktanfrage von Heiko Strobel",
     "Hallo Alex Morgan,\n\nHeiko Strobel möchte sich mit Ihnen auf XING vernetzen. Er hat Ihnen auch auf LinkedIn geschrieben.", "de"),
]


HEADER = [f"# mailbot dev155 corpus. Generated by scripts/make_corpus_dev155.py (seed {SEED}); do not edit by hand.",
          "# September and October 2021 of the CFO of a machine-tool maker near Stuttgart: banks and fintech sellers, M&A advisers, audit and "
          "tax firms, ERP and treasury-software vendors, scams, headhunters, peer CFOs, conferences; formal German, English, some French and "
          "Italian. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li155(mc.LinkedInMail):
    """The older layout's footer with the year of the mail (2021), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories155(cs.EraStories):
    """Stories inside September and October 2021."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li155(self.g, self.b)
        self.window: tuple[datetime, datetime] | None = None
        corpus = self

        def start_date(g, era: str) -> datetime:
            lo, hi = corpus.window or (WIN_LO, WIN_HI)
            corpus.window = None
            return lo + timedelta(seconds=g.r.randint(0, int((hi - lo).total_seconds())))
        self.g.start_date = types.MethodType(start_date, self.g)

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.window = _window(name, steps)
        return super().story(scenario, lang, name, headline, location, nl, steps)


def check_notes() -> None:
    names = set()
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert name not in names, name
        names.add(name)
        assert scenario in cs.OUTCOME, scenario
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))
    for name in list(PIN) + list(OLD_LAYOUT):
        assert name in names, name


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev155")
    args = ap.parse_args()
    check_notes()
    c = Stories155(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(10)
    c.make_other(12)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=12), (first, last)
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
