#!/usr/bin/env python3
"""Write mailbot's forty-fourth, independent development corpus: tests/corpus/dev44/*.eml + expected.toml.

The angle: notes in unusual surface forms. ALL CAPS notes, notes carried by emoji, notes
broken over many short lines, notes with stray punctuation and no capital letters, notes
that are one long run-on sentence, very long job titles in headlines, and people with
Chinese, Arabic, Cyrillic, Greek or Turkish names (in their own script, transliterated, or
both at once) writing in English, German, French, Spanish or Italian. Every scenario of the
taxonomy appears in these forms. The user Alex is a finance controller, as in tests/corpus/dev.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. In this process only (make_corpus.py itself is not changed):
the names of spoof-only people and PYMK suggestions, the headlines of spoof-only people
and the notes that spoofs carry are swapped for ones in this corpus's forms; profile vanity
names of people whose names are not in Latin script are given a Latin transliteration (as
LinkedIn does); and a name variant never changes script (a Cyrillic or Greek surname may
show in capitals, a Chinese or Arabic name shows as it is). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes
of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev44.py              # writes tests/corpus/dev44
    python scripts/make_corpus_dev44.py --out DIR    # somewhere else
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260844

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402


def lines(*xs: str) -> str:
    """A note typed as many short lines."""
    return "\n".join(xs)


# ------------------------------------------------------------------ names in other scripts (this process only)
# A profile's vanity name is Latin even when the display name is not: the story runner
# builds it with strip_accents(), so that is where the transliteration goes in.
LATIN = {
    "Li Na (李娜)": "Li Na",
    "Дмитрий Соколов": "Dmitriy Sokolov",
    "ياسمين بن علي": "Yasmine Benali",
    "Ελένη Κωνσταντίνου": "Eleni Konstantinou",
    "王磊": "Wang Lei",
    "Νίκος Αλεξίου": "Nikos Alexiou",
    "سفيان حداد": "Soufiane Haddad",
    "Ольга Иванова": "Olga Ivanova",
    "陈静 Chen Jing": "Chen Jing",
    "عمر الفارسي": "Omar Alfarsi",
    "Екатерина Морозова": "Ekaterina Morozova",
    "Георги Димитров": "Georgi Dimitrov",
    "محمد شريف": "Mohamed Cherif",
    "赵强": "Zhao Qiang",
    "Анна Петрова": "Anna Petrova",
    "ليلى منصور": "Leila Mansour",
    "周丽 (Zhou Li)": "Zhou Li",
    "أحمد الإدريسي": "Ahmed El Idrissi",
    "Xu Ming 徐明": "Xu Ming",
    "Ольга Сидоренко": "Olga Sidorenko",
    "Рустам Алиев": "Rustam Aliev",
    "Τάσος Κυριακίδης": "Tasos Kyriakidis",
    "Оксана Мельник": "Oksana Melnyk",
    "Sun Yan 孙燕": "Sun Yan",
    "Сергей Орлов": "Sergey Orlov",
    "黄磊": "Huang Lei",
}
_VANITY_KEYS: dict[str, str] = {}
for _name, _latin in LATIN.items():
    _f, *_rest = _name.split()
    _lf, *_lrest = _latin.split()
    _VANITY_KEYS[f"{_f}-{'-'.join(_rest)}"] = f"{_lf}-{'-'.join(_lrest)}"
    _VANITY_KEYS[_name] = _latin
_orig_strip = mc.strip_accents


def _strip(s: str) -> str:
    if s in _VANITY_KEYS:
        return _VANITY_KEYS[s]
    return _orig_strip(s.replace("ı", "i"))


mc.strip_accents = _strip
_orig_variant = mc.Gen.variant
_CASED = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_UNCASED = re.compile(r"[\u0600-\u06ff\u3400-\u9fff]")


def _variant(self, p) -> str:
    if _UNCASED.search(p.name):
        return p.name
    if _CASED.search(p.name):
        first, *rest = p.name.split()
        return f"{first} {' '.join(rest).upper()}"
    return _orig_variant(self, p)


mc.Gen.variant = _variant

# spoof-only names and PYMK suggestions: transliterated, Latin script
mc.NAMES.update({
    "en": (["Andriy", "Xiaoming", "Yusuf", "Katerina", "Osman", "Lina", "Petros", "Irina"], ["Hrytsenko", "Zhou", "Karaca", "Vlachou", "Yavuz", "Farouk", "Doukas", "Belova"]),
    "de": (["Sergej", "Dilara", "Ming", "Anastasia", "Khaled", "Ilias"], ["Pawlow", "Erdoğan", "Tang", "Sokolowa", "Saleh", "Christodoulou"]),
    "fr": (["Nadia", "Kostas", "Tuğba", "Youssef", "Wen", "Vera"], ["Bouzid", "Manolis", "Acar", "Amrani", "Liang", "Lebedeva"]),
    "es": (["Farida", "Alexei", "Serkan", "Mei", "Dimitra", "Rami"], ["Nassar", "Volkov", "Kılıç", "Lin", "Tsakiri", "Khoury"]),
    "it": (["Stavroula", "Bilal", "Yan", "Oksana", "Cengiz", "Nour"], ["Galani", "Hamdan", "Qiu", "Tkachenko", "Uysal", "Barakat"]),
})
mc.HEADLINES["sales"] = [
    "Senior Enterprise Account Executive – Office of the CFO Solutions, Spend Management, Procure-to-Pay & Working Capital Optimisation | {co}",
    "GROWTH | B2B SAAS | FINTECH | {co} | DM ME 🚀",
    "Regional Director of Strategic Partnerships & Channel Alliances (DACH, Benelux, Nordics, CEE) at {co} | ex-Big 4 | MBA | Speaker",
    "wealth advisor @ {co} :: helping executives grow & protect what they earned",
    "Founder | CEO | Investor | {co} | Automating Finance Back Offices Since 2015 | Keynote Speaker | Father 👨‍👧",
]

# the notes spoofs carry: pitches and phish written in this corpus's forms
SPOOF_NOTES = {
    "en": ["URGENT: YOUR PAYMENT TO OUR COMPANY IS OVERDUE. REVIEW THE INVOICE IN THE SECURE VIEWER BELOW TO AVOID SUSPENSION.",
           "hi alex,, sent u the signed contract via linkedin docs .. pls log in to open it before friday",
           "🔔 You have 1 pending document 📄 Sign in to view ✅"],
    "de": ["ACHTUNG: IHRE RECHNUNG IST FÄLLIG. BITTE ÜBER DEN SICHEREN LINK PRÜFEN UND BESTÄTIGEN.",
           "hallo alex,, hab dir das angebot über linkedin dokumente geschickt .. einfach einloggen und öffnen"],
    "fr": ["IMPORTANT : UN PAIEMENT EN ATTENTE NÉCESSITE VOTRE VALIDATION. CONNECTEZ-VOUS AU LIEN SÉCURISÉ.",
           "📎 Nouveau document partagé avec vous 🔐 Connectez-vous pour l'ouvrir 👇"],
    "es": ["AVISO: TIENE UNA FACTURA PENDIENTE DE APROBACIÓN. ACCEDA AL ENLACE SEGURO PARA REVISARLA.",
           "hola alex,, te compartí el contrato por linkedin docs .. entra con tu cuenta para verlo"],
    "it": ["ATTENZIONE: UN PAGAMENTO È IN ATTESA DELLA SUA CONFERMA. ACCEDA AL LINK SICURO PER VERIFICARE.",
           "📄 Ti è stato inviato un documento 🔒 Accedi per visualizzarlo ✅"],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
    mc.PHISH_NOTES[_l] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Li Na (李娜)",
  "Senior Manager, Group Reporting & Consolidation | IFRS 16 / IFRS 17 Implementation Lead | ACCA | Mentor, Women in Finance Shanghai", "Shanghai",
  ("inv", "Hi Alex 👋 I'm hosting a free online session 🎓 on the IFRS 18 presentation changes next Thursday 📅 90 min, counts as 1.5 CPE hours ✅ "
          "two audit partners are speaking 🎤 would love to have another controller in the room 🙌 I'll send the link once we're connected 🔗"),
  ("rem",))
P("good_invitation", "de", "Дмитрий Соколов", "Leiter Controlling | Maschinenbau | Frankfurt", "Frankfurt am Main",
  ("inv", "HALLO ALEX, ICH ORGANISIERE DEN CONTROLLER-STAMMTISCH RHEIN-MAIN. NÄCHSTEN DIENSTAG GEHT ES UM DIE S/4HANA-UMSTELLUNG IM CO-MODUL. "
          "KOSTET NICHTS, DAS ESSEN ZAHLT JEDER SELBST. SIE WÄREN HERZLICH WILLKOMMEN. GRUSS DMITRIJ"))
P("good_invitation", "fr", "ياسمين بن علي", "Contrôleuse de gestion industrielle", "Lyon",
  ("inv", lines("Bonjour Alex,", "je suis contrôleuse", "de gestion chez un", "équipementier à Lyon.", "On monte un petit groupe", "d'échange entre pairs",
                "sur la clôture mensuelle", "(gratuit, une visio par mois).", "Ça vous dirait", "d'en être ?", "Yasmine")))
P("good_invitation", "es", "Emre Şahin", "Controller de gestión | cadena hotelera", "Málaga",
  ("inv", "hola alex,, vi tu comentario sobre cerrar el mes en 5 días en el grupo de controllers.. nosotros tardamos 12 y no sé por dónde empezar ;; "
          "te puedo hacer un par de preguntas?? trabajo en control de gestión en una cadena de hoteles, no vendo nada .."),
  ("rem",))
P("good_invitation", "it", "Ελένη Κωνσταντίνου", "Financial Controller | Gruppo alimentare", "Milano",
  ("inv", "Buongiorno Alex ho visto che anche tu lavori con SAP CO e siccome con altri controller di Milano stiamo organizzando un pomeriggio gratuito "
          "di scambio di esperienze sul passaggio a S/4HANA in Bicocca a fine mese e ci manca qualcuno che la migrazione l'ha già fatta ti andrebbe di venire"))
P("good_invitation", "en", "Mehmet ÖZTÜRK",
  "Executive Search Consultant – CFO, Finance Director & Group Controller Mandates across Türkiye, the Gulf and Central & Eastern Europe | ex-Deloitte | TR · EN · DE",
  "Istanbul",
  ("inv", "alex - i'm filling a group controller role for a listed building-materials group (istanbul HQ, hybrid, reports to the CFO, IFRS consolidation "
          "of 14 entities) . your background fits very well . package is strong , can share details . open to a short call?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "en", "王磊",
  "Deputy General Manager, Finance & Accounting Shared Service Center (Asia-Pacific & Middle East) | CPA (China) | CMA | Lean Six Sigma Green Belt",
  "Shenzhen", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Νίκος Αλεξίου",
  "Head of Finance Operations, Accounts Payable, Accounts Receivable, General Ledger, Intercompany & Treasury Back Office – Southern Europe Cluster",
  "Atene", ("inv", NONOTE))
P("default_invitation", "de", "Ahmed Al-Sayed", "CFO | CPA | CMA | DIGITAL FINANCE ENTHUSIAST | SPEAKER | MENTOR | LIFELONG LEARNER 🚀📊💡", "Dubai",
  ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Burak Güneş",
  "Founder & CEO | AI-Powered Accounts Payable Automation | Helping Mid-Market Finance Teams Eliminate Manual Invoice Processing and Close the Books 5 Days Faster",
  "Ankara",
  ("inv", "HI ALEX!! WE HELP FINANCE TEAMS AUTOMATE 90% OF INVOICE PROCESSING WITH AI. NO MORE MANUAL ENTRY, NO MORE LATE FEES. "
          "CAN I SHOW YOU A 15 MIN DEMO THIS WEEK? FIRST MONTH IS ON US!!!"))
P("sales_invitation", "fr", "سفيان حداد", "Conseiller en gestion de patrimoine | Cadres & dirigeants", "Marseille",
  ("inv", "Bonjour Alex 👋 J'accompagne les cadres financiers 💼 sur la défiscalisation 📉 et la préparation de la retraite 🏖️ "
          "Premier rendez-vous offert ☕ pour faire le point sur votre situation ? 😊 À bientôt 🙏"),
  ("rem",))
P("sales_invitation", "es", "Ольга Иванова", "Corredora de seguros para empresas", "Valencia",
  ("inv", lines("Hola Alex", "¿qué tal?", "Trabajo en seguros", "para empresas.", "Flotas, RC, D&O.", "Revisamos tu póliza", "sin coste", "y te pasamos",
                "una contrapropuesta.", "¿Te llamo el martes?", "Olga")))
P("sales_invitation", "it", "zhang wei", "business development | outsourcing contabile | milano - shanghai", "Milano",
  ("inv", "ciao alex , siamo una società di outsourcing contabile con team a shanghai e milano .. prima nota, riconciliazioni, scadenziario , "
          "tariffe da 18 euro l'ora ,, ti mando una proposta su misura ?"))
P("sales_invitation", "de", "Kateryna Bondarenko", "Power BI Beraterin | Dashboards für den Mittelstand", "Köln",
  ("inv", "Hallo Alex ich schreibe Ihnen weil wir für Finanzabteilungen im Mittelstand Power-BI-Dashboards zum Festpreis bauen und gerade für Controller "
          "mit SAP ein Paket ab 4.900 Euro anbieten das in drei Wochen live ist und ich Ihnen das gern in einem kurzen Termin zeigen würde"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Khalid Al-Mansouri",
  "Founder, Gulf & Europe Finance Leaders Network | Connecting CFOs, Controllers and Treasurers across 30+ countries | Host of the Numbers & Coffee Podcast",
  "Abu Dhabi",
  ("inv", "Hi Alex 🤝 I run a private network of finance leaders 🌍 monthly virtual roundtables, no sales, just peers swapping notes 📊☕ "
          "we're missing a controller from manufacturing 🏭 Let's connect! 🙏"),
  ("msg", "Thanks for connecting Alex 🙏🙏 Quick one 💡 besides the network I'm a partner at a wealth firm 💼 we help finance execs with tax-efficient investing "
          "& pensions 📈 fancy a 20-min call next week? 📞", (2, 9)))
P("bait_and_switch_invitation", "de", "Stavros Nikolaidis", "Controlling | Prozesse | Digitalisierung", "Stuttgart",
  ("inv", lines("Hallo Alex,", "kurze Frage", "unter Kollegen:", "Wie löst ihr", "die Intercompany-", "Abstimmung", "im Monatsabschluss?",
                "Wir kämpfen", "gerade damit.", "Danke & Gruß", "Stavros")),
  ("msg", lines("Danke fürs Annehmen!", "Übrigens:", "wir haben genau dafür", "ein Tool gebaut.", "IC-Matching", "vollautomatisch,", "ab 990 € im Monat.",
                "Demo nächste Woche?", "Ich schick dir", "zwei Termine.")))
P("bait_and_switch_invitation", "fr", "Aylin Kaya", "consultante | finance & organisation", "Paris",
  ("inv", "bonjour alex... je prépare un guide gratuit sur les provisions pour risques et charges ,, je cherche 3-4 contrôleurs pour relire deux pages "
          "en échange du guide complet .. ça vous dit ?"),
  ("msg", "merci pour la connexion !! le guide arrive bientôt ... au passage notre cabinet propose l'externalisation de la paie et de la compta fournisseurs , "
          "tarifs très compétitifs ,, je vous envoie une plaquette ?"),
  ("msg", "alex ?? vous avez eu le temps de regarder la plaquette ... je peux passer à votre bureau jeudi pour vous présenter nos forfaits .", (6, 15)))
P("bait_and_switch_invitation", "es", "Yiannis Petrakis", "Networking | Finanzas | Industria", "Barcelona",
  ("inv", "Hola Alex te escribo porque estoy armando un grupo de responsables financieros de empresas industriales en Cataluña para compartir experiencias "
          "sobre cierre presupuestos y auditoría sin nada comercial de por medio y tu perfil encaja perfecto"),
  ("msg", "Hola Alex gracias por aceptar y ya que estamos te cuento que aparte del grupo trabajo con una aseguradora y a los miembros les estamos ofreciendo "
          "un seguro de vida con ahorro en condiciones especiales así que si te parece te preparo un presupuesto sin compromiso esta misma semana"))
P("bait_and_switch_invitation", "it", "Gökhan Demir", "Controller | Consulente rischio cambio", "Torino",
  ("inv", "CIAO ALEX, SONO UN CONTROLLER ANCH'IO E HO UNA DOMANDA SUL BUDGET IN VALUTA: VOI USATE CAMBI MEDI O DI CHIUSURA? "
          "MI FAREBBE PIACERE CONFRONTARCI."),
  ("msg", "GRAZIE DEL COLLEGAMENTO! TI DICO LA VERITÀ: OLTRE AL LAVORO SEGUO UNA SOCIETÀ DI CONSULENZA SULLA COPERTURA DEL RISCHIO CAMBIO. "
          "POSSIAMO FISSARE UNA CALL PER PRESENTARTI I NOSTRI SERVIZI? LA PRIMA ANALISI DELLE ESPOSIZIONI È SCONTATA DEL 30%.", (3, 12)))
P("bait_and_switch_invitation", "en", "陈静 Chen Jing",
  "Community Lead · Asia–Europe Women in Finance & Accounting Circle · Chartered Accountant (ICAEW) · Career Coach · Speaker · Volunteer · Mum of two",
  "Singapore",
  ("inv", "hi alex, we're a volunteer circle of women and allies in finance across asia and europe and every month we share one free resource like templates "
          "or checklists and this month it's a month-end close checklist and i'd love to send it to you so just accept and i'll drop it in"),
  ("msg", "hi alex!! here's the checklist as promised 🙂 also i coach finance managers who want to step up to finance director, my 12-week programme is "
          "€2,400 and i have two spots left for q3 .. shall we book a discovery call?", (1, 5)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Oleksandr Shevchenko", "Financial Controller | Logistics | Kyiv", "Kyiv",
  ("inm", "QUESTION FROM A FELLOW CONTROLLER",
   "HI ALEX, I'M A CONTROLLER AT A LOGISTICS COMPANY AND WE'RE FINALLY MOVING OUR TRUCK AND WAREHOUSE LEASES ONTO IFRS 16. "
   "HOW DID YOU SET THE DISCOUNT RATES? ANY TIP IS WELCOME. THANKS, OLEKSANDR"),
  ("inm", "FOLLOW UP",
   "THANKS FOR THE ANSWER ALEX, VERY HELPFUL! BY THE WAY I ALSO RUN A LEASE ACCOUNTING SOFTWARE ON THE SIDE, IT DOES ALL OF THIS AUTOMATICALLY. "
   "$450 PER MONTH FOR UP TO 200 CONTRACTS. SHALL I SET UP A TRIAL LICENCE FOR YOU?"))
P("bait_and_switch_inmail", "de", "عمر الفارسي", "ESG Reporting | CSRD | Wien", "Wien",
  ("inm", "Kostenloser Leitfaden 📘",
   "Hallo Alex 👋 wir haben einen kostenlosen Leitfaden 📘 zur CSRD-Berichterstattung für Controller geschrieben ✍️ 40 Seiten, ohne Anmeldung 🙌 "
   "Soll ich ihn Ihnen schicken? 📩"),
  ("inm", "Nächster Schritt 🚀",
   "Freut mich, dass der Leitfaden ankommt 😊 Damit die Umsetzung auch klappt 💪 bieten wir ein ESG-Reporting-Paket an 📊 Einrichtung + Software "
   "für 1.200 €/Monat 💶 Wann passt Ihnen ein Termin? 📅", (4, 12)))
P("bait_and_switch_inmail", "fr", "Екатерина Морозова", "Relations clients | Banque privée", "Paris",
  ("inm", "Dîner DAF & contrôleurs",
   lines("Bonjour Alex,", "on organise", "un dîner", "entre DAF", "et contrôleurs", "à Paris,", "sur invitation,", "sans sponsor,", "juste pour échanger.",
         "Vous venez ?", "Ekaterina")),
  ("inm", "Suite au dîner",
   lines("Bonjour Alex,", "merci d'être venu.", "Comme promis,", "notre banque privée", "propose aux cadres", "un bilan patrimonial", "et une gestion",
         "sous mandat.", "Je vous réserve", "un créneau ?")))
P("bait_and_switch_inmail", "it", "Selin Arslan", "studentessa master | controllo di gestione", "Bologna",
  ("inm", "domanda veloce",
   "ciao alex.. sto scrivendo la tesi di master sul controllo di gestione nelle pmi e vorrei farti 3 domande ,, 10 minuti al massimo .. ti va?"),
  ("inm", "grazie!!",
   "grazie mille per le risposte !! ti confesso che lavoro anche per una software house di gestionali , posso farti vedere il nostro modulo di budgeting ?? "
   "demo gratuita e poi licenza a prezzo lancio ."))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Hüseyin Aydın", "FP&A Analyst | Power BI | Istanbul", "Istanbul",
  ("end",), ("end",),
  ("msg", "Hey Alex 😃 endorsed you for {skill} 👍👍 well deserved! Could you endorse me back for Financial Modelling and Power BI? 🙏 "
          "It'd really help my profile right now 🚀 Thanks a ton!! 😊"))
P("endorse_me_back", "es", "Yasemin Tekin", "Analista contable | Busco nuevo reto", "Madrid",
  ("end",),
  ("msg", "HOLA ALEX, TE HE VALIDADO {skill}. ¿ME DEVUELVES EL FAVOR CON «CONTABILIDAD DE COSTES» Y «EXCEL AVANZADO»? ESTOY BUSCANDO TRABAJO "
          "Y LOS RECLUTADORES LO MIRAN. MIL GRACIAS!!"))
P("endorse_me_back", "de", "Георги Димитров", "Kostenrechner | Automotive", "Stuttgart",
  ("end",), ("end",),
  ("msg", lines("Hallo Alex,", "hab dich für", "{skill} bestätigt.", "Kannst du mich", "für Kostenrechnung", "und SAP CO", "bestätigen?", "Wäre super.", "Danke!")))
P("endorse_me_back", "it", "Fatma Yıldız", "Junior Controller | in cerca di nuove opportunità", "Torino",
  ("end",),
  ("msg", "Ciao Alex ti ho appena confermato {skill} perché me lo ricordo bene dal progetto budget e volevo chiederti se anche tu potessi confermarmi "
          "un paio di competenze tipo Reporting finanziario e SAP visto che sto aggiornando il profilo per cercare lavoro qui a Torino grazie mille in anticipo"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Viktor Kuznetsov", "Energy Procurement Consultant | Industrial Clients", "Riga",
  ("inv", "HI ALEX, I HELP MANUFACTURERS CUT THEIR ENERGY BILLS BY 20%. LET'S CONNECT AND TALK NUMBERS."),
  ("rem",),
  ("inm", "???",
   "I SENT YOU AN INVITATION THREE WEEKS AGO AND YOU IGNORED IT. VERY ARROGANT. PEOPLE LIKE YOU ARE THE REASON EUROPEAN INDUSTRY IS SO SLOW. GOOD LUCK WITH YOUR BILLS."))
P("hostility_after_decline", "fr", "محمد شريف", "Responsable administratif et financier", "Lille",
  ("inv", DEFAULT),
  ("inm", "Sérieusement ?",
   "Bonjour 🙂 Je vois que vous avez ignoré mon invitation 🙄 On s'est pourtant croisés au salon des DAF l'an dernier 🤷‍♂️ "
   "Un peu de politesse ne coûte rien 😤 Bonne continuation 👋"))
P("hostility_after_decline", "es", "Kerem Polat", "control de gestión | retail", "Sevilla",
  ("inv", "hola alex, me gustaría conectar contigo, también trabajo en control de gestión ."),
  ("inm", "vaya...",
   "bueno alex ,, veo que no aceptas .. tampoco pedía tanto , solo conectar entre colegas ;; se nota que te crees muy importante . suerte con eso"))
P("hostility_after_decline", "it", "Andrei Smirnov", "Consulente | Recupero crediti B2B", "Verona",
  ("inv", lines("Ciao Alex,", "recuperiamo", "crediti insoluti", "per le aziende", "del Nord-Est.", "Paghi solo", "a incasso avvenuto.", "Ne parliamo?")),
  ("rem",),
  ("inm", "Alex",
   lines("Alex,", "ti ho scritto", "due volte.", "Nessuna risposta.", "Complimenti", "per l'educazione.", "Uno come te", "non lo voglio", "nemmeno tra i contatti.")))
P("hostility_after_decline", "de", "Zeynep Çelik", "Controllerin | Chemie", "Köln",
  ("inv", "Hallo Alex, ich würde mich gern mit Ihnen vernetzen, wir haben beide an der Uni Köln BWL studiert und sind jetzt beide im Controlling."),
  ("inm", "Schade",
   "Hallo Alex ich finde es ehrlich gesagt ziemlich unverschämt dass Sie meine Anfrage einfach liegen lassen obwohl wir an derselben Uni waren und ich Ihnen "
   "nichts verkaufen wollte aber offenbar sind Sie sich inzwischen zu fein für ehemalige Kommilitonen na dann viel Erfolg weiterhin"))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Tariq Al-Hashimi", "Managing Director | Outsourced AP/AR | Cairo · London", "London",
  ("msg", lines("Alex —", "we run", "outsourced AP and AR", "for mid-size", "manufacturers.", "30% cheaper", "than in-house,", "same SLAs.", "Call this week?")),
  ("msg", lines("Alex,", "no reply", "again.", "I expected", "better manners", "from a controller.", "Don't bother", "answering now.", "Your loss.")))
P("hostility_connection", "de", "Spyros Markopoulos", "Sales Director DACH | Treasury-Plattform", "München",
  ("acc",),
  ("msg", "HI ALEX, THANKS FOR ADDING ME. AS DISCUSSED AT THE TRADE FAIR: OUR TREASURY PLATFORM, 3 MONTHS FREE, THEN 700 EUR A MONTH. SHALL I BOOK A DEMO FOR YOUR TEAM?"),
  ("msg", "SO YOU INVITE ME, I SEND YOU AN OFFER AND YOU SAY NOTHING FOR A MONTH? THAT IS SIMPLY RUDE. DON'T INVITE PEOPLE IF YOU CAN'T BE BOTHERED TO TALK TO THEM.", (20, 35)),
  nl="en")
P("hostility_connection", "es", "Merve Aksoy", "Consultora de costes | Compras indirectas", "Madrid",
  ("msg", "Hola Alex, ayudamos a empresas industriales a recortar gastos indirectos (limpieza, mensajería, telefonía) y cobramos solo un porcentaje del ahorro. "
          "¿Hacemos un análisis?"),
  ("msg", "Alex, te reenvío la propuesta: 35 % del ahorro del primer año, sin ahorro no hay factura. ¿Lo vemos el jueves?"),
  ("msg", "Mira Alex te he escrito tres veces con una propuesta seria y ni un simple no gracias así que déjame decirte que esa actitud es muy poco profesional "
          "y que en este sector nos conocemos todos y la gente habla"))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Ioanna Pappa", "Account Executive | FP&A Software", "Athens",
  ("msg", "Hi Alex 👋 our FP&A platform 📊 cuts budgeting time in half ⏱️ free 30-day pilot for Example Industries? 🚀"),
  ("msg", "Hi again 😊 just released: rolling forecast module 🔄📈 happy to give you a tour 🎥 Tuesday or Wednesday? 📅"))
P("connection_only_pitches", "fr", "NABIL AÏT SAÏD", "RECOUVREMENT DE CRÉANCES | B2B", "Lyon",
  ("msg", "BONJOUR ALEX, NOUS FAISONS DU RECOUVREMENT DE CRÉANCES AU RÉSULTAT : 8 % SUR LES MONTANTS ENCAISSÉS. AVEZ-VOUS DES IMPAYÉS EN CE MOMENT ?"),
  ("msg", "RE-BONJOUR ALEX, OFFRE SPÉCIALE CE TRIMESTRE : 6 % AU LIEU DE 8 %. ON S'APPELLE ?"),
  ("msg", "DERNIER MESSAGE DE MA PART : JE PEUX VOUS ENVOYER LE CONTRAT AUJOURD'HUI MÊME."))
P("connection_only_pitches", "it", "Irina Volkova", "Key account energia | Imprese manifatturiere", "Bologna",
  ("msg", lines("Ciao Alex,", "luce e gas", "per l'industria:", "prezzo fisso", "bloccato 24 mesi.", "Mi mandi", "una bolletta", "e ti faccio", "un preventivo?")),
  ("msg", lines("Alex,", "i prezzi", "salgono", "a ottobre.", "Blocchiamo", "adesso?", "Ti chiamo", "domani alle 10.")))
P("connection_only_pitches", "es", "Hakan Yücel", "factoring | confirming | financiación de circulante", "Barcelona",
  ("msg", "hola alex. te cuento , adelantamos facturas en 48h ,, sin papeleo y sin ir al banco .. ¿te paso condiciones?"),
  ("msg", "alex ,, ¿pudiste ver lo del factoring?? tenemos un tipo especial hasta fin de mes . te llamo y lo cerramos ."))


# =============================================================== single_pitch
P("single_pitch", "de", "Mustafa Koç", "Recruiting-Agentur | Finanz & Rechnungswesen", "Hamburg",
  ("msg", "Hallo Alex ich melde mich weil wir als Agentur Ihre Stellenanzeigen für Controller und Buchhalter auf allen Portalen gleichzeitig schalten und "
          "dabei im Schnitt dreißig Prozent günstiger sind als wenn Sie das selbst machen wollen wir da mal in Ruhe drüber sprechen"))
P("single_pitch", "it", "赵强", "Export Sales Manager | Industrial Packaging | OEM", "Ningbo",
  ("msg", "ALEX, WE MAKE CUSTOM INDUSTRIAL PACKAGING IN NINGBO. LOW MOQ, 25 DAYS SHIPPING TO GENOA, CIF PRICES. CAN I SEND YOU OUR PRICE LIST AND SAMPLES?"),
  nl="en")
P("single_pitch", "fr", "Eleni Georgiou", "Coach bien-être | Cadres finance", "Genève",
  ("msg", "Coucou Alex 🌸 je lance mon activité de coach en gestion du stress pour les cadres finance 🧘‍♀️ première séance à -50 % 🎁 "
          "pendant la période de clôture ça peut faire du bien 😉 ça te tente ? 💆"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Анна Петрова", "Senior Controller | Consumer Goods", "London",
  ("end",),
  ("msg", lines("Alex,", "sharing the", "variance analysis", "template we", "talked about.", "It's in the", "workshop folder", "now.", "Free to use,",
                "no strings.", "Shout if", "anything breaks.", "Anna")))
P("connection_brings_value", "de", "Cem Aydoğan", "Leiter Rechnungswesen | Handel", "Düsseldorf",
  ("msg", "HALLO ALEX, NUR ALS TIPP: DER IHK-WORKSHOP ZUR E-RECHNUNGSPFLICHT AM 14. IST KOSTENLOS UND ES GIBT NOCH PLÄTZE. "
          "HAT UNS BEI DER UMSTELLUNG SEHR GEHOLFEN. DIE ANMELDUNG KANN ICH IHNEN GERN WEITERLEITEN."))
P("connection_brings_value", "it", "ليلى منصور", "CFO | Gruppo farmaceutico", "Roma",
  ("msg", "Ciao Alex 😊 ti presento Marco 👋 il controller di Parma di cui ti parlavo 📊 anche lui sta passando a SAP CO-PA e vorrebbe confrontarsi con qualcuno "
          "che l'ha già fatto 🤝 vi metto in contatto via mail? 📩"))
P("connection_brings_value", "es", "Huang Mei", "responsable de consolidación | grupo logístico", "Zaragoza",
  ("msg", "hola alex te escribo rápido para decirte que el colegio de economistas ha abierto inscripciones para el curso gratuito de nic 16 que te comenté "
          "el otro día y cuenta como formación continua así que si os sirve para lo de los arrendamientos apúntate antes del viernes"),
  ("msg", "ah y te he dejado en el drive del grupo mis plantillas de cálculo de la tasa incremental, úsalas sin problema"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Karim Benhaddou", "Consultant recrutement finance | Cabinet spécialisé", "Lyon",
  ("inm", "Contrôleur de gestion groupe – Lyon 🚀",
   "Bonjour Alex 👋 Je recrute pour un groupe industriel lyonnais (1 200 pers.) un Contrôleur de gestion groupe 📊 rattaché au DAF, 2 jours de télétravail 🏡, "
   "75-85 k€ 💶 Votre expérience SAP CO colle parfaitement ✅ Partant pour en parler 20 minutes ? ☎️"))
P("stranger_inmail_recruiter", "it", "Dimitris Papadakis",
  "Senior Talent Acquisition Partner – Finance, Controlling, Accounting, Tax & Treasury Professionals for Manufacturing, Automotive and Life Sciences Clients in Northern Italy",
  "Verona",
  ("inm", "FINANCIAL CONTROLLER – VERONA",
   "Buongiorno Alex le scrivo perché sto cercando un Financial Controller per un'azienda metalmeccanica di Verona con 400 dipendenti che sta entrando in un gruppo "
   "tedesco e quindi serve qualcuno che conosca bene IFRS e reporting verso la capogruppo e la sua esperienza mi sembra perfetta se le interessa possiamo sentirci "
   "anche solo per capire se fa per lei"))
P("stranger_inmail_recruiter", "de", "周丽 (Zhou Li)", "Head of Finance Europe | Hiring", "Düsseldorf",
  ("inm", "Head of Controlling – our European HQ",
   lines("Hi Alex,", "I'm the hiring manager", "for a Head of Controlling", "at our European HQ", "in Düsseldorf.", "Team of six.", "IFRS and SAP.",
         "Package around €120k.", "Would you be open", "to a call next week?", "Zhou Li")),
  nl="en")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Yusuf Kaplan", "Geschäftskunden | Reisemanagement", "Frankfurt am Main",
  ("inm", "Reisekosten",
   lines("Hallo Alex,", "Reisekosten", "im Griff?", "Wir buchen", "Hotels und Flüge", "für Firmen", "bis zu 25 %", "günstiger.", "Kurzes Telefonat?")))
P("stranger_inmail_sales", "en", "ivan petrov", "corporate travel | hotel rates", "Sofia",
  ("inm", "quick q", "hey alex .. do u handle the company travel budget ? we get corporate hotel rates 25% below the booking sites ,, happy to send a quote"),
  ("inm", "bump", "bump .. still interested in those hotel rates?? can do a call tmrw"))
P("stranger_inmail_sales", "es", "أحمد الإدريسي", "Comercial energía | Industria", "Málaga",
  ("inm", "REDUCE SU FACTURA ELÉCTRICA",
   "ESTIMADO ALEX, SOMOS COMERCIALIZADORA DE ENERGÍA PARA LA INDUSTRIA. LE HACEMOS UN ESTUDIO GRATUITO DE SU FACTURA Y LE GARANTIZAMOS UN AHORRO DEL 15%. "
   "¿CUÁNDO LE PUEDO LLAMAR?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Xu Ming 徐明", "Controller turned founder | Excel tools for finance teams", "Hong Kong",
  ("inv", "Hi Alex 👋 I'm building a free IFRS 16 lease calculator 🧮 in Excel for fellow controllers, would you beta-test it? 🙏 you keep it forever 🎁"),
  ("msg", "Here it is 🎉 the calculator + a short how-to 📘 let me know what breaks 🔧 thanks again!"),
  ("msg", "Hey Alex 😊 glad it helped! Heads-up 🚨 we've launched the pro version as SaaS 💻 €300/month for unlimited leases and audit trail 📈 "
          "want me to set up your account? ✅", (15, 40)))
P("good_turns_ugly", "de", "Nikolaos Vasileiou", "Controller | Arbeitskreis Controlling Nord", "Hamburg",
  ("inv", "Hallo Alex ich leite den Arbeitskreis Controlling Nord und wir treffen uns viermal im Jahr kostenlos in wechselnden Firmen zum Erfahrungsaustausch "
          "und beim nächsten Mal geht es um Forecasts und ich würde Sie gern dazu einladen"),
  ("msg", "Hallo Alex danke nochmal fürs Kommen und wie versprochen hier das Protokoll vom Treffen mit allen Folien und den Forecast-Vorlagen die die anderen "
          "geteilt haben viel Spaß damit"),
  ("end",),
  ("msg", "Hallo Alex ich habe Sie gerade für {skill} bestätigt weil ich das beim Treffen so gut fand und wollte fragen ob Sie mich vielleicht auch "
          "für Forecasting und Konzernreporting bestätigen könnten weil ich mich gerade auf eine Leitungsstelle bewerbe das wäre wirklich nett"))
P("good_turns_ugly", "es", "Ольга Сидоренко", "Controller financiera | Presentaciones", "Bilbao",
  ("inv", lines("Hola Alex:", "trabajo con", "Íñigo Landa,", "el director financiero", "de tu proveedor", "de acero.", "Me pidió", "que te presentara",
                "a su equipo", "de tesorería.", "¿Conectamos?")),
  ("msg", lines("Alex,", "ya os he puesto", "en copia", "a Íñigo y a ti", "en un correo.", "Él te explica", "lo de los pagos", "confirming.", "¡Un abrazo!")),
  ("msg", lines("Hola de nuevo,", "aparte de eso", "vendo seguros", "de crédito", "a la exportación.", "¿Te preparo", "una oferta", "para tus clientes",
                "de fuera?"), (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Yusuf Demirci", "commerciale | noleggio a lungo termine", "Napoli",
  ("inm", "flotta aziendale", "ciao alex .. noleggio a lungo termine per la flotta aziendale , canoni da 390 euro al mese tutto incluso ,, ti preparo un preventivo ?"),
  ("inv", "Ciao Alex 😊 ci siamo visti al convegno ANDAF di Milano 🎤 mi farebbe piacere restare in contatto 🤝"))
P("reinvite_known_bad", "en", "Georgios Antoniou", "Business Development | Payroll Outsourcing", "Thessaloniki",
  ("inv", DEFAULT),
  ("inv", "HI ALEX, WE MET AT THE CONTROLLERS' CONGRESS IN MUNICH LAST SPRING. WOULD BE GOOD TO STAY IN TOUCH."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Рустам Алиев", "Sales | Industrial Lubricants", "Almaty",
  ("inv", "Hello Alex, we supply industrial lubricants at factory prices. Let's connect."),
  ("inm", "no answer", "so alex .. no answer for a month . i see how it is , big company people think they are better than everyone . rude"),
  ("inv", "Hi Alex, new year, fresh start 🙂 I'd be glad to have you in my network."))
P("reinvite_known_ugly", "fr", "Hamza Benjelloun", "Fondateur | Club des financiers", "Casablanca",
  ("inm", "Invitation au club 🥂",
   "Bonjour Alex 👋 je fonde un club de directeurs financiers franco-marocains 🇫🇷🇲🇦 petits-déjeuners mensuels, entraide, zéro commercial 🙌 Je vous inscris ? ☕"),
  ("inm", "Suite 📈",
   "Merci Alex 😊 Pour info, je suis aussi courtier en investissement immobilier 🏢 je réserve à nos membres des lots en VEFA à Marrakech avec 7 % de rendement 💰 "
   "on en parle cette semaine ? 📞"),
  ("inv", "Bonjour Alex, je reviens vers vous pour garder le contact, au plaisir d'échanger."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Τάσος Κυριακίδης", "Partner | R&D Tax Credits | Grants", "Manchester",
  ("acc",),
  ("msg", "THANKS FOR THE INVITE ALEX! SINCE YOU'RE IN FINANCE: WE PREPARE R&D TAX CREDIT CLAIMS ON A NO-WIN-NO-FEE BASIS, 20% OF WHAT WE RECOVER. WORTH A QUICK LOOK?"))
P("user_invited_pitch_once", "de", "Aysel Güler", "Vertrieb | Spesen-App", "Berlin",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex 🙌 Kurz zu uns: unsere Spesen-App 📱 liest Belege automatisch aus 🧾 und spart Ihrer Buchhaltung Stunden ⏰ "
          "Darf ich Ihnen einen Testzugang schicken? 🎁"))
P("user_invited_pitch_once", "es", "Chen Hao", "Director comercial | Software de consolidación", "Madrid",
  ("acc",),
  ("msg", "Gracias por la invitación Alex y como hablamos en la feria te cuento que nuestro software de consolidación cierra grupos de hasta cincuenta sociedades "
          "en tres días y tenemos precio especial para clientes nuevos este trimestre así que cuando quieras te lo enseño en una demo"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Оксана Мельник", "Business developer | Dématérialisation des factures", "Nantes",
  ("acc",),
  ("msg", lines("Merci Alex !", "Comme promis :", "la facture électronique", "devient obligatoire.", "Notre plateforme", "PDP est prête.",
                "Démo de 20 minutes", "cette semaine ?")),
  ("msg", lines("Re-bonjour,", "les places", "de notre offre", "de lancement", "partent vite.", "Je bloque", "un créneau ?")))
P("user_invited_pitch_twice", "it", "Ömer Faruk Aslan", "consulente | finanza agevolata e bandi", "Bergamo",
  ("acc",),
  ("msg", "grazie per l'invito alex ! ti segnalo che seguiamo i bandi per la transizione 4.0 ,, fee solo a contributo ottenuto .. ti interessa una verifica ?"),
  ("msg", "alex ,, il bando chiude a fine mese . se vuoi ti mando il preventivo per la pratica oggi stesso ."))
P("user_invited_pitch_twice", "en", "Yousef Haddad", "Regional Manager | Corporate Cards & Expense", "Amman",
  ("acc",),
  ("msg", "Thanks for connecting Alex and since you asked at the conference what we do we issue corporate cards with built-in expense reporting for finance teams "
          "and we can have your team live in two weeks with no setup fee if you sign this quarter"),
  ("msg", "Hi Alex 👋 following up 📩 our Q4 offer 💳 0% FX fees for the first year 🌍 shall I send the contract? ✍️"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Sun Yan 孙燕", "Assistant Professor of Management Accounting", "Nottingham",
  ("acc",),
  ("msg", lines("Hi Alex,", "thanks for", "connecting.", "As promised", "at the panel,", "my slides on", "activity-based costing", "in logistics", "plus the survey data.",
                "Use them freely", "with your team.", "Sun Yan")))
P("user_invited_value", "de", "Katerina Lambraki", "Senior Managerin Konzernrechnungswesen", "München",
  ("acc",),
  ("msg", "Danke für die Einladung Alex und wie am Rande der Tagung versprochen schicke ich Ihnen unsere Checkliste für den Jahresabschluss mit allen Fristen "
          "und Verantwortlichkeiten die wir intern seit drei Jahren nutzen passen Sie sie gern an Ihre Firma an"))
P("user_invited_value", "es", "Mariam Al-Khatib", "Responsable de formación | Asociación de controllers", "Valencia",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! 😊 El 22 hacemos un taller gratuito 🎓 sobre presupuestos base cero 📊 en la sede de la asociación 🏢 "
          "con certificado de horas de formación ✅ ¿Te guardo plaza? 🙌"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Сергей Орлов", "Leiter Finanzen | Logistik", "Hamburg", ("acc",))
P("acceptance_only", "it", "Elif Şimşek", "Tesoriera | Gruppo tessile", "Prato", ("acc",))
P("lone_endorsement", "fr", "黄磊", "Analyste financier | Industrie", "Lyon", ("end",))
P("lone_endorsement", "es", "Hassan Nasser", "CONTROLLER | AUDITOR | EXCEL NINJA 🥷 | ABIERTO A NUEVOS RETOS", "Sevilla", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Wang Fang", "wang.fang@example-industries.example", "your linkedin post 👏",
     "Hi Alex 👋\n\nsaw your LinkedIn post about the 5-day close 🎉 the team loved it 🙌 can we walk through it on Friday? ☕\n\nFang", "en"),
    ("Hays Finance", "finance@hays-mail.example", "CONTROLLER ROLES THIS WEEK – BASED ON YOUR LINKEDIN PROFILE",
     "DEAR ALEX,\n\nWE FOUND YOUR PROFILE ON LINKEDIN. THREE NEW CONTROLLER ROLES IN YOUR REGION. REPLY TO THIS EMAIL FOR DETAILS.\n\nHAYS FINANCE", "en"),
    ("XING", "mailrobot@mail.xing.example", "Sie haben 3 neue Kontaktanfragen",
     "Hallo Alex,\n\nSie haben 3 neue Kontaktanfragen auf XING, darunter Дмитрий Соколов. Übrigens: Sie können Ihr LinkedIn-Profil verknüpfen.", "de"),
    ("Journées DAF", "contact@journees-daf.example.fr", "Programme des Journées DAF 📅",
     "Bonjour Alex,\n\nle programme est en ligne 🎤\nsuivez-nous sur LinkedIn\npour les annonces\nde dernière minute.\n\nL'équipe", "fr"),
    ("Recursos Humanos", "rrhh@example-industries.example", "actualizad vuestro perfil de linkedin",
     "hola a todos,, recordad poner el nuevo logo en vuestro perfil de linkedin antes del lunes .. gracias!!\n\nrrhh", "es"),
    ("ANDAF", "segreteria@andaf.example.it", "Convegno annuale: iscrizioni aperte",
     "Gentile socio le iscrizioni al convegno annuale sono aperte e può seguire gli aggiornamenti anche sul nostro gruppo LinkedIn dove pubblichiamo i materiali delle sessioni", "it"),
    ("Mehmet Öztürk", "mehmet.ozturk.search@gmail.example", "Fwd: Group Controller – details",
     "Alex,\n\nfollowing my LinkedIn invitation, here are the role details as PDF. No pressure at all.\n\nMehmet", "en"),
    ("Γιώργος Παπαδόπουλος", "g.papadopoulos@mail.example.gr", "LinkedIn",
     "Alex,\n\ndid you get\nmy LinkedIn message?\nNo rush.\n\nGiorgos", "en"),
]


# ------------------------------------------------------------------------- checks
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert len({_p[2] for _p in PEOPLE}) == len(PEOPLE)


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot forty-fourth development corpus (dev44). Generated by scripts/make_corpus_dev44.py (seed {SEED}); do not edit by hand.",
          "# Notes in unusual surface forms: ALL CAPS, emoji, many short lines, no capitals and stray punctuation, run-on sentences, very long headlines; "
          "Chinese, Arabic, Cyrillic, Greek and Turkish names in their scripts or transliterated. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev44", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
